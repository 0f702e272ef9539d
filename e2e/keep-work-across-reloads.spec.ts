import { expect, test } from '@playwright/test';
import { openBuilder } from './support/builder.ts';
import { sandboxFacts } from './support/sandbox.ts';

test('a reload keeps the target, key, conditions and AccessKey ID, never the secret nor the token', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByRole('button', { name: 'Images up to 2 MiB into a user folder' }).click();
  await page.getByLabel('Object key').fill('avatars/${filename}');
  await page.getByLabel('Condition 1 value').fill('avatars/');
  await page.getByLabel('OSS public cloud').check();
  await page.getByLabel('Bucket').fill('my-own-bucket');
  await page.getByLabel('AccessKey ID').fill('LTAI5tMyOwnKeyForTests');
  await page.getByLabel('AccessKey secret').fill('my-very-own-secret');
  await page.getByLabel('Security token').fill('my-sts-token-value');

  await page.reload();
  await expect(page.getByLabel('Object key')).toHaveValue('avatars/${filename}');
  await expect(page.getByLabel('Condition 1 value')).toHaveValue('avatars/');
  await expect(page.getByLabel('OSS public cloud')).toBeChecked();
  await expect(page.getByLabel('Bucket')).toHaveValue('my-own-bucket');
  await expect(page.getByLabel('AccessKey ID')).toHaveValue('LTAI5tMyOwnKeyForTests');
  await expect(page.getByLabel('AccessKey secret')).toHaveValue('');
  await expect(page.getByLabel('Security token')).toHaveValue('');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).toContain('avatars/');
  expect(stored).not.toContain('my-very-own-secret');
  expect(stored).not.toContain('my-sts-token-value');
});

test('in sandbox mode a reload keeps the work and the sandbox signs again', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Object key').fill('uploads/kept/${filename}');
  await page.reload();
  await openBuilder(page);
  await expect(page.getByLabel('Object key')).toHaveValue('uploads/kept/${filename}');
  await expect(page.getByLabel('The local sandbox')).toBeChecked();
  // The sandbox's public demo secret comes back from the sandbox, not from storage.
  await expect(page.getByLabel('AccessKey secret')).not.toHaveValue('');
  await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('No problems');
});

test('Start over forgets the kept form, also for the next reload', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Object key').fill('somewhere/${filename}');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByLabel('Object key')).toHaveValue('uploads/${filename}');
  await expect(page.getByLabel('AccessKey secret')).not.toHaveValue('');
  await page.reload();
  await openBuilder(page);
  await expect(page.getByLabel('Object key')).toHaveValue('uploads/${filename}');
});

test('a share link opened in sandbox mode keeps the demo secret and asks for nothing', async ({
  page,
  request,
}) => {
  const facts = await sandboxFacts(request);
  await openBuilder(page);
  await page.getByLabel('Object key').fill('uploads/shared/${filename}');
  const link = await page
    .getByRole('region', { name: 'Share this setup' })
    .getByRole('textbox')
    .inputValue();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByLabel('Object key')).toHaveValue('uploads/shared/${filename}');
  await expect(page.getByLabel('AccessKey ID')).toHaveValue(facts.accessKeyId);
  await expect(page.getByLabel('AccessKey secret')).toHaveValue(facts.accessKeySecret);
  await expect(page.locator('.share-secret-note')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('No problems');
});

test('a share link with another AccessKey ID in sandbox mode asks for its secret', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByLabel('AccessKey ID').fill('LTAI5tSomebodyElsesKey');
  const link = await page
    .getByRole('region', { name: 'Share this setup' })
    .getByRole('textbox')
    .inputValue();
  await page.goto('about:blank');
  await page.goto(link);
  const secret = page.getByLabel('AccessKey secret');
  await expect(page.getByLabel('AccessKey ID')).toHaveValue('LTAI5tSomebodyElsesKey');
  await expect(secret).toHaveValue('');
  await expect(secret).toBeFocused();
  await expect(page.getByText('Opened from a share link')).toBeVisible();
});
