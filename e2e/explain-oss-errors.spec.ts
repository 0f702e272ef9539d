import { expect, test, type Page } from '@playwright/test';
import { chooseFile, openBuilder, ossError, setMaxSize, upload } from './support/builder.ts';

interface Case {
  name: string;
  code: string;
  message: RegExp;
  arrange: (page: Page) => Promise<void>;
  fileBytes?: number;
}

const CASES: Case[] = [
  {
    name: 'a key outside the starts-with prefix',
    code: 'AccessDenied',
    message: /Policy Condition failed: \["starts-with", "\$key", "uploads\/"\]/,
    arrange: (page) => page.getByLabel('Object key').fill('elsewhere/${filename}'),
  },
  {
    name: 'an expired policy',
    code: 'AccessDenied',
    message: /Policy expired/,
    arrange: async (page) => {
      await page.getByLabel('At an instant').check();
      await page.getByLabel('Expires at (ISO 8601)').fill('2020-01-01T00:00:00.000Z');
    },
  },
  {
    name: 'a wrong secret',
    code: 'SignatureDoesNotMatch',
    message: /signature/i,
    arrange: (page) => page.getByLabel('AccessKey secret').fill('not-the-sandbox-secret'),
  },
  {
    name: 'a file over the size range',
    code: 'EntityTooLarge',
    message: /exceeds the maximum allowed size/,
    arrange: (page) => setMaxSize(page, 10),
    fileBytes: 100,
  },
  {
    name: 'the key after the file',
    code: 'InvalidArgument',
    message: /'key'/,
    arrange: async (page) => {
      await page.getByText('Advanced: send fields in a custom order').click();
      await page.getByLabel('Field order').selectOption('key-after-file');
    },
  },
  {
    name: 'an unknown AccessKey',
    code: 'InvalidAccessKeyId',
    message: /does not exist in our records/,
    arrange: (page) => page.getByLabel('AccessKey ID').fill('LTAI5tUnknownKeyForE2E'),
  },
];

for (const testCase of CASES) {
  test(`${testCase.name} shows ${testCase.code}, OSS's message and our explanation`, async ({
    page,
  }) => {
    await openBuilder(page);
    await testCase.arrange(page);
    await chooseFile(page, { body: 'x'.repeat(testCase.fileBytes ?? 20) });

    const status = await upload(page);
    await expect(status).toContainText(`OSS refused the upload: ${testCase.code}`);
    const region = ossError(page);
    await expect(region).toBeVisible();
    await expect(region.getByRole('definition').first()).toContainText(testCase.code);
    await expect(region).toContainText(testCase.message);
    await expect(region).toContainText('RequestId');
    await expect(region.getByRole('heading', { name: 'What it means' })).toBeVisible();
    await expect(region.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  });
}

test('one click extends an expired policy, and the upload then succeeds', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('At an instant').check();
  await page.getByLabel('Expires at (ISO 8601)').fill('2020-01-01T00:00:00.000Z');
  await chooseFile(page);
  await upload(page);
  await ossError(page)
    .getByRole('button', { name: /Extend the expiration/ })
    .click();
  await expect(page.getByLabel('Valid for')).toHaveValue('1');
  const status = await upload(page);
  await expect(status).toContainText('Uploaded: HTTP 201');
});

test('one click puts the key first again', async ({ page }) => {
  await openBuilder(page);
  await page.getByText('Advanced: send fields in a custom order').click();
  await page.getByLabel('Field order').selectOption('key-after-file');
  await chooseFile(page);
  await upload(page);
  await ossError(page)
    .getByRole('button', { name: /Put the key first/ })
    .click();
  await expect(page.getByLabel('Field order')).toHaveValue('standard');
  await expect(await upload(page)).toContainText('Uploaded');
});

test('one click corrects a region that does not match the bucket', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Region').fill('cn-beijing');
  await chooseFile(page);
  await expect(await upload(page)).toContainText('OSS refused the upload');
  await ossError(page)
    .getByRole('button', { name: /Use the bucket's region, cn-hangzhou/ })
    .click();
  await expect(page.getByLabel('Region')).toHaveValue('cn-hangzhou');
  await expect(await upload(page)).toContainText('Uploaded');
});

test('the fields an error concerns are marked in the form', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Object key').fill('elsewhere/${filename}');
  await chooseFile(page);
  await upload(page);
  const keyField = page.locator('.field').filter({ has: page.getByLabel('Object key') });
  await expect(keyField).toContainText('points at this field');
  await ossError(page).getByRole('button', { name: 'key', exact: true }).click();
  await expect(page.getByLabel('Object key')).toBeFocused();
});
