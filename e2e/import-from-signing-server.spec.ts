import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';
import { readObject, sandboxFacts } from './support/sandbox.ts';
import { startSigningServer } from './support/signing-server.ts';

for (const version of ['v1', 'v4'] as const) {
  test(`a ${version.toUpperCase()} signing server answer is fetched, linted, fills the builder and uploads as it is`, async ({
    page,
    request,
  }) => {
    const facts = await sandboxFacts(request);
    const dir = `signing-server-${version}-${Date.now()}/`;
    const server = await startSigningServer(facts, version, dir);
    try {
      await openBuilder(page);
      await page.getByLabel('Signing server URL').fill(server.url);
      await page.getByRole('button', { name: 'Fetch and import' }).click();

      const result = page.getByRole('region', { name: 'Import result' });
      await expect(result).toContainText(
        `Imported a signing server answer (${version.toUpperCase()}) from ${server.url}`,
      );
      expect(server.answered()).toBe(1);
      if (version === 'v1') {
        // The builder is on V4: the import asks before switching to the legacy signature.
        await expect(page.getByLabel('Object key')).not.toHaveValue(`${dir}\${filename}`);
        await page.getByRole('button', { name: 'Switch to V1 and import' }).click();
        await expect(page.getByText('Signature version: v4 → v1')).toBeVisible();
      }
      // It says what it changed, as the page names the inputs.
      await expect(page.getByText('The import changed these inputs:')).toBeVisible();
      await expect(page.getByText(/^Object key: .* → /)).toBeVisible();
      // The core's lint of what came in: nothing wrong with a well-signed answer.
      await expect(result.getByText('No findings', { exact: false })).toBeVisible();
      await expect(result.getByRole('rowheader', { name: 'policy' })).toBeVisible();
      // Decoded: the policy the server signed, readable.
      await expect(result.getByLabel('Decoded policy')).toContainText(`"${dir}"`);
      // The builder holds it now.
      await expect(page.getByLabel('Object key')).toHaveValue(`${dir}\${filename}`);
      await expect(page.getByLabel('Signature version')).toHaveValue(version);
      await expect(page.getByLabel('AccessKey ID')).toHaveValue(facts.accessKeyId);

      const bytes = await chooseFile(page, { name: `server ${version}.txt` });
      await result.getByRole('button', { name: 'Upload with the imported fields' }).click();
      const status = page.getByRole('status', { name: 'Upload result' });
      await expect(status).toContainText('Uploaded: HTTP 204', { timeout: 20_000 });
      const stored = `${facts.endpoint}/${dir}${encodeURIComponent(`server ${version}.txt`)}`;
      expect((await readObject(request, stored)).equals(bytes)).toBe(true);
    } finally {
      await server.stop();
    }
  });
}

test('a signing server that cannot be reached is explained, and nothing changes', async ({
  page,
}) => {
  await openBuilder(page);
  const key = await page.getByLabel('Object key').inputValue();
  await page.getByLabel('Signing server URL').fill('http://127.0.0.1:9/sign');
  await page.getByRole('button', { name: 'Fetch and import' }).click();
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(result).toContainText('Nothing imported');
  await expect(result).toContainText('CORS');
  await expect(page.getByLabel('Object key')).toHaveValue(key);
});

test('after importing a signing server answer the builder signs it again and uploads', async ({
  page,
  request,
}) => {
  const facts = await sandboxFacts(request);
  const dir = `resigned-${Date.now()}/`;
  const server = await startSigningServer(facts, 'v4', dir);
  try {
    await openBuilder(page);
    await page.getByLabel('Signing server URL').fill(server.url);
    await page.getByRole('button', { name: 'Fetch and import' }).click();
    await expect(page.getByLabel('Object key')).toHaveValue(`${dir}\${filename}`);
    const bytes = await chooseFile(page, { name: 'again.txt' });
    const status = await upload(page);
    await expect(status).toContainText('Uploaded: HTTP 204');
    const url = await status
      .getByRole('link', { name: 'Open the stored object' })
      .getAttribute('href');
    expect(url).toContain(`/${dir}again.txt`);
    expect((await readObject(request, url!)).equals(bytes)).toBe(true);
  } finally {
    await server.stop();
  }
});
