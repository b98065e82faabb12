#!/usr/bin/env node
// The one test command (`pnpm test`, `npm test`): installs what is missing, builds the web app when it
// is stale, finds a browser, runs every package's unit tests (vitest) and then the browser tests
// (Playwright), and closes with one line `N passed, N failed[, N skipped]` summed over all runners.
// Exit code 1 when anything failed, including a runner that crashed without reporting results.
//
//   node scripts/test.mjs              everything
//   node scripts/test.mjs --unit       static checks (eslint, knip) and unit tests only
//   node scripts/test.mjs --static     static checks only
//   node scripts/test.mjs --postgres   only the PostgreSQL pass (needs TEST_DATABASE_URL), browser spec included
//   node scripts/test.mjs --e2e [...]  browser tests only; further args go to `playwright test`
//
// With TEST_DATABASE_URL=postgres://… (a database the tests may create schemas in: .ci/run starts a
// throwaway cluster with scripts/pg-test-cluster.sh) the unit stage runs a second pass on PostgreSQL:
// the whole api suite, and the sync property test (integration/: the web's sync code driving the real
// server through the api's harness) with PG_SYNC_PROPERTY_RUNS cases (default 60), and one browser spec end to end (offline
// drafting, sync, review, publication: POSTGRES_E2E_SPEC) against a server on a fresh schema
// (tests/support/server.ts). Their counts join the summary.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowser, ensureInstalled, ensurePnpm, ensureWebBuilt, root, workspacePackages } from './lib/ensure.mjs';

const argv = process.argv.slice(2);
const onlyUnit = argv.includes('--unit');
const onlyE2e = argv.includes('--e2e');
const onlyPostgres = argv.includes('--postgres');
const onlyStatic = argv.includes('--static');
const postgresUrl = process.env.TEST_DATABASE_URL || null;
const playwrightArgs = onlyE2e ? argv.slice(argv.indexOf('--e2e') + 1) : [];

// Caps, so that a hung runner still ends in a counted failure far below CI's 90 minutes.
const RUNNER_TIMEOUT_MS = 35 * 60_000; // Playwright (its own globalTimeout is 30 min)
const UNIT_TIMEOUT_MS = 10 * 60_000; // each package's vitest run
const STATIC_TIMEOUT_MS = 20 * 60_000; // each static check (type-aware ESLint took 8 min on a busy 2-core machine)
const tmp = mkdtempSync(join(tmpdir(), 'clearinghouse-test-'));
const results = []; // { name, passed, failed, skipped, seconds, note }
const suiteStart = Date.now();
let interrupted = null; // the signal that asked us to stop: no further runner starts

function banner(text) {
  console.log(`\n=== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);
}

/** Spawn with inherited output; resolves { code, signal, timedOut }. Never rejects. */
function runInherited(cmd, args, { cwd, env, timeoutMs = RUNNER_TIMEOUT_MS }) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n[test] ${cmd} ${args.join(' ')} ran past ${timeoutMs / 60_000} min: killing it`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, timeoutMs);
    const forward = (signal) => {
      interrupted = signal;
      try {
        process.kill(-child.pid, signal);
      } catch {
        /* gone */
      }
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (err) => {
      clearTimeout(timer);
      console.error(`[test] could not start ${cmd}: ${err.message}`);
      resolveRun({ code: 127, signal: null, timedOut });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolveRun({ code, signal, timedOut });
    });
  });
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch (err) {
    console.error(`[test] unreadable report ${path}: ${err.message}`);
    return null;
  }
}

/** Record a runner's counts; a non-zero exit without any reported failure counts as one failure. */
function record(name, counts, exit, started) {
  const seconds = (Date.now() - started) / 1000;
  let { passed = 0, failed = 0, skipped = 0 } = counts ?? {};
  let note = '';
  if (!counts) {
    failed += 1;
    note = `crashed: no report (exit ${exit.signal ?? exit.code}${exit.timedOut ? ', timed out' : ''})`;
  } else if (exit.code !== 0 && failed === 0) {
    failed += 1;
    note = `exit ${exit.signal ?? exit.code} with no failing test reported: counted as a failure`;
  } else if (exit.code === 0 && failed > 0) {
    note = 'exit 0 despite failures';
  }
  results.push({ name, passed, failed, skipped, seconds, note });
}

