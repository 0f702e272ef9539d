import type { Page } from '@playwright/test';

/**
 * Presses Tab up to `maxPresses` times (stopping early at `stopAt`) and returns the name of every
 * control that took the focus: its label, else its aria-label, else its text.
 */
export async function tabThrough(
  page: Page,
  maxPresses: number,
  stopAt?: string,
): Promise<Set<string>> {
  const reached = new Set<string>();
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const label = element.id
        ? document.querySelector(`label[for="${element.id}"]`)?.textContent
        : null;
      return (label ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    });
    reached.add(name);
    if (name === stopAt) break;
  }
  return reached;
}
