/**
 * The sync steps' view of the server: the push, pull, transmit and blob endpoints, nothing else. The
 * steps take a Transport rather than calling fetch, so tests plug in the real server's in-memory
 * `app.request()` (or a misbehaving network) without a port or a browser.
 */
import {
  blobStatusSchema,
  parseAnswer,
  PROTOCOL_VERSION,
  pullResponseSchema,
  type BlobStatus,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type Submission,
} from '@clearinghouse/shared';
import { request } from '$lib/api/client.ts';
import { apiErrorFrom, NetworkError } from '$lib/api/errors.ts';

export type { BlobStatus };

export interface Transport {
  /**
   * `bodyText`, when given, is `body` as JSON, already written by the caller (the push step writes each
   * mutation's JSON to cut its batch): sent instead of writing up to 768 KiB of JSON a second time.
   */
  push(body: PushRequest, bodyText?: string): Promise<PushResponse>;
  pull(cursor: string | null, limit: number): Promise<PullResponse>;
  transmit(submissionId: string): Promise<{ submission: Submission }>;
  /** null when the server does not know the blob yet (404). */
  blobStatus(sha256: string): Promise<BlobStatus | null>;
  /**
   * One chunk, `[start, start + bytes.size)` of `total`; the whole blob when start is 0 and the size is total.
   * `onProgress` hears the bytes of this chunk sent so far, where the transport can tell.
   */
  putBlob(
    sha256: string,
    bytes: Blob,
    type: string,
    start: number,
    total: number,
    onProgress?: (sentBytes: number) => void,
  ): Promise<{ received: number; complete: boolean }>;
  getBlob(sha256: string): Promise<Blob>;
}

/** Push and transmit wait longer than the API client's default: a 200-mutation batch on a slow link. */
const SYNC_TIMEOUT_MS = 60_000;

/**
 * The real server's endpoints. Given no fetch of its own (the browser), uploads go through
 * XMLHttpRequest to report their progress; a test's in-memory fetch is used for everything.
 */
export function httpTransport(ownFetch?: typeof fetch): Transport {
  const baseFetch: typeof fetch = ownFetch ?? ((...args) => fetch(...args));
  const uploadWithProgress = !ownFetch && typeof XMLHttpRequest !== 'undefined';
  // The pull declares its protocol in a header (the push carries it in its body, so it sends none: 20
  // bytes of every push), so an outdated app that only reads still learns it must update (426).
  const pullFetch: typeof fetch = (input, init) =>
    baseFetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-sync-protocol': String(PROTOCOL_VERSION) } });
  const raw = rawRequest(baseFetch);
  // Answers are parsed, not trusted: a mismatch (another server version, a proxy's page) throws an
  // AnswerShapeError before anything is applied, so the outbox keeps its entries and the cursor stays.
  return {
    // The push answer's schema comes with the push step (a first visit's cycle only pulls); fetched
    // before the request, so a failed fetch of this code never follows a push the server applied.
    async push(body, bodyText) {
      const { pushResponseSchema } = await import('@clearinghouse/shared/sync/push');
      const answer = await request<unknown>('POST', '/api/sync/push', { body, bodyText, fetch: baseFetch, timeout: SYNC_TIMEOUT_MS });
      return parseAnswer(pushResponseSchema, answer, 'Sending changes');
    },
    pull: async (cursor, limit) =>
      parseAnswer(
        pullResponseSchema,
        await request<unknown>('GET', '/api/sync/pull', { query: { cursor, limit }, fetch: pullFetch, timeout: SYNC_TIMEOUT_MS }),
        'Receiving changes',
      ),
    // A transmission and an upload with progress are rare in a cycle: the submission's schema and the
    // XMLHttpRequest path are fetched when one happens, not with every workspace's first load.
    async transmit(id) {
      // Fetched before the request: once the server has transmitted, a failed fetch of this code must not
      // make the device report a failure (and send the transmission again).
      const { submissionAnswerSchema } = await import('@clearinghouse/shared/answers/workflow');
      const answer = await request<unknown>('POST', `/api/submissions/${encodeURIComponent(id)}/transmit`, {
        fetch: baseFetch,
        timeout: SYNC_TIMEOUT_MS,
      });
      return parseAnswer(submissionAnswerSchema, answer, 'Transmitting');
    },
    async blobStatus(sha256) {
      const res = await raw('GET', `/api/blobs/${sha256}/status`, { allow404: true });
      return res ? parseAnswer(blobStatusSchema, await res.json(), 'Checking an attachment') : null;
    },
    async putBlob(sha256, bytes, type, start, total, onProgress) {
      const headers: Record<string, string> = { 'content-type': type || 'application/octet-stream' };
      if (start > 0 || bytes.size < total) headers['content-range'] = `bytes ${start}-${start + bytes.size - 1}/${total}`;
      if (onProgress && uploadWithProgress) {
        const { putWithProgress } = await import('./xhr-upload.ts');
        const answer = await putWithProgress(`/api/blobs/${sha256}`, bytes, headers, SYNC_TIMEOUT_MS, onProgress);
        return parseAnswer(blobStatusSchema, answer, 'Uploading an attachment');
      }
      const res = await raw('PUT', `/api/blobs/${sha256}`, { body: bytes, headers });
      return parseAnswer(blobStatusSchema, await res!.json(), 'Uploading an attachment');
    },
    async getBlob(sha256) {
      const res = await raw('GET', `/api/blobs/${sha256}`, {});
      return res!.blob();
    },
  };
}

/** fetch with the API client's error types, for bodies that are not JSON (blob bytes). */
function rawRequest(baseFetch: typeof fetch) {
  return async (
    method: string,
    path: string,
    { body, headers = {}, allow404 = false }: { body?: Blob; headers?: Record<string, string>; allow404?: boolean },
  ): Promise<Response | null> => {
    let res: Response;
    try {
      res = await baseFetch(path, {
        method,
        body,
        headers: { accept: 'application/json', ...headers },
        credentials: 'same-origin',
        signal: AbortSignal.timeout(SYNC_TIMEOUT_MS),
      });
    } catch (cause) {
      throw new NetworkError(`${method} ${path} failed`, cause instanceof DOMException && cause.name === 'TimeoutError', { cause });
    }
    if (res.status === 404 && allow404) return null;
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      throw apiErrorFrom(res.status, parsed);
    }
    return res;
  };
}
