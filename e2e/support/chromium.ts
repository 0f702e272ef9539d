import type { LaunchOptions } from '@playwright/test';
import { findChromiumHere } from './find-chromium.ts';

/**
 * The Chromium find-chromium.ts finds (PLAYWRIGHT_CHROMIUM_PATH, the system's Chromium or Chrome,
 * Playwright's own download). Without one, the e2e run stops in its global setup with a message
 * saying how to get one (e2e/support/global-setup.ts); the bench says the same on launch.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = findChromiumHere();
  return {
    ...(browser.found ? { executablePath: browser.path } : {}),
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

/** Throws the finder's message when there is no browser to drive. */
export function requireChromium(): void {
  const browser = findChromiumHere();
  if (!browser.found) throw new Error(browser.message);
}
