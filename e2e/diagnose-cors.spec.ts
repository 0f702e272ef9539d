import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, ossError, upload } from './support/builder.ts';
import { putCors, resetCors, sandboxFacts } from './support/sandbox.ts';

test('a CORS rule for another origin is diagnosed, the rule offered, the plain form shows the raw answer', async ({
  page,
  request,
}) => {
  const { endpoint } = await sandboxFacts(request);
  await putCors(request, endpoint, ['https://some-other-site.example']);
  try {
    await openBuilder(page);
    await chooseFile(page);
    const status = await upload(page);
    await expect(status).toContainText('no readable answer (status 0)');

    const origin = new URL(page.url()).origin;
    const region = ossError(page);
    await expect(region).toContainText('No readable answer (status 0)');
    await expect(region.getByText('Most likely CORS.')).toBeVisible();
    const rule = page.getByLabel('CORS rule for this page');
    await expect(rule).toContainText(`<AllowedOrigin>${origin}</AllowedOrigin>`);
    await expect(rule).toContainText('<AllowedMethod>POST</AllowedMethod>');

    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Send as a plain HTML form in a new tab' }).click(),
    ]);
    await popup.waitForLoadState();
    // OSS's raw answer: the 201 PostResponse XML, whatever the CORS rule says.
    await expect.poll(() => popup.content()).toContain('PostResponse');
    expect(await popup.content()).toContain('ETag');
  } finally {
    await resetCors(request, endpoint);
  }
});
