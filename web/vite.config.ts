import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { assertNoChunkCycles, chunkFor, reportChunks } from './chunking.ts';
import { sharedBarrel } from './shared-barrel.ts';
import { ROUTE_FEATURES } from './src/lib/i18n/route-features.ts';

const API_ORIGIN = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [
    sveltekit(),
    sharedBarrel(),
    {
      // The browser's files only: the server build (used by SvelteKit to analyse routes) keeps Rollup's own.
      name: 'clearinghouse-client-chunks',
      apply: 'build',
      applyToEnvironment: (environment) => environment.name === 'client',
      outputOptions: (options) => ({
        ...options,
        manualChunks: chunkFor(ROUTE_FEATURES['/(app)/app'] ?? [], ROUTE_FEATURES['/(public)'] ?? []),
      }),
      generateBundle: async (_, bundle) => {
        assertNoChunkCycles(bundle);
        if (process.env.CHUNK_REPORT) await reportChunks(bundle);
      },
    },
    SvelteKitPWA({
      strategies: 'generateSW',
      // An update waits for the user (UpdatePrompt): never reload over a draft being written.
      registerType: 'prompt',
      injectRegister: false,
      // adapter-static writes the SPA shell as /index.html; `spa: true` adds it to the precache.
      kit: { adapterFallback: 'index.html', spa: true },
      manifest: {
        id: '/app',
        name: 'Plan of Action clearinghouse',
        short_name: 'Clearinghouse',
        description:
          'Information on the promotion of ratification and full implementation of the Rome Statute, collected and shared by the Secretariat of the Assembly of States Parties.',
        start_url: '/app',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d3557',
        background_color: '#f7f8fa',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        clientsClaim: true,
        // false: the waiting worker activates only when the user accepts the update prompt.
        skipWaiting: false,
        // Not '/': nothing is prerendered, so '/' is never precached and workbox would refuse to
        // install. The precached SPA shell is /index.html, which serves every deep link offline.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        globPatterns: ['client/**/*.{js,css,html,ico,png,svg,webmanifest,woff2}'],
      },
    }),
  ],
  // The autosave's worker (lib/drafts/save-worker.ts) imports modules: an ES module worker.
  worker: { format: 'es' },
  build: {
    // Terser rather than esbuild: the same code ~4 % smaller once gzipped (/app's first load 4.2 KiB
    // less, Dexie and the shell 1.5 and 2.3 of it), for ~35 s more CPU per build. A third compress pass
    // gained 0.1 KiB: two.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, module: true },
  },
  resolve: {
    // Dexie's ES module build for modern browsers (ES2018+, which the app requires anyway): smaller than
    // the ES5 build its package entry wraps. Every import goes through this one alias, so there is a
    // single copy.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: API_ORIGIN, changeOrigin: false } },
  },
  preview: {
    host: '127.0.0.1',
    proxy: { '/api': { target: API_ORIGIN, changeOrigin: false } },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
