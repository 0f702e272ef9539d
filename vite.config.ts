/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite-plugins/csp.ts';
import { ossSandbox } from './src/sandbox/vite-plugin.ts';

export default defineConfig({
  // ossSandbox: the local OSS sandbox beside `vite` and `vite preview`, at /__sandbox/* on the app's origin.
  plugins: [react(), cspPlugin(), ossSandbox()],
  // Relative asset URLs: dist/ works from any directory of any static host (GitHub Pages project
  // sites, a folder of an OSS static website, an intranet path), docs/deploy.md.
  // https://vite.dev/guide/build.html#relative-base
  base: './',
  build: {
    target: 'es2022',
    // Everything the entry imports statically travels in one chunk beside it, not in dozens of
    // small shared chunks: on a slow link each extra request is another round trip before the
    // first signature (bench first-signature). What loads on demand keeps its own chunks.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'first-view', tags: ['$initial'] }] } },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
