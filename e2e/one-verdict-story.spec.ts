import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';

// A key the sandbox will refuse: the bar, the dry run section and the field say the same thing,
// name the part that differs, offer the sandbox's key in one click, and let go once it is fixed.

test('another secret: one refusal everywhere, naming the secret, fixed in one click', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByLabel('AccessKey secret').fill('not-the-sandbox-secret');
  await chooseFile(page, { name: 'a.txt' });

  const bar = page.getByRole('status', { name: 'Verdict' });
  await expect(bar).toContainText('OSS would refuse a.txt: SignatureDoesNotMatch');
  await expect(bar).toContainText('the secret is not');
  await expect(bar).not.toContainText('not the sandbox’s: it will refuse');
  const checks = page.getByRole('region', { name: 'Checks and dry run' });
  await expect(checks).toContainText('OSS would refuse this upload');
  await expect(checks).not.toContainText('OSS would accept');
  await expect(checks.getByText('SignatureDoesNotMatch', { exact: true })).toBeVisible();
  const secret = page.getByLabel('AccessKey secret');
  await expect(secret).toHaveAccessibleDescription(/SignatureDoesNotMatch/);
  await expect(page.getByLabel('AccessKey ID')).not.toHaveAccessibleDescription(/Signature/);
  await expect(page.locator('.field.flagged')).toHaveCount(1);

  await page.getByRole('button', { name: 'Use the sandbox’s key', exact: true }).click();
  await expect(bar).toContainText('OSS would accept a.txt');
  await expect(checks).toContainText('OSS would accept');
  await expect(secret).not.toHaveAccessibleDescription(/SignatureDoesNotMatch/);
  await expect(page.locator('.field.flagged')).toHaveCount(0);
});

test('another AccessKey ID: InvalidAccessKeyId at the ID, not at the secret', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('AccessKey ID').fill('LTAI5tSomebodyElse');
  await chooseFile(page, { name: 'a.txt' });
  const bar = page.getByRole('status', { name: 'Verdict' });
  await expect(bar).toContainText('InvalidAccessKeyId');
  await expect(bar).toContainText('The AccessKey ID is not the sandbox’s');
  await expect(page.getByLabel('AccessKey ID')).toHaveAccessibleDescription(/InvalidAccessKeyId/);
  await expect(page.getByLabel('AccessKey secret')).not.toHaveAccessibleDescription(
    /InvalidAccessKeyId/,
  );
  // The dry run section's one-click fix is the same one.
  const checks = page.getByRole('region', { name: 'Checks and dry run' });
  await checks.getByRole('button', { name: /Use the sandbox’s key/ }).click();
  await expect(bar).toContainText('OSS would accept a.txt');
});

test('an upload refused for the secret stops outlining it once the secret is fixed', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByLabel('AccessKey secret').fill('not-the-sandbox-secret');
  await chooseFile(page, { name: 'a.txt' });
  await expect(await upload(page)).toContainText('SignatureDoesNotMatch');
  await expect(page.locator('.field.flagged').getByLabel('AccessKey secret')).toHaveCount(1);
  await page.getByRole('button', { name: 'Use the sandbox’s key', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('OSS would accept');
  await expect(page.locator('.field.flagged')).toHaveCount(0);
});
