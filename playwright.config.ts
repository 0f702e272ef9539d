import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium.ts';

const PREVIEW_PORT = Number(process.env.E2E_PREVIEW_PORT ?? 4173);
// The sandbox `vite preview` starts beside the app (src/sandbox/vite-plugin.ts), with its own data dir.
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 9187);

export default defineConfig({
  testDir: './e2e',
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
