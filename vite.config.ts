/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** React's own chunk (see `codeSplitting`), which also gets the compile hint. */
const REACT_CHUNK = 'react';

export default defineConfig({
  plugins: [
    react(),
    {
      // V8's explicit compile hint: the functions of the entry chunk (the shell) and of
      // React's chunk run at start-up, so V8 compiles them all on a background thread
      // while the file streams in, instead of one by one on the main thread at their
      // first call (cold start at CPU ×4: home 738 → 678 ms, directory 1449 → 1296 ms;
      // hinting every chunk measured worse). The comment must be the file's first line, and Vite prepends its own code
      // after every generateBundle hook, so it is written into the file on disk.
      name: 'entry-compile-hint',
      enforce: 'post',
      writeBundle(options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !(chunk.isEntry || chunk.name === REACT_CHUNK)) continue;
          const file = path.join(options.dir ?? 'dist', chunk.fileName);
          writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
        }
      },
    },
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registration happens in the app (useRegisterSW): no inline script, which the CSP forbids.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'Passerelle',
        short_name: 'Passerelle',
        description:
          'Ressources et information pour les intervenantes et les femmes, partout au Québec, même sans réseau.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b5c6b',
        background_color: '#f7f7f5',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every route chunk and every locale chunk, so that deep links and all languages work offline.
        globPatterns: ['**/*.{js,css,html,svg,png,json,txt,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: the chunk graph the bundle budget (tests/tools/bundle-budget.mjs) reads.
    manifest: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically travels in the entry chunk: one request
        // through the service worker instead of eight, each costing the main thread at
        // start-up (cold start at CPU ×4: home 802 → 757 ms, directory 1492 → 1458 ms).
        // Except React, in a chunk of its own: a release that changes only our code leaves
        // its name, so a device updating on a weak signal skips its 66 KB (gzip). Start-up
        // measured −15 and −18 ms at home, the directory +2 ms: inside the machine's noise
        // (BENCHMARKS.md, session 7). Route chunks stay lazy.
        codeSplitting: {
          groups: [
            { name: REACT_CHUNK, test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'startup', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    reporters: ['default', ['json', { outputFile: 'tests/artifacts/vitest.json' }]],
    testTimeout: 20_000,
  },
});
