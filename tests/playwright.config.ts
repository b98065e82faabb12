/**
 * End-to-end tests against the production server (api/src/index.ts serving the built web app) on a
 * fresh DATA_DIR: see global-setup.ts. Run with `pnpm test` from the repo root (it builds the web app
 * and finds a browser first) or `pnpm test:e2e` when web/build is current.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, defineConfig } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(here, 'test-results');

/** CHROMIUM_PATH, else Playwright's own Chromium when it is installed, else Debian's. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* no browser registry entry */
  }
  return '/usr/bin/chromium';
}

export default defineConfig({
  testDir: './specs',
  outputDir: resultsDir,
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  fullyParallel: false,
  workers: 1, // 2-core machines; the server shares them
  retries: 0, // tests must be deterministic, not retried into green
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  globalTimeout: 30 * 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_OUTPUT ?? join(resultsDir, 'results.json') }]],
  use: {
    // baseURL comes from the server global setup started: see fixtures.ts.
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    video: 'off',
    locale: 'en-GB',
    timezoneId: 'UTC',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
