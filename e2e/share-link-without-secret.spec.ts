import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';
import { readObject, sandboxFacts } from './support/sandbox.ts';

test('a share link restores the builder without the secret; the sandbox’s demo secret comes from the sandbox', async ({
  page,
  browser,
  request,
}) => {
  const facts = await sandboxFacts(request);
  const secret = `unique-secret-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const key = `shared/${Date.now()}/\${filename}`;

  await openBuilder(page);
  await page.getByLabel('Signature version').selectOption('v1');
  await page.getByLabel('Object key').fill(key);
  await page.getByLabel('Condition 1 value').fill('shared/');
  await page.getByLabel('AccessKey secret').fill(secret);
  await page.getByRole('button', { name: 'Copy share link' }).click();

  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#1\./);
  const fragment = decodeURIComponent(link.split('#')[1]);
  const state = Buffer.from(fragment.slice(2), 'base64url').toString('utf8');
  for (const text of [link, page.url(), state]) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(facts.accessKeySecret);
  }
  expect(page.url()).toBe(link);

  const context = await browser.newContext();
  const opened = await context.newPage();
  try {
    await opened.goto(link);
    const secretField = opened.getByLabel('AccessKey secret');
    await expect(opened.getByLabel('Object key')).toHaveValue(key);
    await expect(opened.getByLabel('Signature version')).toHaveValue('v1');
    await expect(opened.getByLabel('Condition 1 value')).toHaveValue('shared/');
    await expect(opened.getByLabel('AccessKey ID')).toHaveValue(facts.accessKeyId);
    // Signed with the sandbox's demo AccessKey ID: its public demo secret is filled in again from
    // /__sandbox/info (not from the link), so nothing is asked (issue 21).
    await expect(secretField).toHaveValue(facts.accessKeySecret);
    await expect(opened.getByText('Opened from a share link')).toHaveCount(0);
    const bytes = await chooseFile(opened, { name: 'shared.txt' });
    const status = await upload(opened);
    await expect(status).toContainText('Uploaded: HTTP 201');
    const url = await status
      .getByRole('link', { name: 'Open the stored object' })
      .getAttribute('href');
    expect(url).toContain('/shared/');
    expect((await readObject(request, url!)).equals(bytes)).toBe(true);
  } finally {
    await context.close();
  }
});

test('a damaged share link says so and leaves the page usable', async ({ page }) => {
  await page.goto('/#1.@@@not-base64');
  await expect(page.getByText('The link could not be read')).toBeVisible();
  await expect(page.getByLabel('AccessKey ID')).not.toHaveValue('');
});
