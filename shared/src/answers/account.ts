/** Answers about accounts, sessions and the server itself. */
import * as v from 'valibot';
import { userSchema } from '../schemas/user.ts';
import { answerList } from './common.ts';

/** An account as the Secretariat's account list shows it (never the hash or flags). */
export const accountSchema = v.object({
  ...userSchema.entries,
  disabledAt: v.nullable(v.string()),
  createdAt: v.string(),
  passwordSet: v.boolean(),
});
export type Account = v.InferOutput<typeof accountSchema>;
export const accountListSchema = answerList(accountSchema);
export const accountAnswerSchema = v.object({ user: accountSchema });

/** An invitation or reset link: shown once to the Secretariat, who sends it. */
export const oneTimeLinkSchema = v.object({ url: v.string(), expiresAt: v.string() });
export type OneTimeLink = v.InferOutput<typeof oneTimeLinkSchema>;
export const invitedAnswerSchema = v.object({ user: accountSchema, invitation: oneTimeLinkSchema });
export const linkAnswerSchema = v.object({ link: oneTimeLinkSchema });

export const invitationStatusSchema = v.object({ email: v.string(), purpose: v.string() });
export const setupStatusSchema = v.object({ needed: v.boolean(), tokenValid: v.boolean() });

/** One of my open sessions (a device): a short public id, never the token. */
export const sessionAnswerSchema = v.object({
  id: v.nullable(v.string()),
  createdAt: v.string(),
  lastSeenAt: v.string(),
  userAgent: v.nullable(v.string()),
  current: v.boolean(),
});
export const sessionListSchema = answerList(sessionAnswerSchema);

export const healthSchema = v.object({ status: v.literal('ok'), time: v.string(), storage: v.string() });
export const readySchema = v.object({ status: v.literal('ready'), storage: v.string(), migrations: v.number() });

/** One line of the audit trail. */
export const auditRowSchema = v.object({
  id: v.union([v.number(), v.string()]),
  at: v.string(),
  actorId: v.nullable(v.string()),
  actorEmail: v.nullable(v.string()),
  action: v.string(),
  entityId: v.nullable(v.string()),
  targetType: v.nullable(v.string()),
  targetId: v.nullable(v.string()),
  address: v.nullable(v.string()),
  details: v.nullable(v.record(v.string(), v.unknown())),
});
export type AuditRow = v.InferOutput<typeof auditRowSchema>;
export const auditListSchema = answerList(auditRowSchema);