// ---- vitest ----------------------------------------------------------------------------------------

function vitestCounts(report) {
  if (!report || !Array.isArray(report.testResults)) return null;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of report.testResults) {
    const assertions = file.assertionResults ?? [];
    for (const a of assertions) {
      if (a.status === 'passed') passed += 1;
      else if (a.status === 'failed') failed += 1;
      else skipped += 1; // pending, skipped, todo, disabled
    }
    // A file that failed to load (syntax error, failing import, hook error) has no failing test of its own.
    if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) failed += 1;
  }
  return { passed, failed, skipped };
}

async function runVitest(pkg, { label = '', env = {}, files = [] } = {}) {
  const dir = join(root, pkg);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const name = `${manifest.name ?? pkg}${label}`;
  const bin = join(dir, 'node_modules', '.bin', 'vitest');
  if (!manifest.scripts?.test || !/\bvitest\b/.test(manifest.scripts.test)) return; // not a vitest package
  banner(`unit: ${name}`);
  const started = Date.now();
  if (!existsSync(bin)) {
    console.error(`[test] ${name}: vitest is not installed (${bin})`);
    record(name, null, { code: 127 }, started);
    return;
  }
  const out = join(tmp, `vitest-${`${pkg}${label}`.replace(/\W/g, '_')}.json`);
  rmSync(out, { force: true });
  const exit = await runInherited(
    bin,
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, '--passWithNoTests', ...files],
    {
      cwd: dir,
      env: { ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }), ...env },
      timeoutMs: UNIT_TIMEOUT_MS,
    },
  );
  record(name, vitestCounts(readJson(out)), exit, started);
}

// ---- static checks ---------------------------------------------------------------------------------

/**
 * The house rules that are not tests: ESLint (type-aware: no floating or misused promises, SQL only in
 * api/src/db, liveQuery only through observe()) and knip (no dead files, exports or dependencies). Each
 * counts as one test in the summary: passed when it exits 0.
 */
const STATIC_CHECKS = [
  { name: 'eslint', bin: 'eslint', args: ['.'] },
  { name: 'knip', bin: 'knip', args: ['--no-progress'] },
];

async function runStaticChecks() {
  banner('static checks: eslint, knip');
  const started = Date.now();
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failedNames = [];
  // Type-aware linting of web reads the tsconfig SvelteKit generates: a clean clone has none yet.
  const svelteKit = join(root, 'web', 'node_modules', '.bin', 'svelte-kit');
  if (existsSync(svelteKit)) await runInherited(svelteKit, ['sync'], { cwd: join(root, 'web'), env: {}, timeoutMs: STATIC_TIMEOUT_MS });
  for (const check of STATIC_CHECKS) {
    if (interrupted) break;
    const bin = join(root, 'node_modules', '.bin', check.bin);
    const exit = existsSync(bin)
      ? await runInherited(bin, check.args, { cwd: root, env: {}, timeoutMs: STATIC_TIMEOUT_MS })
      : (console.error(`[test] ${check.name} is not installed (${bin})`), { code: 127 });
    if (exit.code === 0) counts.passed += 1;
    else {
      counts.failed += 1;
      failedNames.push(check.name);
    }
  }
  record('static checks', counts, { code: counts.failed ? 1 : 0 }, started);
  if (failedNames.length) results.at(-1).note = `failed: ${failedNames.join(', ')}`;
}

// ---- Playwright -----------------------------------------------------------------------------------

function playwrightCounts(report) {
  if (!report?.stats) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  // Errors outside any test (global setup, a spec that does not load) fail the run.
  const outside = Array.isArray(report.errors) ? report.errors.length : 0;
  return { passed: expected + flaky, failed: unexpected + (unexpected === 0 ? outside : 0), skipped };
}

/** The browser spec that also runs on PostgreSQL: a request answered offline, synced, reviewed, published. */
const POSTGRES_E2E_SPEC = ['specs/secretariat.spec.ts', '--grep', 'answered offline'];

