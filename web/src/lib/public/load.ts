import { loadPublic, type Loaded } from './cache.ts';

/** A page's data, or why it is missing: pages render either, never SvelteKit's error page. */
export type Outcome<T> = ({ ok: true } & Loaded<T>) | { ok: false; error: unknown };

export async function attempt<T>(url: string, fetchImpl?: typeof fetch): Promise<Outcome<T>> {
  try {
    return { ok: true, ...(await loadPublic<T>(url, fetchImpl)) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** `path?query` with empty values left out, so shared URLs and cache keys stay canonical. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
