import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 20000, globalSetup: ['src/test/global-setup.ts'] },
});
