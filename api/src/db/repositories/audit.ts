import type { Db } from '../connection.ts';

export interface AuditEntry {
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  address?: string | null;
  /** Ids, counts and codes only: never a password, a token or a record's content. */
  details?: Record<string, string | number | boolean | null | string[]>;
}

export interface AuditFilter {
  actor?: string;
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
}

export function auditRepo(db: Db) {
  return {
    async append(e: AuditEntry, at: string) {
      await db
        .insertInto('audit_log')
        .values({
          at,
          actor_id: e.actorId,
          actor_email: e.actorEmail,
          action: e.action,
          entity_id: e.entityId ?? null,
          target_type: e.targetType ?? null,
          target_id: e.targetId ?? null,
          address: e.address ?? null,
          details: e.details ? JSON.stringify(e.details) : null,
        })
        .execute();
    },
    async list(f: AuditFilter, limit: number, offset: number) {
      let q = db.selectFrom('audit_log').selectAll();
      if (f.actor) q = q.where((eb) => eb.or([eb('actor_id', '=', f.actor!), eb('actor_email', '=', f.actor!.toLowerCase())]));
      if (f.entity) q = q.where('entity_id', '=', f.entity);
      if (f.action) q = q.where('action', '=', f.action);
      if (f.from) q = q.where('at', '>=', f.from);
      if (f.to) q = q.where('at', '<=', f.to.length === 10 ? `${f.to}T23:59:59.999Z` : f.to);
      const rows = await q.orderBy('id', 'desc').limit(limit).offset(offset).execute();
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        actorEmail: r.actor_email,
        action: r.action,
        entityId: r.entity_id,
        targetType: r.target_type,
        targetId: r.target_id,
        address: r.address,
        details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
      }));
    },
  };
}
