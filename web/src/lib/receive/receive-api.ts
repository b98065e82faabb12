import { api } from '$lib/api/client.ts';
import type { ImportAnswer, ImportBody } from './import-body.ts';

/** Large files over poor connections: the default 20 s would give up on a 100 MB upload. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;

export const receiveApi = {
  import: (body: ImportBody) => api.post<ImportAnswer>('/api/submissions/import', body, { timeout: IMPORT_TIMEOUT_MS }),
};
