import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium.ts';
import { freePortSync } from './e2e/support/free-port.ts';

// Free ports unless told otherwise, so `npm test` runs beside a dev server or another run. The
// choice is written back to the environment: Playwright's workers re-read this file and must agree.
process.env.E2E_PREVIEW_PORT ??= String(freePortSync());
const PREVIEW_PORT = Number(process.env.E2E_PREVIEW_PORT);
// The sandbox `vite preview` starts beside the app (src/sandbox/vite-plugin.ts), with its own data
// dir; 0 lets it take a free port (the page and the tests find it through /__sandbox/info).
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 0);

export default defineConfig({
  testDir: './e2e',
  // Stops the run with one message when no Chromium or Chrome is installed (find-chromium.ts).
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    url: `http://127.0.0.1:${PREVIEW_PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      E2E_SANDBOX_PORT: String(SANDBOX_PORT),
      OSS_SANDBOX_DATA_DIR: process.env.OSS_SANDBOX_DATA_DIR ?? '.sandbox-data/e2e',
    },
  },
});
