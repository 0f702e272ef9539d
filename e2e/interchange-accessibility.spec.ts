import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openBuilder } from './support/builder.ts';
import { tabThrough } from './support/keyboard.ts';

const SECTIONS = ['snippets', 'import', 'compare', 'share', 'self-test'].map(
  (id) => `section[aria-labelledby="${id}-heading"]`,
);

async function seriousViolations(page: Page) {
  let builder = new AxeBuilder({ page });
  for (const selector of SECTIONS) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every interchange section in its fullest state: results, problems, diff, all open. */
async function fillEverything(page: Page) {
  await page.getByRole('button', { name: 'Run self-test' }).click();
  await expect(page.getByText('7 of 7 vectors pass.')).toBeVisible();
  await page
    .getByLabel('Paste to import')
    .fill(
      'curl -F key=a/${filename} -F policy=eyJleHBpcmF0aW9uIjoiMjA0MC0wMS0wMVQwMDowMDowMFoiLCJjb25kaXRpb25zIjpbWyJzdGFydHMtd2l0aCIsIiRrZXkiLCJhLyJdXX0= -F file=@a.txt http://127.0.0.1:9/examplebucket',
    );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import result' })).toBeVisible();
  await page
    .getByLabel('Second policy')
    .fill('{"expiration":"2030-01-01T00:00:00Z","conditions":[{"bucket":"examplebucket"}]}');
  for (const summary of await page.locator(SECTIONS.map((s) => `${s} summary`).join(',')).all()) {
    await summary.click();
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`snippets, import, share and self-test: no serious axe violation, no overflow at 360 px (${scheme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await openBuilder(page);
    await fillEverything(page);
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the keyboard alone reaches the snippet, import, share and self-test controls', async ({
  page,
}) => {
  await openBuilder(page);
  // The import entry heads the Build pane; the snippets and tools follow the upload in Result.
  await page.getByLabel('Paste to import').focus();
  const reached = new Set(['Paste to import', ...(await tabThrough(page, 20, 'Fetch and import'))]);
  await page.getByRole('tab', { name: 'HTML form', exact: true }).focus();
  for (const name of await tabThrough(page, 120, 'Run self-test')) reached.add(name);
  for (const name of [
    'Copy HTML form',
    'Download upload.html',
    'Paste to import',
    'Signing server URL',
    'Fetch and import',
    'Share link',
    'Copy share link',
    'Run self-test',
  ]) {
    expect([...reached], name).toContain(name);
  }
});
