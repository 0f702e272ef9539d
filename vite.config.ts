/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite-plugins/csp.ts';
import { ossSandbox } from './src/sandbox/vite-plugin.ts';

export default defineConfig({
  // ossSandbox: the local OSS sandbox beside `vite` and `vite preview`, at /__sandbox/* on the app's origin.
  plugins: [react(), cspPlugin(), ossSandbox()],
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
