import { Agent, request } from 'node:http';
import { gunzipSync } from 'node:zlib';

/**
 * The bench client's HTTP: node:http with kept-alive connections, as PouchDB's replicator on the other
 * side uses (pouchdb-fetch is node-fetch 2, itself on node:http). The headers are the ones Node's
 * `fetch` (undici) sent before, so the bytes on the wire are the same; undici's web streams and its
 * streaming gunzip cost the process (client and server share it) more CPU than the answers themselves
 * (docs/performance.md, round 6).
 */
// No Nagle delay on the requests' last segment, as undici and the server (Node's default) do.
const agent = new Agent({ keepAlive: true, noDelay: true });
const LIBRARY_HEADERS = { accept: '*/*', 'accept-language': '*', 'sec-fetch-mode': 'cors', 'user-agent': 'node' };

export interface Answer {
  status: number;
  /** The body, gunzipped when it came gzipped. */
  body: Buffer;
  text(): string;
  json<T>(): T;
}

export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        agent,
        headers: {
          ...options.headers,
          ...LIBRARY_HEADERS,
          ...(options.body ? { 'content-length': String(options.body.length) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({
            status: res.statusCode ?? 0,
            body,
            text: () => body.toString(),
            json: <T>() => JSON.parse(body.toString()) as T,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
