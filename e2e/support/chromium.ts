import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, not a Playwright download (our machines cannot fetch browsers).
 * PLAYWRIGHT_CHROMIUM_PATH overrides the path.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...(runningAsRoot ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
    ],
  };
}
