import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';
import { readObject } from './support/sandbox.ts';

for (const version of ['V4', 'V1'] as const) {
  test(`a ${version} upload to the sandbox succeeds and the stored bytes match`, async ({
    page,
    request,
  }) => {
    await openBuilder(page);
    await page.getByLabel('Signature version').selectOption(version.toLowerCase());
    await page.getByLabel('Object key').fill(`uploads/${version}/\${filename}`);
    const bytes = await chooseFile(page, { name: `${version}-${Date.now()}.txt` });
    await expect(page.getByText('OSS would accept this upload.')).toBeVisible();

    const status = await upload(page);
    await expect(status).toContainText('Uploaded: HTTP 201');
    await expect(status).toContainText('ETag');
    await expect(status.getByText(/^"?[0-9A-F]{32}"?$/i)).toBeVisible();

    const link = status.getByRole('link', { name: 'Open the stored object' });
    const url = await link.getAttribute('href');
    expect(url).toContain(`/uploads/${version}/${version}-`);
    expect((await readObject(request, url!)).equals(bytes)).toBe(true);
  });
}

test('without success_action_status OSS answers 204 and the link still finds the object', async ({
  page,
  request,
}) => {
  await openBuilder(page);
  await page.getByRole('button', { name: 'Remove condition 3' }).click();
  await page.getByRole('button', { name: 'Remove field 1' }).click();
  await page.getByLabel('Object key').fill('uploads/plain/${filename}');
  const bytes = await chooseFile(page, { name: `plain ${Date.now()}.txt` });
  const status = await upload(page);
  await expect(status).toContainText('Uploaded: HTTP 204');
  const url = await status
    .getByRole('link', { name: 'Open the stored object' })
    .getAttribute('href');
  expect(url).toContain('/uploads/plain/plain%20');
  expect((await readObject(request, url!)).equals(bytes)).toBe(true);
});

test('a file dropped on the upload area is the one sent', async ({ page, request }) => {
  await openBuilder(page);
  const name = `dropped-${Date.now()}.txt`;
  const dataTransfer = await page.evaluateHandle((fileName) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['dropped bytes\n'], fileName, { type: 'text/plain' }));
    return transfer;
  }, name);
  await page.getByText('Choose a file or drop one here.').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText(`Chosen: ${name}`)).toBeVisible();
  const status = await upload(page);
  await expect(status).toContainText('Uploaded: HTTP 201');
  const url = await status
    .getByRole('link', { name: 'Open the stored object' })
    .getAttribute('href');
  expect((await readObject(request, url!)).toString()).toBe('dropped bytes\n');
});
