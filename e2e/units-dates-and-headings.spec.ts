import { expect, test } from '@playwright/test';
import { openBuilder } from './support/builder.ts';

test('the sections are numbered in the order shown, or not at all', async ({ page }) => {
  await openBuilder(page);
  const headings = await page.locator('main h2').allTextContents();
  const numbers = headings
    .map((h) => /^(\d+)\./.exec(h)?.[1])
    .filter(Boolean)
    .map(Number);
  expect(numbers).toEqual(numbers.map((_n, index) => index + 1));
});

test('sizes carry the binary units’ names: the preset, the size range, the answer', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByRole('button', { name: 'Images up to 2 MiB into a user folder' }).click();
  await expect(page.getByLabel('Condition 2 maximum unit').locator('option:checked')).toHaveText(
    'MiB',
  );
  await expect(page.getByRole('button', { name: /\b\d+ MB\b/ })).toHaveCount(0);
});

test('the curl snippet posts a file the policy admits', async ({ page }) => {
  await openBuilder(page);
  await page.getByRole('button', { name: 'Images up to 2 MiB into a user folder' }).click();
  await page.getByRole('tab', { name: 'curl', exact: true }).click();
  const curl = page.getByRole('region', { name: 'curl snippet' });
  await expect(curl).toContainText("-F 'file=@./example.png'");
  await expect(curl).not.toContainText('example.txt');
});

test('in Chinese the expiry’s local time is written the Chinese way, whatever the browser', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('oss-postobject-builder.locale', 'zh-CN'));
  await page.goto('/');
  const hint = page.getByText(/（UTC）· 本地时间/);
  await expect(hint).toBeVisible();
  const text = (await hint.textContent()) ?? '';
  expect(text).toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
  expect(text).not.toMatch(/\b(AM|PM)\b/);
  await expect(page.getByRole('button', { name: /最大 2 MiB/ })).toBeVisible();
});
