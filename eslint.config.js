import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/build/',
      '**/dist/',
      '**/.svelte-kit/',
      'tests/test-results/',
      'tests/playwright-report/',
      'data/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The app is served at the origin's root (no kit.paths.base), so resolve() would add nothing.
      'svelte/no-navigation-without-resolve': 'off',
      // Flags every Map/Set/Date in rune modules, including deliberately non-reactive bookkeeping
      // (timers, pending saves); reactive state here is declared with $state explicitly.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'api/src/test/**/*.ts', 'bench/**/*.ts', '**/*-fixtures.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // liveQuery loses track of reads after an await unless its querier is async: use observe() instead.
    files: ['web/src/**/*.ts', 'web/src/**/*.svelte'],
    ignores: ['web/src/lib/db/observe.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', importNames: ['liveQuery'], message: 'Use observe() from $lib/db/observe.ts (see its comment).' }] },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
