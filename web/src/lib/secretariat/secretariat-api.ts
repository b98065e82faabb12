/**
 * The Secretariat's calls to the API, typed once. Pages never spell a path or an answer shape twice;
 * every call goes through the shared client (same origin, cookies, typed errors).
 */
import type {
  Account,
  AuditRow,
  Cycle,
  CycleCreate,
  Entity,
  EntityNames,
  EntitySubmission,
  List,
  OneTimeLink,
  Reminder,
  Submission,
  SubmissionHistory,
  Tracking,
  TreatyEvent,
  TreatyImportAnswer,
  TreatyStatusAnswer,
  VersionSnapshot,
} from '@clearinghouse/shared';
import { api } from '$lib/api/client.ts';

const enc = encodeURIComponent;
export type ReviewAction = 'acknowledge' | 'publish' | 'unpublish';

export const cyclesApi = {
  list: async () => (await api.get<List<Cycle>>('/api/cycles')).items,
  create: (body: CycleCreate) => api.post<Cycle>('/api/cycles', body),
  update: (id: string, body: Partial<CycleCreate> & { closedAt?: string | null }) => api.patch<Cycle>(`/api/cycles/${enc(id)}`, body),
  tracking: (id: string) => api.get<Tracking>(`/api/cycles/${enc(id)}/tracking`),
  reminder: (id: string) => api.get<Reminder>(`/api/cycles/${enc(id)}/reminder`),
};

export const reviewApi = {
  step: (id: string, action: ReviewAction) => api.post<{ submission: Submission }>(`/api/submissions/${enc(id)}/${action}`),
  returnForCorrection: (id: string, message: string) =>
    api.post<{ submission: Submission }>(`/api/submissions/${enc(id)}/return`, { message }),
  history: (id: string) => api.get<SubmissionHistory>(`/api/submissions/${enc(id)}/history`),
  version: (id: string, version: number) => api.get<VersionSnapshot>(`/api/submissions/${enc(id)}/versions/${version}`),
};

export const entitiesApi = {
  list: async () => (await api.get<List<Entity>>('/api/public/entities')).items,
  submissions: async (id: string) => (await api.get<List<EntitySubmission>>(`/api/entities/${enc(id)}/submissions`)).items,
  /** Organisations only: States come from the reference data. */
  create: (body: Pick<Entity, 'id' | 'kind' | 'names'>) => api.post<{ entity: Entity }>('/api/entities', body),
  rename: (id: string, names: EntityNames) => api.patch<{ entity: Entity }>(`/api/entities/${enc(id)}`, { names }),
};

export const treatyApi = {
  events: async (entityId: string) => (await api.get<List<TreatyEvent>>('/api/treaty-events', { query: { entity: entityId } })).items,
  /** The server gives the id. */
  create: (event: Omit<TreatyEvent, 'id'>) => api.post<TreatyEvent>('/api/treaty-events', event),
  update: (id: string, event: Partial<Omit<TreatyEvent, 'id'>>) => api.patch<TreatyEvent>(`/api/treaty-events/${enc(id)}`, event),
  remove: (id: string) => api.delete<unknown>(`/api/treaty-events/${enc(id)}`),
  import: (csv: string, dryRun: boolean) => api.post<TreatyImportAnswer>('/api/treaty-events/import', { csv, dryRun }),
  status: (date: string) => api.get<TreatyStatusAnswer>('/api/treaty-status', { query: { date } }),
};

export const accountsApi = {
  list: async () => (await api.get<List<Account>>('/api/users')).items,
  invite: (body: { email: string; role: Account['role']; entityId: string | null }) =>
    api.post<{ user: Account; invitation: OneTimeLink }>('/api/users', body),
  reset: (id: string) => api.post<{ link: OneTimeLink }>(`/api/users/${enc(id)}/reset`),
  setActive: (id: string, active: boolean) => api.post<{ user: Account }>(`/api/users/${enc(id)}/${active ? 'reactivate' : 'deactivate'}`),
};

export type AuditFilter = Partial<Record<'actor' | 'entity' | 'action' | 'from' | 'to', string>>;

export const auditApi = {
  list: async (filter: AuditFilter) => (await api.get<List<AuditRow>>('/api/audit', { query: filter })).items,
  csvUrl: (filter: AuditFilter) => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
    return query ? `/api/audit.csv?${query}` : '/api/audit.csv';
  },
};
