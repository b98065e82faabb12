import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { HttpError } from './http-error.ts';
import type { WebBuild, WebFile } from './web-build.ts';

function send(c: Context<AppEnv>, file: WebFile): Response {
  const headers = new Headers({ 'Content-Type': file.type, 'Cache-Control': file.cacheControl, ETag: file.etag, Vary: 'Accept-Encoding' });
  if (c.req.header('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
  const gzip = file.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  if (gzip) headers.set('Content-Encoding', 'gzip');
  const body = gzip ? file.gzip! : file.body;
  headers.set('Content-Length', String(body.length));
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/** The path with its percent-escapes decoded; a malformed escape is the client's error (400), not ours. */
function decodedPath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'bad-request', 'The address contains a malformed percent-encoding.');
  }
}

/**
 * Serves the built web app: a file when one exists; otherwise, for anything that looks like a client
 * route, the app shell with 200 (never a redirect) so deep links and reloads work.
 */
export function serveWebApp(build: WebBuild) {
  return (c: Context<AppEnv>): Response | null => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return null;
    const path = decodedPath(new URL(c.req.url).pathname);
    const file = build.files.get(path);
    if (file) return send(c, file);
    const looksLikeAsset = path.startsWith('/_app/') || /\.[a-z0-9]{1,12}$/i.test(path);
    if (looksLikeAsset || !build.shell) return null;
    return send(c, build.shell);
  };
}
