import { ENTITY_KINDS, isEntityKind, isRole, ROLES } from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { usersRepo } from '../db/repositories/users.ts';
import { AccountError, accountService } from '../services/accounts.ts';
import { rotateKeyFile, sealedValuesByKey } from '../services/key-rotation.ts';
import { readConfig } from '../config.ts';

export class UsageError extends Error {}
export class RefusedError extends Error {}

export const USAGE = `Usage: pnpm cli <command> [flags]

  user add --email E --role ${ROLES.join('|')} [--entity ID] --password-stdin
      Create an account. Focal points need --entity (a State's ISO 3166 alpha-3 code, or an
      organisation id). The password (12+ characters, not a common one) is read from stdin.
  user passwd --email E --password-stdin
      Set a new password for an account.
  user list [--json]
  entity add --id ID --kind regional_organisation|intergovernmental_organisation|ngo|other
             --name-en NAME --name-fr NOM
      Add an organisation that reports to the clearinghouse (States are loaded from reference data).
  entity list [--kind KIND] [--json]
  keys status
      How many confidential values each encryption key protects.
  keys rotate
      Make a new key (DATA_DIR/secret.key), re-encrypt every confidential value with it, drop the old.
      Stop the server first, and see docs/operations.md.
  backup --out FILE
      One archive (.tar.gz) of the database and the attachments, taken while the server runs. The
      encryption key is never in it: keep it apart.
  restore --from FILE
      Into an empty DATA_DIR (SQLite) or an empty database (DATABASE_URL); says which key it needs.
  migrate-to-postgres --to postgres://...
      Copies the SQLite database of DATA_DIR into an empty PostgreSQL database and checks every count.
      Stop the server first; then start it with DATABASE_URL and the same DATA_DIR.

Environment: DATABASE_URL (PostgreSQL) or else DATA_DIR (default ./data, SQLite) selects the database, as
for the server; the key file is always in DATA_DIR.`;

/** States come from the reference data: the command adds every other kind. */
const ORGANISATION_KINDS = ENTITY_KINDS.filter((k) => k !== 'state');

type Flags = Record<string, string | boolean | undefined>;

const need = (flags: Flags, name: string): string => {
  const value = flags[name];
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`--${name} is required.`);
  return value.trim();
};

export async function runCommand(db: Db, args: string[], flags: Flags, readStdin: () => Promise<string>): Promise<string> {
  const [group, action, ...extra] = args;
  if (!group || group === 'help' || flags.help) return USAGE;
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const now = () => new Date();
  const accounts = accountService(db, now);
  const refused = (e: unknown): never => {
    if (e instanceof AccountError) throw new RefusedError(e.message);
    throw e;
  };

  switch (`${group} ${action ?? ''}`.trim()) {
    case 'user add': {
      const email = need(flags, 'email');
      const role = need(flags, 'role');
      if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}; "${role}" is not.`);
      if (!flags['password-stdin']) throw new UsageError('--password-stdin is required: the password is read from standard input.');
      const password = await readStdin();
      const entityId = typeof flags.entity === 'string' ? flags.entity.trim() : null;
      const user = await accounts.createUser({ email, role, entityId, password }).catch(refused);
      return `Created ${user.role} account ${user.email}${user.entityId ? ` for ${user.entityId}` : ''} (id ${user.id}).`;
    }
    case 'user passwd': {
      const email = need(flags, 'email');
      if (!flags['password-stdin']) throw new UsageError('--password-stdin is required: the password is read from standard input.');
      const user = await accounts.setPassword(email, await readStdin()).catch(refused);
      return `Password changed for ${user.email}.`;
    }
    case 'user list': {
      const users = await usersRepo(db).list();
      if (flags.json)
        return JSON.stringify(
          users.map(({ passwordHash: _p, ...u }) => u),
          null,
          2,
        );
      if (!users.length) return 'No accounts yet.';
      return users.map((u) => [u.email, u.role, u.entityId ?? '-', u.disabledAt ? 'disabled' : 'active'].join('\t')).join('\n');
    }
    case 'entity add': {
      const id = need(flags, 'id');
      const kind = need(flags, 'kind');
      if (!isEntityKind(kind) || kind === 'state') {
        throw new UsageError(`--kind must be one of ${ORGANISATION_KINDS.join(', ')} (States come from the reference data).`);
      }
      if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(id)) {
        throw new UsageError('--id for an organisation is a short lowercase slug of letters, digits and hyphens (e.g. "african-union").');
      }
      const repo = entitiesRepo(db);
      if (await repo.get(id)) throw new RefusedError(`An entity with id "${id}" already exists.`);
      await repo.insert(
        { id, kind, names: { en: need(flags, 'name-en'), fr: need(flags, 'name-fr') }, regionalGroup: null },
        now().toISOString(),
      );
      return `Added ${kind} "${id}".`;
    }
    case 'entity list': {
      const kind = typeof flags.kind === 'string' ? flags.kind : undefined;
      const list = (await entitiesRepo(db).list()).filter((e) => !kind || e.kind === kind);
      if (flags.json) return JSON.stringify(list, null, 2);
      return list.map((e) => [e.id, e.kind, e.regionalGroup ?? '-', e.names.en].join('\t')).join('\n');
    }
    case 'keys status': {
      const counts = await sealedValuesByKey(db);
      const lines = Object.entries(counts).map(([id, n]) => `${id}\t${n} sealed values`);
      return lines.length ? lines.join('\n') : 'No confidential values are stored yet.';
    }
    case 'keys rotate': {
      const { resealed, keyId, previousKeyId } = await rotateKeyFile(db, readConfig().dataDir);
      return `Rotated the encryption key ${previousKeyId} → ${keyId}; re-encrypted ${resealed} values.`;
    }
    default:
      throw new UsageError(`Unknown command "${args.join(' ')}".`);
  }
}
