import { isRole, type Role } from '@clearinghouse/shared';
import type { Db } from '../connection.ts';
import type { UserRow } from '../schema.ts';

export interface UserRecord {
  id: string;
  email: string;
  role: Role;
  entityId: string | null;
  passwordHash: string | null;
  disabledAt: string | null;
  createdAt: string;
}

const toUser = (row: UserRow): UserRecord => {
  if (!isRole(row.role)) throw new Error(`Unknown role in database for user ${row.id}`);
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    entityId: row.entity_id,
    passwordHash: row.password_hash,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
  };
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function usersRepo(db: Db) {
  return {
    async findByEmail(email: string) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async findById(id: string) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },
    async insert(user: { id: string; email: string; role: Role; entityId: string | null; passwordHash: string | null }, now: string) {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          email: normaliseEmail(user.email),
          role: user.role,
          entity_id: user.entityId,
          password_hash: user.passwordHash,
          disabled_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },
    async setPasswordHash(id: string, passwordHash: string, now: string) {
      await db.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).execute();
    },
    async setDisabled(id: string, disabledAt: string | null, now: string) {
      await db.updateTable('users').set({ disabled_at: disabledAt, updated_at: now }).where('id', '=', id).execute();
    },
    async list() {
      const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
      return rows.map(toUser);
    },
    async countByRole(role: Role) {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', role)
        .where('disabled_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
