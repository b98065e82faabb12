import { meResponseSchema, type User } from '@clearinghouse/shared';

export { loginBodySchema as LoginBody } from '@clearinghouse/shared';
export const MeResponse = meResponseSchema;

/** Only the four public fields of an account ever leave the server (never the hash or flags). */
export const UserOut = {
  from: (u: User): User => ({ id: u.id, email: u.email, role: u.role, entityId: u.entityId }),
};
