import { meResponseSchema, type User } from '@clearinghouse/shared';
import * as v from 'valibot';

export { loginBodySchema as LoginBody } from '@clearinghouse/shared';
export const MeResponse = meResponseSchema;

/** The token of a one-time link (first setup, invitation, password reset) as the routes accept it. */
export const OneTimeToken = v.pipe(v.string(), v.minLength(10), v.maxLength(200));
/** A password as received; what makes it acceptable (length, not a common one) is passwordProblem's to say. */
export const PasswordInput = v.pipe(v.string(), v.maxLength(1024));

/** Only the four public fields of an account ever leave the server (never the hash or flags). */
export const UserOut = {
  from: (u: User): User => ({ id: u.id, email: u.email, role: u.role, entityId: u.entityId }),
};
