import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';

test.describe('at 1440×900, the result stays in view while you build', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the verdict and Copy signature are on screen; a key off the prefix is reported there and at the key', async ({
    page,
  }) => {
    await openBuilder(page);
    const verdict = page.getByRole('status', { name: 'Verdict' });
    await expect(verdict).toBeInViewport();
    await expect(verdict).toContainText('No problems');
    await expect(page.getByRole('button', { name: 'Copy signature' })).toBeInViewport();

    const key = page.getByLabel('Object key');
    await key.fill('user/123/${filename}');
    await page.getByLabel('Condition 1 value').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await expect(page.getByLabel('Condition 1 value')).toBeInViewport();
    await expect(verdict).toBeInViewport();
    await expect(verdict).toContainText('problem');
    // The key input itself describes the finding, naming the starts-with row of the user.
    await expect(key).toHaveAccessibleDescription(/condition \d.*starts-with.*uploads\//);
  });

  test('Copy signature and Copy policy put exactly the shown values on the clipboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBuilder(page);
    for (const [button, shown] of [
      ['Copy signature', '.signature-value'],
      ['Copy policy', '.policy-value'],
    ] as const) {
      const text = (await page.locator(shown).textContent()) ?? '';
      expect(text.length).toBeGreaterThan(20);
      await page.getByRole('button', { name: button }).click();
      await expect(page.getByText('Copied').first()).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }
  });

  test('Go to the first problem focuses and outlines the exact input', async ({ page }) => {
    await openBuilder(page);
    await page.getByLabel('Object key').fill('user/123/${filename}');
    await page.getByLabel('Condition 1 value').focus();
    await page.getByRole('button', { name: 'Go to the first problem' }).click();
    const key = page.getByLabel('Object key');
    await expect(key).toBeFocused();
    await expect(page.locator('.just-shown')).toHaveCount(1);
    await expect(page.locator('.just-shown').getByLabel('Object key')).toHaveCount(1);
  });
});

test('at 390×844 the verdict is on screen at any scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openBuilder(page);
  const verdict = page.getByRole('status', { name: 'Verdict' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (const y of [0, height / 3, (2 * height) / 3, height]) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await expect(verdict).toBeInViewport();
  }
  // No sideways scrolling on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the header language switch sets <html lang> and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  // In Chinese the switch is named 语言 (English readers still find `Language`).
  await expect(page.getByRole('combobox', { name: '语言', exact: true })).toHaveValue('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an answer shown for an earlier form is marked stale after an edit', async ({ page }) => {
  await openBuilder(page);
  await chooseFile(page);
  await expect(await upload(page)).toContainText('Uploaded');
  await expect(page.getByText(/^Stale:/)).toHaveCount(0);
  await page.getByLabel('Object key').fill('uploads/changed/${filename}');
  await expect(page.getByText(/^Stale:/)).toBeVisible();
});
