/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite-plugins/csp.ts';
import { bootModulesPlugin } from './vite-plugins/boot-modules.ts';
import { preloadApp } from './vite-plugins/preload-app.ts';

import { ossSandbox } from './src/sandbox/vite-plugin.ts';

const inRepo = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// The page's first script (src/main.tsx) paints the first signature and imports the app
// (src/app/start-app.tsx): each gets one chunk, and index.html fetches both at once.
const FIRST_SCRIPT = inRepo('./src/main.tsx');
const APP = inRepo('./src/app/start-app.tsx');
const boot = bootModulesPlugin(FIRST_SCRIPT, [APP]);

export default defineConfig({
  // ossSandbox: the local OSS sandbox beside `vite` and `vite preview`, at /__sandbox/* on the app's origin.
  plugins: [react(), cspPlugin(), boot.plugin, preloadApp(APP), ossSandbox()],
  // Relative asset URLs: dist/ works from any directory of any static host (GitHub Pages project
  // sites, a folder of an OSS static website, an intranet path), docs/deploy.md.
  // https://vite.dev/guide/build.html#relative-base
  base: './',
  build: {
    target: 'es2022',
    // The first script's modules travel in one chunk, and everything else the app needs at once in
    // another (the app is an entry too, so its static imports are tagged $initial), not in dozens
    // of small shared chunks: on a slow link each extra request is another round trip before the
    // page is ready (bench first-signature). What loads on demand keeps its own chunks.
    rolldownOptions: {
      input: { index: inRepo('./index.html'), app: APP },
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-script', test: boot.has, priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
