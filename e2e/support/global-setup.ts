import { findChromiumHere } from './find-chromium.ts';

/**
 * Runs once before the e2e suite: without a browser, stop here with one message that says how to
 * get one, instead of every test failing on its own with "executable doesn't exist".
 */
// Playwright takes the global setup as the module's default export.
// eslint-disable-next-line import-x/no-default-export
export default function globalSetup(): void {
  const browser = findChromiumHere();
  if (!browser.found) {
    const error = new Error(browser.message);
    error.stack = browser.message; // the message is the whole story: no stack, no code frame
    throw error;
  }
}
