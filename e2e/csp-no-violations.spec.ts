import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, ossError, setMaxSize, upload } from './support/builder.ts';
import { recordViolations } from './support/csp-violations.ts';
import { putCors, resetCors, sandboxFacts } from './support/sandbox.ts';

test('a session through every panel, built with the strict CSP, records no CSP violation', async ({
  page,
  request,
}) => {
  const violations = await recordViolations(page);

  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await openBuilder(page);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', /script-src 'self'; style-src 'self'/);

  // 1. Target and 2. Credentials: live edits, the secret shown and hidden, STS from the sandbox.
  await page.getByLabel('Region').fill('cn-hangzhou');
  await page.getByRole('button', { name: 'Show secret' }).click();
  await page.getByRole('button', { name: 'Hide secret' }).click();
  await page.getByText('Get temporary credentials from a URL').click();
  await page.getByRole('button', { name: 'Get temporary credentials' }).click();
  await expect(page.getByText('Temporary credentials filled in')).toBeVisible();

  // 3. Policy and 4. the signed form: a live key, both views of the policy, the body preview.
  await page.getByLabel('Object key').fill('uploads/csp/${filename}');
  await page.locator('summary', { hasText: 'Decoded policy' }).click();
  await page.getByText('Multipart body preview (without the file bytes)').click();
  await expect(page.getByText('x-oss-signature', { exact: true }).first()).toBeVisible();

  // 5. Checks and 6. upload: accepted, then refused and explained.
  await chooseFile(page, { name: 'csp.txt' });
  await expect(page.getByText('OSS would accept this upload.')).toBeVisible();
  await expect(await upload(page)).toContainText('Uploaded: HTTP 201');
  await setMaxSize(page, 10);
  await chooseFile(page, { name: 'csp-large.txt', body: 'x'.repeat(100) });
  await upload(page);
  await expect(ossError(page)).toContainText('EntityTooLarge');

  // A CORS failure: the diagnosis fetch and the plain-form fallback (form-action).
  const { endpoint } = await sandboxFacts(request);
  await putCors(request, endpoint, ['https://some-other-site.example']);
  try {
    await setMaxSize(page, 1024);
    await chooseFile(page, { name: 'csp-cors.txt' });
    await expect(await upload(page)).toContainText('no readable answer (status 0)');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Send as a plain HTML form in a new tab' }).click(),
    ]);
    await popup.waitForLoadState();
    await expect.poll(() => popup.content()).toContain('PostResponse');
  } finally {
    await resetCors(request, endpoint);
  }

  // The sections loaded with import() after first paint: every snippet tab, a download (blob:),
  // the self-test (Web Crypto on the spec vectors) and the share link.
  await expect(page.getByRole('region', { name: 'HTML form snippet' })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Snippet language' }).getByRole('tab');
  for (let index = 0; index < (await tabs.count()); index += 1) await tabs.nth(index).click();
  await tabs.first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download / }).click();
  await download;
  await page.getByRole('button', { name: 'Run self-test' }).click();
  await expect(page.getByText(/\d+ of \d+ vectors pass/)).toBeVisible();
  await expect(page.locator('#share-link')).not.toHaveValue('');

  expect(await violations()).toEqual({ violations: [], console: [] });
});
