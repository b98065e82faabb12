import { ROLES } from '@clearinghouse/shared';
import * as v from 'valibot';

// TODO(shared): move to @clearinghouse/shared/schemas/user once it lands, and import from there.
export const LoginBody = v.object({
  email: v.pipe(v.string(), v.trim(), v.email('Enter an email address.'), v.maxLength(320)),
  password: v.pipe(v.string(), v.minLength(1, 'Enter your password.'), v.maxLength(1024)),
});

export const UserSchema = v.object({
  id: v.string(),
  email: v.string(),
  role: v.picklist(ROLES),
  entityId: v.nullable(v.string()),
});
export type UserOutput = v.InferOutput<typeof UserSchema>;

export const MeResponse = v.object({ user: UserSchema });

export const UserOut = {
  from: (u: UserOutput): UserOutput => ({ id: u.id, email: u.email, role: u.role, entityId: u.entityId }),
};
