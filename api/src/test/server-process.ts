import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the bundles (api/dist/server.mjs, cli.mjs) run from there as `pnpm start` runs them. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** The real admin CLI bundle on a DATA_DIR (and DATABASE_URL when given). */
export function runCli(env: { dataDir: string; databaseUrl: string | null }, args: string[], stdin = '') {
  const r = spawnSync(process.execPath, ['api/dist/cli.mjs', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: env.dataDir, DATABASE_URL: env.databaseUrl ?? '' },
    input: stdin,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  log(): string;
}

/** Starts api/dist/server.mjs (the bundle `pnpm start` runs) and waits until /api/health answers. */
export async function startServer(opts: { dataDir: string; databaseUrl: string | null; logFile: string; env?: Record<string, string> }) {
  const port = await freePort();
  const log = openSync(opts.logFile, 'a');
  const child = spawn(process.execPath, ['api/dist/server.mjs'], {
    cwd: repoRoot,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: opts.dataDir,
      DATABASE_URL: opts.databaseUrl ?? '',
      WEB_DIR: join(opts.dataDir, 'no-web-build'),
      ...opts.env,
    },
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const server: ServerProcess = { origin: `http://127.0.0.1:${port}`, child, exited, log: () => readFileSync(opts.logFile, 'utf8') };
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 300; i++) {
    if (gone) throw new Error(`server exited before it was healthy:\n${server.log()}`);
    try {
      if ((await fetch(`${server.origin}/api/health`)).status === 200) return server;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server not healthy after 30 s:\n${server.log()}`);
}

/** Signs in over HTTP; returns the Cookie header value. */
export async function signInOverHttp(origin: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${res.status}: ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
