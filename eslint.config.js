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
      // An empty catch says why in a comment (the rule accepts a block holding one).
      'no-empty': 'error',
      // The app is served at the origin's root (no kit.paths.base), so resolve() would add nothing.
      'svelte/no-navigation-without-resolve': 'off',
      // Flags every Map/Set/Date in rune modules, including deliberately non-reactive bookkeeping
      // (timers, pending saves); reactive state here is declared with $state explicitly.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'api/src/test/**/*.ts', 'bench/**/*.ts'],
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
    // All SQL lives in api/src/db (repositories, migrations, storage): the rest of the api asks them.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/db/**', 'api/src/test/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'kysely', message: 'SQL lives in api/src/db: add a repository function there.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]',
          message: 'SQL lives in api/src/db: add a repository function there.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error (an unhandled rejection, a write that
    // silently failed), and an async callback where a plain one is expected is never awaited at all.
    // Where a promise is deliberately left to run, `void` marks it, with a comment saying why.
    files: ['**/*.ts', '**/*.svelte'],
    ignores: ['**/vitest.config.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
