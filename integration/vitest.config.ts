import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const webLib = fileURLToPath(new URL('../web/src/lib', import.meta.url));

export default defineConfig({
  resolve: {
    // The web code imports through SvelteKit's $lib alias, and Dexie's modern build as web does.
    alias: [
      { find: /^\$lib\//, replacement: `${webLib}/` },
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
    ],
  },
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 20000 },
});
