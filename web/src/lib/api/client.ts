/**
 * The one way the app talks to its API: same origin, JSON in and out, cookies sent. Errors are
 * typed: `ApiError` when the server answered, `NetworkError` when it could not be reached.
 */
import { ApiError, NetworkError, apiErrorFrom } from './errors.ts';

export { ApiError, NetworkError };

export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** The body already written as JSON by the caller (the push step measures each mutation's text): sent as is. */
  bodyText?: string;
  query?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  signal?: AbortSignal;
  /** Milliseconds before giving up on a silent connection (poor networks hang rather than fail). */
  timeout?: number;
  /** The fetch to use; SvelteKit's `load` passes its own. */
  fetch?: typeof fetch;
  /** The HTTP cache's part: 'no-cache' asks the server again for an answer the browser may keep a while. */
  cache?: RequestCache;
}

const DEFAULT_TIMEOUT_MS = 20_000;

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const { body, bodyText, query, signal, timeout = DEFAULT_TIMEOUT_MS, fetch: fetchImpl = fetch, cache } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  const sent = bodyText ?? (body === undefined ? undefined : JSON.stringify(body));
  if (sent !== undefined) headers['content-type'] = 'application/json';

  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const onAbort = () => timer.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  let response: Response;
  try {
    response = await fetchImpl(withQuery(path, query), {
      method,
      headers,
      body: sent,
      credentials: 'same-origin',
      signal: timer.signal,
      cache,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause; // the caller cancelled: not a network problem
    const timedOut = timer.signal.aborted;
    throw new NetworkError(timedOut ? `${method} ${path} timed out` : `${method} ${path} failed`, timedOut, {
      cause,
    });
  } finally {
    clearTimeout(timeoutId);
    signal?.removeEventListener('abort', onAbort);
  }

  const data = await readJson(response);
  if (!response.ok) throw apiErrorFrom(response.status, data.value);
  if (!data.parsed) {
    throw new ApiError(response.status, 'malformed-response', `${method} ${path}: the answer was not JSON`, [], false);
  }
  return data.value as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

/** The JSON body; an empty body (204) is a valid `undefined`, an HTML page is not JSON. */
async function readJson(response: Response): Promise<{ parsed: boolean; value: unknown }> {
  const text = response.status === 204 ? '' : await response.text().catch(() => '');
  if (!text) return { parsed: true, value: undefined };
  try {
    return { parsed: true, value: JSON.parse(text) as unknown };
  } catch {
    return { parsed: false, value: undefined };
  }
}
