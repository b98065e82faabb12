// Throwaway operator walkthrough (not committed): demo instance → backup → stop → restore → screenshots.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, openSync } from 'node:fs';
import { chromium } from '@playwright/test';
const root = '/work/wt-ops';
const W = '/tmp/ops-walk';
const sh = (args, env) => { const r = spawnSync('node', ['scripts/cli.mjs', ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' }); console.log(`$ pnpm cli ${args.join(' ')}\n${r.stdout}${r.stderr}(exit ${r.status})`); return r; };
async function start(dataDir, port, demo, log) {
  const fd = openSync(log, 'a');
  const child = spawn('node', ['api/dist/server.mjs'], { cwd: root, stdio: ['ignore', fd, fd], env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, WEB_DIR: `${root}/web/build`, ...(demo ? { DEMO: '1' } : {}) } });
  for (;;) { try { if ((await fetch(`http://127.0.0.1:${port}/api/ready`)).ok) return child; } catch {} await new Promise(r => setTimeout(r, 200)); }
}
const src = await start(`${W}/src`, 18801, true, `${W}/src.log`);
const password = /password for all: (\S+)\)/.exec(readFileSync(`${W}/src.log`, 'utf8'))[1];
const sec = /secretariat\s+(\S+@\S+)/.exec(readFileSync(`${W}/src.log`, 'utf8'))[1];
sh(['backup', '--out', `${W}/backups/demo.tar.gz`], { DATA_DIR: `${W}/src` });
src.kill('SIGTERM'); await new Promise(r => src.once('exit', r));
console.log(readFileSync(`${W}/src.log`, 'utf8').split('\n').filter(l => l.includes('server.st')).join('\n'));
sh(['restore', '--from', `${W}/backups/demo.tar.gz`], { DATA_DIR: `${W}/dst` });
copyFileSync(`${W}/src/secret.key`, `${W}/dst/secret.key`);
const dst = await start(`${W}/dst`, 18802, false, `${W}/dst.log`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ baseURL: 'http://127.0.0.1:18802', viewport: { width: 1280, height: 900 } });
await page.goto('/states/BEN'); await page.waitForLoadState('networkidle');
await page.screenshot({ path: `${W}/1-public-benin-restored.png`, fullPage: false });
await page.goto('/signin'); await page.getByLabel(/^email/i).fill(sec); await page.getByLabel(/^password/i).fill(password);
await page.getByRole('button', { name: /^sign in$/i }).click(); await page.waitForURL(/\/app/);
await page.goto('/app/inbox'); await page.waitForLoadState('networkidle');
await page.getByRole('link', { name: /benin/i }).first().click(); await page.waitForURL(/review/); await page.waitForLoadState('networkidle');
await page.getByText(/confidential/i).first().waitFor();
await page.screenshot({ path: `${W}/2-review-benin-restored.png`, fullPage: false });
await browser.close(); dst.kill('SIGTERM'); await new Promise(r => dst.once('exit', r));
