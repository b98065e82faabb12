#!/usr/bin/env node
// `pnpm dev`: the API (reloading on change) on 8787 and Vite's dev server, which proxies /api to it.
import { spawn } from 'node:child_process';
import { ensureInstalled, ensurePnpm, root } from './lib/ensure.mjs';

const pnpm = ensurePnpm();
ensureInstalled(pnpm);
const children = [
  spawn(pnpm.cmd, [...pnpm.args, '--filter', '@clearinghouse/api', 'dev'], { cwd: root, stdio: 'inherit' }),
  spawn(pnpm.cmd, [...pnpm.args, '--filter', '@clearinghouse/web', 'dev'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children)
  c.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
