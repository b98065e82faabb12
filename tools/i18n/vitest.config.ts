import { defineConfig } from 'vitest/config';

// Each test formats whole dictionaries with prettier: seconds on a busy machine, not milliseconds.
export default defineConfig({ test: { testTimeout: 60_000 } });
