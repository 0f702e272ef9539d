import { expect, test } from '@playwright/test';
import { chooseFile } from './support/builder.ts';

// A key of your own, so a bucket of your own: in sandbox mode the sandbox would refuse it.
test.beforeEach(async ({ page }) => {
  await page.goto('/');
  // After the sandbox is found (it would take the target back otherwise).
  await expect(page.getByText('local sandbox').first()).toBeVisible();
  await page.getByLabel('OSS public cloud').check();
  await page.getByLabel('AccessKey ID').fill('LTAI5tCheckBeforeSending');
  await page.getByLabel('AccessKey secret').fill('check-before-sending-secret');
});

test('a finding points at its field: clicking it focuses the input', async ({ page }) => {
  await page.getByLabel('Object key').fill('elsewhere/${filename}');
  const checks = page.getByRole('region', { name: 'Checks and dry run' });
  await expect(
    checks.getByRole('heading', { name: /Errors: OSS will refuse this form/ }),
  ).toBeVisible();
  await checks.getByRole('button', { name: 'Go to key' }).first().click();
  await expect(page.getByLabel('Object key')).toBeFocused();
});

test('the dry run gives OSS verdict on the chosen file before sending, with the final key', async ({
  page,
}) => {
  await page.getByLabel('Object key').fill('uploads/photos/${filename}');
  await chooseFile(page, { name: 'cat.png', body: Buffer.alloc(2048, 1), mimeType: 'image/png' });
  const checks = page.getByRole('region', { name: 'Checks and dry run' });
  await expect(checks).toContainText('OSS would accept this upload.');
  await expect(checks).toContainText('uploads/photos/cat.png');

  await page.getByLabel('Condition 2 maximum size').fill('1');
  await page.getByLabel('Condition 2 maximum unit').selectOption('KB');
  await expect(checks).toContainText('OSS would refuse this upload.');
  await expect(checks).toContainText('EntityTooLarge');
  await checks.getByRole('button', { name: /Widen the size range/ }).click();
  await expect(checks).toContainText('OSS would accept this upload.');
  await expect(page.getByLabel('Condition 2 maximum size')).toHaveValue('2');
});
