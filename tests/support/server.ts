/**
 * Start, stop, kill and restart the production server (api/dist/server.mjs serving web/build) for tests,
 * and seed it through the real admin CLI.
 *
 * The server runs as `node api/dist/server.mjs` (the bundle `pnpm start` runs) in its own process group, so that stopping it
 * never leaves a child behind. Its output goes to a log file next to its DATA_DIR; `tail()` shows it
 * when something goes wrong.
 *
 * Used by global-setup.ts (the shared server of a run) and by the `servers` fixture (a fresh server of
 * its own for one test, e.g. to kill it mid-sync).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * With TEST_DATABASE_URL=postgres://… (scripts/test.mjs's PostgreSQL pass) every server stores its data
 * in a fresh schema of that database, named in its DATABASE_URL's search_path and dropped when it is
 * disposed; attachments and the key stay in its DATA_DIR. Without it, SQLite in DATA_DIR.
 */
const testDatabaseUrl = process.env.TEST_DATABASE_URL || null;

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl! });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function freshDatabaseUrl(): Promise<{ url: string; schema: string } | null> {
  if (!testDatabaseUrl) return null;
  const schema = `e2e_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  const url = new URL(testDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), schema };
}
export const defaultWebDir = resolve(repoRoot, process.env.WEB_DIR ?? 'web/build');

export type Role = 'focal_point' | 'secretariat' | 'bureau';

export interface Account {
  email: string;
  password: string;
  role: Role;
  entityId?: string;
}

/** The accounts every seeded server has. Benin and Cabo Verde are States of the treaty dataset (api/reference/treaty). */
export interface Accounts {
  secretariat: Account;
  bureau: Account;
  focalPointBen: Account;
  focalPointCpv: Account;
}
export type AccountName = keyof Accounts;

/** A temp folder for one server: `<dir>/data` is its DATA_DIR, `<dir>/server.log` its output. */
export function makeRunDir(prefix = 'clearinghouse-e2e-'): { dir: string; dataDir: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dataDir: join(dir, 'data') };
}

/** A TCP port nobody listens on right now (the OS picks it). */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/** A password the server accepts: ≥ 12 characters, never a common one. */
export function makePassword(): string {
  return `E2e-${randomBytes(12).toString('base64url')}-9x`;
}

export interface StartOptions {
  /** Reuse a DATA_DIR (e.g. after a restart); default: a new temp dir. */
  dataDir?: string;
  /** Where server.log goes; default: the parent of dataDir. */
  logDir?: string;
  /** Default: a free port. */
  port?: number;
  host?: string;
  webDir?: string;
  env?: Record<string, string>;
  /** How long to wait for /api/health (ms). */
  timeoutMs?: number;
}

export interface ServerState {
  baseURL: string;
  port: number;
  host: string;
  dataDir: string;
  webDir: string;
  logFile: string;
  pid: number;
  /** Set on the PostgreSQL pass: the server's database and the schema to drop afterwards. */
  databaseUrl?: string | null;
  schema?: string | null;
}

export class TestServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly webDir: string;
  readonly logFile: string;
  private readonly env: Record<string, string>;
  private readonly timeoutMs: number;

  private constructor(opts: Required<Omit<StartOptions, 'logDir'>> & { logFile: string }) {
    this.port = opts.port;
    this.host = opts.host;
    this.dataDir = opts.dataDir;
    this.webDir = opts.webDir;
    this.logFile = opts.logFile;
    this.env = opts.env;
    this.timeoutMs = opts.timeoutMs;
  }

  /** Start a server and wait until /api/health answers 200 `{"status":"ok"}`. */
  static async start(opts: StartOptions = {}): Promise<TestServer> {
    const dataDir = opts.dataDir ?? makeRunDir().dataDir;
    const logDir = opts.logDir ?? dirname(dataDir);
    const database = opts.env?.DATABASE_URL ? null : await freshDatabaseUrl();
    const server = new TestServer({
      dataDir,
      port: opts.port ?? (await findFreePort(opts.host ?? '127.0.0.1')),
      host: opts.host ?? '127.0.0.1',
      webDir: opts.webDir ?? defaultWebDir,
      env: { ...(database ? { DATABASE_URL: database.url } : {}), ...opts.env },
      timeoutMs: opts.timeoutMs ?? 30_000,
      logFile: join(logDir, 'server.log'),
    });
    server.schema = database?.schema ?? null;
    try {
      await server.launch();
    } catch (err) {
      await server.dropSchema();
      // The error already carries the log's tail; a temp dir made here goes with it.
      if (!opts.dataDir) rmSync(dirname(dataDir), { recursive: true, force: true });
      throw err;
    }
    return server;
  }

  /**
   * Reattach to a server started by another process (global setup → test workers). Only `pid`-based
   * operations (kill/stop) and the addresses work; `restart()` starts it again from this process.
   */
  static attach(state: ServerState): TestServer {
    const server = new TestServer({
      dataDir: state.dataDir,
      port: state.port,
      host: state.host,
      webDir: state.webDir,
      env: state.databaseUrl ? { DATABASE_URL: state.databaseUrl } : {},
      timeoutMs: 30_000,
      logFile: state.logFile,
    });
    server.attachedPid = state.pid;
    server.schema = state.schema ?? null;
    return server;
  }
  private attachedPid: number | null = null;
  /** The PostgreSQL schema this server's data lives in (TEST_DATABASE_URL), else null. */
  schema: string | null = null;

  /** The DATABASE_URL the server and its CLI use (null: SQLite in DATA_DIR). */
  get databaseUrl(): string | null {
    return this.env.DATABASE_URL ?? null;
  }

  private async dropSchema(): Promise<void> {
    if (!this.schema || !testDatabaseUrl) return;
    const schema = this.schema;
    this.schema = null;
    await adminQuery(`drop schema if exists ${schema} cascade`).catch(() => {});
  }

  get baseURL(): string {
    return `http://${this.host}:${this.port}`;
  }

  get pid(): number | null {
    return this.child?.pid ?? this.attachedPid;
  }

  get running(): boolean {
    const pid = this.pid;
    if (pid == null) return false;
    try {
      process.kill(pid, 0);
      return this.child ? this.child.exitCode === null && this.child.signalCode === null : true;
    } catch {
      return false;
    }
  }

  url(path = '/'): string {
    return new URL(path, this.baseURL).toString();
  }

  state(): ServerState {
    return {
      baseURL: this.baseURL,
      port: this.port,
      host: this.host,
      dataDir: this.dataDir,
      webDir: this.webDir,
      logFile: this.logFile,
      pid: this.pid ?? -1,
      databaseUrl: this.databaseUrl,
      schema: this.schema,
    };
  }

  private async launch(): Promise<void> {
    if (!existsSync(join(this.webDir, 'index.html'))) {
      throw new Error(`No built web app in ${this.webDir} (index.html missing). Run \`pnpm build\` (scripts/test.mjs does it).`);
    }
    const log = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, ['--enable-source-maps', 'api/dist/server.mjs'], {
      cwd: repoRoot,
      detached: true, // own process group: stop() kills the whole group
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(this.port),
        HOST: this.host,
        DATA_DIR: this.dataDir,
        WEB_DIR: this.webDir,
        ...this.env,
      },
    });
    closeSync(log);
    child.unref();
    this.child = child;
    this.attachedPid = null;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    killOnExit(child.pid!);
    try {
      await this.waitHealthy();
    } catch (err) {
      await this.stop('SIGKILL', 0); // never leave a half-started server behind
      throw err;
    }
  }

  /** Poll /api/health until it answers 200 {"status":"ok"}; fail early if the process died. */
  async waitHealthy(timeoutMs = this.timeoutMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      if (this.child && (this.child.exitCode !== null || this.child.signalCode !== null)) {
        throw new Error(
          `Server exited (code ${this.child.exitCode}, signal ${this.child.signalCode}) before it was healthy.\n` + this.tail(),
        );
      }
      try {
        const res = await fetch(this.url('/api/health'), { signal: AbortSignal.timeout(2_000) });
        const body = await res.text();
        if (res.status === 200 && /"status"\s*:\s*"ok"/.test(body)) return;
        last = `${res.status} ${body.slice(0, 200)}`;
      } catch (err) {
        last = String((err as Error).cause ?? err);
      }
      await sleep(150);
    }
    throw new Error(`Server not healthy on ${this.baseURL} after ${timeoutMs} ms (last: ${last}).\n${this.tail()}`);
  }

  /** Send `signal` to the server's process group and wait for it to be gone (SIGKILL after `graceMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 5_000): Promise<void> {
    const pid = this.pid;
    if (pid == null) return;
    killGroup(pid, signal);
    const deadline = Date.now() + graceMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(50);
    if (isAlive(pid)) {
      killGroup(pid, 'SIGKILL');
      while (isAlive(pid)) await sleep(50);
    }
    if (this.child) await this.exited;
    ownedGroups.delete(pid);
    await this.waitPortFree();
  }

  /** Simulate a crash: SIGKILL, no graceful shutdown. */
  async kill(): Promise<void> {
    await this.stop('SIGKILL', 0);
  }

  /** Stop (if running) and start again on the same port and DATA_DIR. */
  async restart(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.running) await this.stop(signal);
    await this.launch();
  }

  /** Stop and delete the temp dir holding DATA_DIR and the log (only for dirs made by makeRunDir). */
  async dispose({ keepFiles = false } = {}): Promise<void> {
    await this.stop();
    if (!keepFiles) await this.dropSchema();
    const dir = dirname(this.dataDir);
    if (!keepFiles && dir.startsWith(tmpdir()) && dir.includes('clearinghouse-e2e-')) {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The last lines of the server's log. */
  tail(lines = 40): string {
    try {
      const text = readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      return `--- ${this.logFile} (last ${lines} lines) ---\n${text}`;
    } catch {
      return `(no log at ${this.logFile})`;
    }
  }

  private async waitPortFree(timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        await fetch(this.url('/api/health'), { signal: AbortSignal.timeout(500) });
      } catch {
        return; // connection refused: nobody listens any more
      }
      await sleep(100);
    }
  }

  // ---- seeding through the real admin CLI ------------------------------------------------------

  /** `cli user add ... --password-stdin` against this server's DATA_DIR. */
  async addUser(account: Account): Promise<void> {
    const args = ['user', 'add', '--email', account.email, '--role', account.role];
    if (account.entityId) args.push('--entity', account.entityId);
    args.push('--password-stdin');
    await runCli(args, { dataDir: this.dataDir, databaseUrl: this.databaseUrl, stdin: `${account.password}\n` });
  }

  /** Seed the standard accounts (a Secretariat, a Bureau member, focal points of Benin and Cabo Verde). */
  async seedAccounts(only?: AccountName[]): Promise<Accounts> {
    const accounts = makeAccounts();
    const names = (Object.keys(accounts) as AccountName[]).filter((name) => !only || only.includes(name));
    // In parallel: each CLI run is mostly start-up and password hashing; SQLite (WAL, busy_timeout)
    // serialises the writes.
    await Promise.all(names.map((name) => this.addUser(accounts[name])));
    return accounts;
  }
}

