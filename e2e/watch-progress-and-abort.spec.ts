import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder } from './support/builder.ts';

test('a slow upload shows bytes, percent, speed and time left, and abort stores nothing', async ({
  page,
  request,
}) => {
  await openBuilder(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 256 * 1024,
  });
  const name = `slow-${Date.now()}.bin`;
  await chooseFile(page, {
    name,
    body: Buffer.alloc(3 * 1024 * 1024, 7),
    mimeType: 'application/octet-stream',
  });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();

  const progress = page.getByRole('progressbar', { name: 'Upload progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByText(/of 3 MiB \(\d+(\.\d)?%\) · .*\/s · .* left/)).toBeVisible();
  await page.getByRole('button', { name: 'Abort' }).click();
  await expect(page.getByRole('status', { name: 'Upload result' })).toContainText(
    'Upload aborted: nothing was stored.',
  );

  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const endpoint = (await page.getByLabel('Endpoint', { exact: true }).inputValue()).replace(
    /\/+$/,
    '',
  );
  const stored = await request.get(`${endpoint}/uploads/${name}`);
  expect(stored.status()).toBe(404);
});
