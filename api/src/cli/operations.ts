import { readConfig } from '../config.ts';
import { CopyMismatchError, TargetNotEmptyError } from '../db/table-copy.ts';
import { createBackup, NothingToBackUpError } from '../services/backup/create-backup.ts';
import { restoreBackup, RestoreRefusedError } from '../services/backup/restore-backup.ts';
import { migrateSqliteToPostgres, MoveRefusedError } from '../services/migrate-to-postgres.ts';
import { RefusedError, UsageError } from './commands.ts';

type Flags = Record<string, string | boolean | undefined>;

/** The commands that work on a whole instance, not through its open storage: backup, restore, the move. */
export const OPERATIONS = ['backup', 'restore', 'migrate-to-postgres'];

const flag = (flags: Flags, name: string) => {
  const value = flags[name];
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`--${name} is required.`);
  return value.trim();
};

const refused = (e: unknown): never => {
  if (
    e instanceof TargetNotEmptyError ||
    e instanceof NothingToBackUpError ||
    e instanceof RestoreRefusedError ||
    e instanceof MoveRefusedError ||
    e instanceof CopyMismatchError
  ) {
    throw new RefusedError(e.message);
  }
  throw e;
};

export async function runOperation(args: string[], flags: Flags, progress: (line: string) => void): Promise<string> {
  const [command, ...extra] = args;
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const config = readConfig();
  switch (command) {
    case 'backup': {
      const out = flag(flags, 'out');
      const m = await createBackup(config, out).catch(refused);
      const rows = Object.values(m.counts).reduce((a, b) => a + b, 0);
      return [
        `Backed up ${m.storage === 'sqlite' ? 'the SQLite database' : 'the PostgreSQL database'} (${rows} rows in ${m.tables.length} tables) and ${m.attachments.count} attachments (${m.attachments.bytes} bytes) to ${out}.`,
        m.keyIds.length
          ? `Its confidential values are sealed with key ${m.keyIds.join(', ')}: the key is NOT in the backup. Keep secret.key (or CLEARINGHOUSE_KEY) safe, apart from it.`
          : 'It holds no confidential value yet.',
      ].join('\n');
    }
    case 'restore': {
      const from = flag(flags, 'from');
      const r = await restoreBackup(config, from).catch(refused);
      const where = config.databaseUrl ? 'the PostgreSQL database' : config.dataDir;
      const lines = [
        `Restored the backup of ${r.manifest.createdAt} into ${where}: ${Object.values(r.counts).reduce((a, b) => a + b, 0)} rows, ${r.manifest.attachments.count} attachments, counts and hashes checked.`,
      ];
      if (!r.keys.needed.length) lines.push('It holds no confidential value: any key will do.');
      else if (!r.keys.missing.length) lines.push(`It needs key ${r.keys.needed.join(', ')}, which is configured.`);
      else
        lines.push(
          `It needs key ${r.keys.needed.join(', ')} to read its confidential values. ${r.keys.configured.length ? `The configured key is ${r.keys.configured.join(', ')}: not that one.` : 'No key is configured yet.'} Put the kept key in ${config.dataDir}/secret.key (or CLEARINGHOUSE_KEY) before starting the server.`,
        );
      return lines.join('\n');
    }
    case 'migrate-to-postgres': {
      const to = flag(flags, 'to');
      const r = await migrateSqliteToPostgres(config.dataDir, to, (t, n) => progress(`  ${t}: ${n} rows`)).catch(refused);
      const rows = Object.values(r.counts).reduce((a, b) => a + b, 0);
      return `Copied ${rows} rows in ${r.tables.length} tables and ${r.attachments} attachments into PostgreSQL; every count matches. Start the server with DATABASE_URL set to that database, and the same key (DATA_DIR/secret.key or CLEARINGHOUSE_KEY).`;
    }
    default:
      throw new UsageError(`Unknown command "${args.join(' ')}".`);
  }
}
