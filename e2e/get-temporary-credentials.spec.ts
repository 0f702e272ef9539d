import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';

for (const version of ['v4', 'v1'] as const) {
  test(`temporary credentials from a URL (the sandbox STS) sign a ${version.toUpperCase()} upload that succeeds`, async ({
    page,
  }) => {
    await openBuilder(page);
    await page.getByLabel('Signature version').selectOption(version);
    await page.getByText('Get temporary credentials from a URL').click();
    await expect(page.getByLabel('Credentials URL')).toHaveValue('/__sandbox/sts');
    await page.getByRole('button', { name: 'Get temporary credentials' }).click();
    await expect(page.getByText('Temporary credentials filled in')).toBeVisible();

    await expect(page.getByLabel('AccessKey ID')).toHaveValue(/^STS\./);
    await expect(page.getByLabel('Security token')).not.toHaveValue('');
    await expect(page.getByText('x-oss-security-token', { exact: true }).first()).toBeVisible();

    await chooseFile(page);
    const status = await upload(page);
    await expect(status).toContainText('Uploaded: HTTP 201');
  });
}

test('an STS answer without the credentials says what is missing', async ({ page }) => {
  await openBuilder(page);
  await page.getByText('Get temporary credentials from a URL').click();
  await page.getByLabel('Credentials URL').fill('/__sandbox/info');
  await page.getByLabel('Method').selectOption('GET');
  await page.getByRole('button', { name: 'Get temporary credentials' }).click();
  await expect(
    page.getByText(/has no AccessKeyId, AccessKeySecret and SecurityToken/),
  ).toBeVisible();
});
