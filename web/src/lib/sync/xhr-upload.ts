/**
 * A PUT of bytes through XMLHttpRequest, because fetch reports nothing while a request body goes out:
 * a 1 MiB chunk on a slow link would otherwise show no movement for half a minute. Same request as the
 * fetch path (method, headers, cookies, timeout), same error types, so the wire does not change.
 */
import { apiErrorFrom, NetworkError } from '$lib/api/errors.ts';

export function putWithProgress(
  path: string,
  body: Blob,
  headers: Record<string, string>,
  timeoutMs: number,
  onProgress: (sentBytes: number) => void,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', path);
    for (const [name, value] of Object.entries({ accept: 'application/json', ...headers })) xhr.setRequestHeader(name, value);
    xhr.withCredentials = true;
    xhr.timeout = timeoutMs;
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    const failed = (timedOut: boolean) => () => reject(new NetworkError(`PUT ${path} failed`, timedOut));
    xhr.onerror = failed(false);
    xhr.onabort = failed(false);
    xhr.ontimeout = failed(true);
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed);
      else reject(apiErrorFrom(xhr.status, parsed));
    };
    xhr.send(body);
  });
}