export function makeAccounts(tag = randomBytes(3).toString('hex')): Accounts {
  const mk = (local: string, role: Role, entityId?: string): Account => ({
    email: `${local}.${tag}@e2e.example.org`,
    password: makePassword(),
    role,
    ...(entityId ? { entityId } : {}),
  });
  return {
    secretariat: mk('secretariat', 'secretariat'),
    bureau: mk('bureau', 'bureau'),
    focalPointBen: mk('focal.ben', 'focal_point', 'BEN'),
    focalPointCpv: mk('focal.cpv', 'focal_point', 'CPV'),
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the admin CLI (api/src/cli/main.ts) on a DATA_DIR; rejects on a non-zero exit unless `allowFailure`. */
export function runCli(
  args: string[],
  opts: { dataDir: string; databaseUrl?: string | null; stdin?: string; allowFailure?: boolean; timeoutMs?: number },
): Promise<CliResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['api/dist/cli.mjs', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: opts.dataDir, DATABASE_URL: opts.databaseUrl ?? '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = { code: code ?? (signal ? 128 : 1), stdout, stderr };
      if (result.code !== 0 && !opts.allowFailure) {
        const shown = args.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ');
        reject(new Error(`cli ${shown} exited ${result.code}${signal ? ` (${signal})` : ''}\n${stdout}${stderr}`));
      } else resolveRun(result);
    });
    child.stdin.end(opts.stdin ?? '');
  });
}

// ---- process helpers -------------------------------------------------------------------------------

export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie still answers signal 0; look at /proc where there is one.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return !existsSync('/proc/self');
  }
}

const ownedGroups = new Set<number>();
let exitHookInstalled = false;
/** Whatever happens to this process, its servers do not outlive it. */
function killOnExit(pid: number): void {
  ownedGroups.add(pid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const p of ownedGroups) killGroup(p, 'SIGKILL');
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
