import { parsedOrNull } from '@clearinghouse/shared/answers/parse';
import { meResponseSchema, userSchema, type User } from '@clearinghouse/shared/schemas/user';

/** The signed-in user: the shape `GET /api/auth/me` answers, from @clearinghouse/shared. */
export type SessionUser = Readonly<User>;

/** Checks a user kept in storage; anything malformed (or from an older shape) counts as no user. */
export const parseSessionUser = (value: unknown): SessionUser | null => parsedOrNull(userSchema, value);

/** Checks the answer of `GET /api/auth/me`; a malformed answer counts as no user. */
export const parseMeAnswer = (value: unknown): SessionUser | null => parsedOrNull(meResponseSchema, value)?.user ?? null;