async function runPlaywright(browserPath, { label = '', args = playwrightArgs, databaseUrl = '' } = {}) {
  const name = `playwright${label}`;
  banner(`browser: @clearinghouse/tests (Playwright)${label}`);
  const started = Date.now();
  const dir = join(root, 'tests');
  const out = join(tmp, `${name.replace(/\W/g, '_')}.json`);
  const bin = join(dir, 'node_modules', '.bin', 'playwright');
  if (!existsSync(bin)) {
    console.error(`[test] Playwright is not installed (${bin})`);
    record(name, null, { code: 127 }, started);
    return;
  }
  const exit = await runInherited(bin, ['test', ...args], {
    cwd: dir,
    // An empty TEST_DATABASE_URL keeps the main browser run on SQLite.
    env: { E2E_JSON_OUTPUT: out, CHROMIUM_PATH: browserPath, TEST_DATABASE_URL: databaseUrl },
  });
  record(name, playwrightCounts(readJson(out)), exit, started);
}

// ---- main -----------------------------------------------------------------------------------------

function summary() {
  banner('summary');
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const r of results) {
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
    const line = `${r.name.padEnd(36)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed ${String(r.skipped).padStart(4)} skipped ${r.seconds.toFixed(1).padStart(7)} s`;
    console.log(r.note ? `${line}  (${r.note})` : line);
  }
  console.log(`total time ${((Date.now() - suiteStart) / 1000).toFixed(1)} s`);
  rmSync(tmp, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed;
}

async function main() {
  let browserPath;
  try {
    banner('prepare');
    const pnpm = ensurePnpm();
    console.log(`[test] pnpm ${pnpm.version}, node ${process.version}`);
    ensureInstalled(pnpm);
    if (!onlyUnit && !onlyStatic && (!onlyPostgres || postgresUrl)) {
      ensureWebBuilt(pnpm);
      // The end-to-end tests run the server the way `pnpm start` does: the API bundle.
      const { ensureApiBuilt } = await import('./lib/api-build.mjs');
      await ensureApiBuilt();
      browserPath = await ensureBrowser();
      console.log(`[test] browser: ${browserPath}`);
    }
  } catch (err) {
    console.error(`[test] preparing failed: ${err.message}`);
    results.push({ name: 'prepare', passed: 0, failed: 1, skipped: 0, seconds: (Date.now() - suiteStart) / 1000, note: err.message });
    process.exitCode = 1;
    summary();
    return;
  }

  if (!onlyE2e && !onlyPostgres && !interrupted) await runStaticChecks();
  if (onlyStatic) {
    process.exitCode = summary() > 0 ? 1 : 0;
    return;
  }
  if (!onlyE2e && !onlyPostgres) {
    for (const pkg of workspacePackages()) {
      if (pkg === 'tests' || interrupted) continue;
      // The SQLite pass: a TEST_DATABASE_URL in the environment is for the PostgreSQL pass only.
      await runVitest(pkg, { env: { TEST_DATABASE_URL: '' } });
    }
  }
  if (!onlyE2e && postgresUrl) {
    // The same api suite on PostgreSQL: every test context in its own schema (api/src/test/harness.ts).
    const env = { TEST_DATABASE_URL: postgresUrl };
    if (!interrupted) await runVitest('api', { label: ' (postgres)', env });
    const runs = process.env.PG_SYNC_PROPERTY_RUNS || '60';
    if (!interrupted)
      await runVitest('integration', {
        label: ' sync (postgres)',
        env: { ...env, SYNC_PROPERTY_RUNS: runs },
        files: ['src/sync.property.test.ts'],
      });
    if (!onlyUnit && !interrupted) {
      await runPlaywright(browserPath, { label: ' (postgres)', args: POSTGRES_E2E_SPEC, databaseUrl: postgresUrl });
    }
  } else if (!onlyE2e) {
    console.log(`\n[test] TEST_DATABASE_URL is not set: no PostgreSQL pass${onlyPostgres ? ' (--postgres needs it)' : ''}`);
    if (onlyPostgres) results.push({ name: 'postgres', passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'TEST_DATABASE_URL not set' });
  }
  if (!onlyUnit && !onlyPostgres && !interrupted) await runPlaywright(browserPath);
  if (interrupted) results.push({ name: 'interrupted', passed: 0, failed: 1, skipped: 0, seconds: 0, note: `stopped by ${interrupted}` });

  const failed = summary();
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
