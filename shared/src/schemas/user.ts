/** Signed-in users as GET /api/auth/me returns them, and the login body. */
import * as v from 'valibot';
import { ROLES } from '../roles.ts';
import { entityIdSchema, uuidSchema } from './common.ts';

export const emailSchema = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.maxLength(320, 'must be at most 320 characters long'),
  v.email('must be an email address'),
);

export const userSchema = v.object({
  id: uuidSchema,
  email: emailSchema,
  role: v.picklist(ROLES, `must be one of: ${ROLES.join(', ')}`),
  /** The focal point's entity; null for the Secretariat and the Bureau. */
  entityId: v.nullable(entityIdSchema),
});
export type User = v.InferOutput<typeof userSchema>;

export const meResponseSchema = v.object({ user: userSchema });

export const loginBodySchema = v.object({
  email: emailSchema,
  password: v.pipe(
    v.string('must be text'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(1000, 'must be at most 1000 characters long'),
  ),
});
