import { expect, test } from '@playwright/test';
import { buildPostForm, renderCurlSnippet, renderHtmlFormSnippet } from '../src/oss/index.ts';
import { chooseFile, openBuilder, upload } from './support/builder.ts';
import { readObject, sandboxFacts, type SandboxFacts } from './support/sandbox.ts';

function theirForm(facts: SandboxFacts, prefix: string) {
  return buildPostForm({
    target: { bucket: facts.bucket, region: facts.region, endpoint: facts.endpoint },
    signatureVersion: 'v4',
    credentials: { accessKeyId: facts.accessKeyId, accessKeySecret: facts.accessKeySecret },
    key: `${prefix}\${filename}`,
    expiration: { secondsFromNow: 900 },
    conditions: [
      ['starts-with', '$key', prefix],
      ['content-length-range', 1, 65536],
      ['eq', '$success_action_status', '201'],
    ],
    fields: [
      { name: 'success_action_status', value: '201' },
      { name: 'x-oss-meta-origin', value: 'imported' },
    ],
  });
}

const SOURCES = [
  ['a curl command', renderCurlSnippet, 'Imported a curl command (V4)'],
  ['an HTML form', renderHtmlFormSnippet, 'Imported an HTML form (V4)'],
] as const;

for (const [name, render, heading] of SOURCES) {
  test(`pasting ${name} fills the builder, shows its lint, and the upload succeeds`, async ({
    page,
    request,
  }) => {
    const facts = await sandboxFacts(request);
    const prefix = `imported/${name.replace(/\W+/g, '-')}-${Date.now()}/`;
    const text = render(await theirForm(facts, prefix));
    expect(text).not.toContain(facts.accessKeySecret);

    await openBuilder(page);
    await page.getByLabel('Paste to import').fill(text);
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const result = page.getByRole('region', { name: 'Import result' });
    await expect(result).toContainText(heading);
    // The core's lint of what came in: the metadata field no condition covers.
    await expect(result).toContainText(
      '"x-oss-meta-origin" is sent but no policy condition covers it',
    );
    await expect(page.getByLabel('Object key')).toHaveValue(`${prefix}\${filename}`);
    await expect(page.getByLabel('Condition 1 value')).toHaveValue(prefix);
    await expect(page.getByText('x-oss-meta-origin').first()).toBeVisible();
    // The diff of the imported policy against the builder's, signed again here.
    await expect(
      page.getByRole('region', { name: "Imported policy → the builder's policy" }),
    ).toBeVisible();

    const bytes = await chooseFile(page, { name: 'imported.txt' });
    const status = await upload(page);
    await expect(status).toContainText('Uploaded: HTTP 201');
    const url = await status
      .getByRole('link', { name: 'Open the stored object' })
      .getAttribute('href');
    expect(url).toContain(`/${prefix}imported.txt`);
    expect((await readObject(request, url!)).equals(bytes)).toBe(true);
    const head = await request.head(url!);
    expect(head.headers()['x-oss-meta-origin']).toBe('imported');
  });
}

test('a curl command that sends the file before the key is linted as OSS would refuse it', async ({
  page,
}) => {
  await openBuilder(page);
  await page
    .getByLabel('Paste to import')
    .fill('curl -F policy=e30= -F file=@a.txt -F key=a.txt http://127.0.0.1:9/examplebucket');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(result).toContainText('Errors: OSS will refuse this form');
  await expect(result).toContainText('The file part comes before key');
});

test('text that is no form is refused with a reason', async ({ page }) => {
  await openBuilder(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import result' })).toContainText(
    'Nothing to import',
  );
});
