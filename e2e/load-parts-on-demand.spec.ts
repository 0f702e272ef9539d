import { expect, test, type Page } from '@playwright/test';
import { chooseFile, openBuilder, ossError, upload } from './support/builder.ts';

// What only an action needs loads on demand: the dry run once a file is chosen, the sender once
// the user uploads, the error explainer (with the catalog) once an upload answers with an error,
// the callback inspector once it answers at all, the importer (the readers of pasted text, the
// import's result view and policy diff) once the user imports.

function scriptsRequested(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const name = /\/assets\/([^/?]+\.js)/.exec(request.url())?.[1];
    if (name) names.push(name);
  });
  return names;
}

test('the dry run and the error explainer load only once they are needed', async ({ page }) => {
  const scripts = scriptsRequested(page);
  await openBuilder(page);
  const onDemand = (prefix: string) => scripts.some((name) => name.startsWith(prefix));
  expect(onDemand('dry-run-')).toBe(false);
  expect(onDemand('explain-answer-')).toBe(false);
  expect(onDemand('send-and-read-')).toBe(false);
  expect(onDemand('callback-inspector-')).toBe(false);

  await chooseFile(page);
  const checks = page.getByRole('region', { name: 'Checks and dry run' });
  await expect(checks).toContainText('OSS would accept this upload.');
  expect(onDemand('dry-run-')).toBe(true);
  expect(onDemand('explain-answer-')).toBe(false);

  await page.getByLabel('AccessKey secret').fill('not-the-sandbox-secret');
  await upload(page);
  await expect(ossError(page)).toContainText('SignatureDoesNotMatch');
  expect(onDemand('explain-answer-')).toBe(true);
  // The sender with the readers of its answer came with the upload; no callback was sent, so
  // there is no callback to inspect.
  expect(onDemand('send-and-read-')).toBe(true);
  expect(onDemand('callback-inspector-')).toBe(false);
  // An English reader downloads no translation (src/ui/i18n/texts.ts loads them for 简体中文 only).
  expect(scripts.filter((name) => name.includes('texts-zh'))).toEqual([]);
});

test('a Chinese reader gets the translations before the first render', async ({ page }) => {
  const scripts = scriptsRequested(page);
  await page.addInitScript(() => localStorage.setItem('oss-postobject-builder.locale', 'zh-CN'));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The first render waits for them (main.tsx): the language switch is already named 语言.
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  expect(scripts.filter((name) => name.includes('texts-zh')).length).toBeGreaterThan(5);
});

test('a part that cannot load says what is missing, never a blank screen', async ({ page }) => {
  await page.route('**/assets/dry-run-*.js', (route) => route.abort());
  await openBuilder(page);
  await chooseFile(page);
  const crash = page.getByRole('alert').filter({ hasText: 'Something broke on this page' });
  await expect(crash).toContainText('Could not load the dry run', { timeout: 15_000 });
  await expect(crash.getByRole('button', { name: 'Reload the page' })).toBeVisible();
});

const CURL = 'curl -F key=imported/a.txt -F file=@a.txt http://127.0.0.1:9/bucket';

test('the importer loads only once the user imports', async ({ page }) => {
  const scripts = scriptsRequested(page);
  await openBuilder(page);
  // Everything the page loads by itself has loaded: the sections after the first view too.
  await expect(page.getByRole('heading', { name: 'Self-test' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.some((name) => name.startsWith('importer-'))).toBe(false);

  await page.getByLabel('Paste to import').fill(CURL);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(result.getByRole('heading', { name: /Imported a curl command/ })).toBeVisible();
  expect(scripts.some((name) => name.startsWith('importer-'))).toBe(true);
  await expect(page.getByLabel('Object key')).toHaveValue('imported/a.txt');
});

test('what is imported while the importer loads is read once it has', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/importer-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await openBuilder(page);
  await page.getByLabel('Paste to import').fill(CURL);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const section = page.getByRole('region', { name: 'Import' });
  await expect(section.getByRole('status')).toContainText(
    `Reading the ${CURL.length} characters pasted`,
  );
  release();
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(result.getByRole('heading', { name: /Imported a curl command/ })).toBeVisible();
  await expect(page.getByLabel('Object key')).toHaveValue('imported/a.txt');
  await expect(section.getByRole('status')).toHaveCount(0);
});

test('an importer that cannot load says so in the section, and the paste is kept', async ({
  page,
}) => {
  await page.route('**/assets/importer-*.js', (route) => route.abort());
  await openBuilder(page);
  await page.getByLabel('Paste to import').fill(CURL);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const section = page.getByRole('region', { name: 'Import' });
  await expect(section.getByRole('alert')).toContainText('Could not load the importer');
  await expect(page.getByLabel('Paste to import')).toHaveValue(CURL);
  // The rest of the page still answers: no crash screen, the form still signs.
  await expect(page.getByText('Something broke on this page')).toHaveCount(0);
  await page.getByLabel('Object key', { exact: true }).fill('still/signing/${filename}');
  await expect(page.locator('.signed-form').getByText('still/signing/').first()).toBeVisible();
  // Once the server answers again, importing again works.
  await page.unroute('**/assets/importer-*.js');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(result.getByRole('heading', { name: /Imported a curl command/ })).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
});

test('a callback inspector that cannot load says so under the answer of a callback upload', async ({
  page,
}) => {
  const scripts = scriptsRequested(page);
  await page.route('**/assets/callback-inspector-*.js', (route) => route.abort());
  await openBuilder(page);
  await page.getByText('Callback (optional)', { exact: true }).click();
  await page.getByLabel('Callback URLs').fill('http://callback.invalid/oss/callback');
  await page.getByLabel('Callback body', { exact: true }).fill('object=${object}');
  await chooseFile(page);
  const status = await upload(page);
  await expect(status).toContainText('203');
  const section = page.getByRole('region', { name: 'Test upload' });
  await expect(section.getByRole('alert')).toContainText(
    "Could not load the upload callback's details",
  );
  await expect(page.getByText('Something broke on this page')).toHaveCount(0);
  expect(scripts.some((name) => name.startsWith('callback-inspector-'))).toBe(true);
});

test('a sender that cannot load says that nothing was sent, and the next upload goes', async ({
  page,
}) => {
  await page.route('**/assets/send-and-read-*.js', (route) => route.abort());
  await openBuilder(page);
  await chooseFile(page);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  const section = page.getByRole('region', { name: 'Test upload' });
  await expect(section).toContainText('Could not load the upload sender');
  await expect(section).toContainText('Nothing was sent');
  await page.unroute('**/assets/send-and-read-*.js');
  const status = await upload(page);
  await expect(status).toContainText('Uploaded: HTTP');
  await expect(section).not.toContainText('Could not load the upload sender');
});
