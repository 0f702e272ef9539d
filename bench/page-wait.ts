import type { Page } from '@playwright/test';

/**
 * Polls `expression` (source text) in the page until it is truthy. page.waitForFunction would eval
 * the text inside the page, which the page's Content-Security-Policy (no eval) refuses.
 */
export async function waitInPage(
  page: Page,
  expression: string,
  options: { timeoutMs: number; intervalMs: number },
): Promise<void> {
  const until = Date.now() + options.timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until)
      throw new Error(`timed out after ${options.timeoutMs} ms: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}
