import { uuidv7, type FieldErrorCode, type Role } from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { normaliseEmail, usersRepo } from '../db/repositories/users.ts';
import { hashPassword, passwordProblem } from './passwords.ts';

/** A refusal with a code the HTTP layer and the CLI both turn into a clear message. */
export class AccountError extends Error {
  constructor(
    readonly code: 'already-exists' | 'weak-password' | 'validation-failed' | 'not-found',
    message: string,
    readonly field?: string,
    /** Why the field was refused, for the client's own wording (`details[].code`). */
    readonly fieldCode: FieldErrorCode = FIELD_CODES[code],
  ) {
    super(message);
  }
}

const FIELD_CODES: Readonly<Record<AccountError['code'], FieldErrorCode>> = {
  'already-exists': 'already-exists',
  'weak-password': 'weak-password',
  'validation-failed': 'invalid',
  'not-found': 'unknown-entity',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function accountService(db: Db, now: () => Date) {
  const users = usersRepo(db);
  const entities = entitiesRepo(db);
  return {
    /** Creates an account after checking every rule; the password is hashed before it is stored. */
    async createUser(input: { email: string; role: Role; entityId?: string | null; password: string | null }) {
      const email = normaliseEmail(input.email);
      if (!EMAIL.test(email))
        throw new AccountError('validation-failed', `"${input.email}" is not an email address.`, 'email', 'invalid-format');
      const entityId = input.entityId ?? null;
      if (input.role === 'focal_point' && !entityId) {
        throw new AccountError(
          'validation-failed',
          'A focal point belongs to an entity: give its id (for a State, its ISO 3166 alpha-3 code).',
          'entityId',
          'required',
        );
      }
      if (input.role !== 'focal_point' && entityId) {
        throw new AccountError('validation-failed', `Only focal points belong to an entity; a ${input.role} account does not.`, 'entityId');
      }
      if (entityId && !(await entities.get(entityId))) {
        throw new AccountError('not-found', `There is no entity "${entityId}". List them with: pnpm cli entity list`, 'entityId');
      }
      if (await users.findByEmail(email)) throw new AccountError('already-exists', `An account for ${email} already exists.`, 'email');
      let passwordHash: string | null = null;
      if (input.password !== null) {
        const problem = passwordProblem(input.password, email);
        if (problem) throw new AccountError('weak-password', problem, 'password');
        passwordHash = await hashPassword(input.password);
      }
      const id = uuidv7();
      await users.insert({ id, email, role: input.role, entityId, passwordHash }, now().toISOString());
      return { id, email, role: input.role, entityId };
    },

    async setPassword(email: string, password: string) {
      const user = await users.findByEmail(email);
      if (!user) throw new AccountError('not-found', `There is no account for ${normaliseEmail(email)}.`, 'email');
      const problem = passwordProblem(password, user.email);
      if (problem) throw new AccountError('weak-password', problem, 'password');
      await users.setPasswordHash(user.id, await hashPassword(password), now().toISOString());
      return user;
    },
  };
}
