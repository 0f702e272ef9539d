import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';
import { tabThrough } from './support/keyboard.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}

test.describe('no serious or critical axe violation', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the fresh page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openBuilder(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('after a successful upload, with the details open', async ({ page }) => {
    await openBuilder(page);
    await chooseFile(page);
    await expect(await upload(page)).toContainText('Uploaded');
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with an OSS error explained (dark, 360 px wide)', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openBuilder(page);
    await page.getByLabel('AccessKey ID').fill('LTAI5tUnknownKeyForE2E');
    await chooseFile(page);
    await expect(await upload(page)).toContainText('InvalidAccessKeyId');
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the keyboard alone reaches every step, from Endpoint to Upload', async ({ page }) => {
  await openBuilder(page);
  await chooseFile(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const reached = await tabThrough(page, 150, 'Upload');
  for (const name of [
    'Endpoint',
    'Bucket',
    'Region',
    'Signature version',
    'AccessKey ID',
    'AccessKey secret',
    'Security token',
    'Object key',
    'File',
    'Upload',
  ]) {
    expect([...reached], name).toContain(name);
  }
});
