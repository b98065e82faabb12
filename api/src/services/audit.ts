import type { Context } from 'hono';
import type { Db } from '../db/connection.ts';
import { auditRepo, type AuditEntry } from '../db/repositories/audit.ts';
import { clientAddress } from '../http/client-address.ts';
import type { AppEnv, Deps } from '../http/env.ts';

/** The actions the audit trail records (docs/security.md lists them with what each stores). */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login-failed',
  'auth.logout',
  'auth.password-changed',
  'auth.session-ended',
  'setup.first-account',
  'account.invited',
  'account.invitation-accepted',
  'account.reset-issued',
  'account.password-reset',
  'account.deactivated',
  'account.reactivated',
  'account.created-cli',
  'submission.transmitted',
  'submission.acknowledged',
  'submission.returned',
  'submission.published',
  'submission.unpublished',
  'submission.imported',
  'confidential.viewed',
  'audit.exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function auditService(db: Db, now: () => Date) {
  const repo = auditRepo(db);
  return {
    record: (entry: AuditEntry & { action: AuditAction }) => repo.append(entry, now().toISOString()),
  };
}

/** Audit from a request: the actor and the address come from the request itself. */
export function auditFrom(c: Context<AppEnv>, deps: Deps) {
  const audit = auditService(deps.db, deps.now);
  return (
    entry: Omit<AuditEntry, 'actorId' | 'actorEmail' | 'address'> & {
      action: AuditAction;
      actorId?: string | null;
      actorEmail?: string | null;
    },
  ) => {
    const user = c.get('user');
    return audit.record({
      ...entry,
      actorId: entry.actorId ?? user?.id ?? null,
      actorEmail: entry.actorEmail ?? user?.email ?? null,
      address: clientAddress(c, deps.config.trustedProxies),
    });
  };
}
