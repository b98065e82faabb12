// Make sure the workspace can run: pnpm, installed dependencies, a current web build, a browser.
// Used by scripts/test.mjs and scripts/start.mjs. Node built-ins only: this runs before any install.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PNPM_VERSION = '10.34.8';
const INSTALL_STAMP = join(root, 'node_modules', '.clearinghouse-install');

function log(message) {
  console.log(`[ensure] ${message}`);
}

/** Run a command with inherited output; throws with `what` when it fails. */
export function run(cmd, args, { what = `${cmd} ${args.join(' ')}`, cwd = root, env = process.env } = {}) {
  const started = Date.now();
  const res = spawnSync(cmd, args, { cwd, env, stdio: 'inherit' });
  if (res.error) throw new Error(`${what}: ${res.error.message}`);
  if (res.status !== 0) throw new Error(`${what} failed (exit ${res.status ?? res.signal})`);
  log(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function onPath(cmd, args = ['--version']) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return res.status === 0 ? res.stdout.trim() : null;
}

/**
 * How to call pnpm here: `{ cmd, args }` where args is the prefix to put before pnpm's own arguments.
 * pnpm on PATH, else `npx -y pnpm@<PNPM_VERSION>`.
 */
export function ensurePnpm() {
  const version = onPath('pnpm');
  if (version) return { cmd: 'pnpm', args: [], version };
  if (!onPath('npx'))
    throw new Error('Neither pnpm nor npx is on PATH: install Node 20 with npm, then `npm i -g pnpm@' + PNPM_VERSION + '`.');
  log(`pnpm is not on PATH; using npx -y pnpm@${PNPM_VERSION}`);
  return { cmd: 'npx', args: ['-y', `pnpm@${PNPM_VERSION}`], version: PNPM_VERSION };
}

/** What the installed node_modules must match: the lockfile and every package.json of the workspace. */
function installFingerprint() {
  const hash = createHash('sha256');
  for (const file of [
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'package.json',
    '.npmrc',
    ...workspacePackages().map((p) => join(p, 'package.json')),
  ]) {
    const path = join(root, file);
    hash.update(file).update('\0');
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** Workspace package folders (relative), from pnpm-workspace.yaml's simple `- name` list. */
export function workspacePackages() {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\s*\n((?:\s+-\s*.+\n?)+)/m.exec(yaml)?.[1] ?? '';
  const listed = [...block.matchAll(/-\s*['"]?([^'"\s#]+)/g)].map((m) => m[1]);
  return listed.flatMap((entry) => {
    if (!entry.endsWith('/*')) return existsSync(join(root, entry, 'package.json')) ? [entry] : [];
    const base = entry.slice(0, -2);
    return readdirSync(join(root, base), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, base, d.name, 'package.json')))
      .map((d) => join(base, d.name));
  });
}

/**
 * `pnpm install --frozen-lockfile` when node_modules is missing, or was installed from another
 * lockfile or package.json (a content hash kept in node_modules/.clearinghouse-install; sturdier
 * than comparing mtimes, which a git checkout resets).
 */
export function ensureInstalled(pnpm = ensurePnpm()) {
  const want = installFingerprint();
  const have = existsSync(INSTALL_STAMP) ? readFileSync(INSTALL_STAMP, 'utf8').trim() : null;
  const missing = ['node_modules', ...workspacePackages().map((p) => join(p, 'node_modules'))].filter((d) => !existsSync(join(root, d)));
  if (have === want && missing.length === 0) return false;
  const why = missing.length
    ? `missing ${missing.join(', ')}`
    : have
      ? 'lockfile or a package.json changed'
      : 'no record of the last install';
  log(`installing dependencies (${why})`);
  run(pnpm.cmd, [...pnpm.args, 'install', '--frozen-lockfile', '--config.confirmModulesPurge=false'], {
    what: 'pnpm install --frozen-lockfile',
  });
  writeFileSync(INSTALL_STAMP, `${want}\n`);
  return true;
}

/** Newest mtime (ms) of any file under `path` (a file or a folder), skipping node_modules and dotted build dirs. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.svelte-kit') continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

export const webBuildDir = join(root, 'web', 'build');

/** Build the web app when web/build is missing or older than what it is built from. */
export function ensureWebBuilt(pnpm = ensurePnpm(), { force = false } = {}) {
  const marker = join(webBuildDir, 'index.html');
  const inputs = [
    'web/src',
    'web/static',
    'shared/src',
    'web/package.json',
    'web/svelte.config.js',
    'web/vite.config.ts',
    'web/vite.config.js',
    'web/tsconfig.json',
    'shared/package.json',
    'pnpm-lock.yaml',
  ];
  const stale = () => {
    const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
    const newest = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
    return !built ? 'web/build is missing: building' : built < newest ? 'web/build is older than its sources: rebuilding' : null;
  };
  if (!force && !stale()) return false;
  // Two builds at once in one checkout (test.mjs and start.mjs, two terminals) clobber each other's
  // web/.svelte-kit: take a lock, then look again, since the other build may have just finished.
  const release = acquireLock(join(root, 'node_modules', '.clearinghouse-web-build.lock'));
  try {
    const why = stale();
    if (!force && !why) return false;
    log(why ?? 'building web (forced)');
    const build = () => run(pnpm.cmd, [...pnpm.args, '--filter', '@clearinghouse/web', 'build'], { what: 'web build' });
    try {
      build();
    } catch (err) {
      // A `vite build` started by hand at the same moment can still collide (ENOENT under
      // web/.svelte-kit); a second try tells that apart from a real build error.
      log(`${err.message}; trying once more`);
      build();
    }
    if (!existsSync(marker)) throw new Error(`web build finished but ${marker} is missing`);
    return true;
  } finally {
    release();
  }
}

/** A lock folder holding the owner's pid; a lock whose owner is gone is taken over. Waits up to `waitMs`. */
function acquireLock(dir, waitMs = 5 * 60_000) {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let owner = 0;
    try {
      owner = Number(readFileSync(join(dir, 'pid'), 'utf8')) || 0;
    } catch {
      /* being written, or its writer died */
    }
    let alive = false;
    try {
      if (owner) process.kill(owner, 0);
      alive = owner > 0;
    } catch {
      alive = false;
    }
    let age = 0;
    try {
      age = Date.now() - statSync(dir).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    if (!alive && (owner || age > 5_000)) {
      rmSync(dir, { recursive: true, force: true }); // its owner died: take it over
      continue;
    }
    if (Date.now() > deadline) throw new Error(`waited ${waitMs / 1000} s for another web build (lock ${dir}, pid ${owner})`);
    if (!told) log(`another web build is running (pid ${owner}): waiting for it`);
    told = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}

/** Playwright's own Chromium if it is installed (for its version of @playwright/test), else null. */
export async function playwrightChromium() {
  try {
    const require = createRequire(join(root, 'tests', 'package.json'));
    const mod = await import(pathToFileURL(require.resolve('@playwright/test')).href);
    const chromium = mod.chromium ?? mod.default?.chromium;
    const path = chromium?.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * A Chromium for Playwright: CHROMIUM_PATH, Playwright's own, or Debian's /usr/bin/chromium. When there
 * is none and we are root with apt-get, install Debian's `chromium` (never `playwright install`, which
 * downloads from hosts this machine cannot reach).
 */
export async function ensureBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
  }
  const own = await playwrightChromium();
  if (own) return own;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get', ['--version'])) {
    log(`no Chromium found: installing Debian's chromium (apt-get update && apt-get install -y chromium)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { what: 'apt-get update', env });
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-core'], { what: 'apt-get install chromium', env });
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    `No Chromium for the browser tests. Install Debian's: \`sudo apt-get install chromium\` (or set CHROMIUM_PATH). ` +
      `Do not run \`playwright install\`: its download host is not reachable from these machines.`,
  );
}
