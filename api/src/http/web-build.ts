import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface WebFile {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
  cacheControl: string;
}

export interface WebBuild {
  files: Map<string, WebFile>;
  shell: WebFile | null;
  /** CSP source expressions for the shell's inline bootstrap script(s): 'sha256-…'. */
  scriptHashes: string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;

/**
 * Hashed assets never change under the same name: cache them for a year. The shell, the service
 * worker and the manifest must be revalidated on every load, or a new release would never arrive.
 */
function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
  if (/\.(html|webmanifest)$/.test(urlPath) || /^\/(sw|service-worker|registerSW)\.js$/.test(urlPath) || urlPath.startsWith('/workbox-')) {
    return 'no-cache';
  }
  return 'public, max-age=3600';
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Reads the built SPA once at start: files are small, and serving from memory with gzip ready is fast. */
export function loadWebBuild(webDir: string): WebBuild {
  const files = new Map<string, WebFile>();
  if (!existsSync(webDir)) return { files, shell: null, scriptHashes: [] };
  for (const full of walk(webDir)) {
    const urlPath = '/' + relative(webDir, full).split(sep).join('/');
    const body = readFileSync(full);
    const type = TYPES[extname(full)] ?? 'application/octet-stream';
    files.set(urlPath, {
      body,
      gzip: COMPRESSIBLE.test(type) && body.length > 512 ? gzipSync(body, { level: 9 }) : null,
      type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      cacheControl: cacheControlFor(urlPath),
    });
  }
  const shell = files.get('/index.html') ?? null;
  const scriptHashes = shell ? inlineScriptHashes(shell.body.toString('utf8')) : [];
  return { files, shell, scriptHashes };
}

export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
    );
  }
  return hashes;
}
