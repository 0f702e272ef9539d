import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { recordViolations } from './support/csp-violations.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

// dist/ (built by `npm run test:e2e`) served by a plain static server under a sub-path, as on a
// GitHub Pages project site or a folder of an OSS static website (docs/deploy.md).
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const PREFIX = '/tools/oss/';

let host: StaticServer;
test.beforeAll(async () => {
  host = await serveStatic(DIST, PREFIX);
});
test.afterAll(async () => {
  await host.stop();
});

test('dist/ under /tools/oss/ on a static host loads every asset, signs and passes the self-test', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const origin = new URL(host.url).origin;
  const answers: { path: string; status: number }[] = [];
  const failed: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin) answers.push({ path: url.pathname, status: response.status() });
  });
  page.on('requestfailed', (request) => failed.push(request.url()));

  // The folder without its slash: the host redirects, then every relative URL resolves inside it.
  const response = await page.goto(host.url.replace(/\/$/, ''));
  expect(response?.url()).toBe(host.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // No sandbox on a static host: the page says so and targets OSS.
  await expect(page.getByText('No local sandbox answered at /__sandbox/info')).toBeVisible();
  await expect(page.getByLabel('OSS public cloud')).toBeChecked();

  await page.getByLabel('Bucket').fill('examplebucket');
  await page.getByLabel('Region').fill('cn-hangzhou');
  await page.getByLabel('AccessKey ID').fill('LTAI5tSubPathExample');
  await page.getByLabel('AccessKey secret').fill('a-secret-typed-into-a-sub-path-page');
  // Signed in the page with Web Crypto: the V4 credential scope and a hex signature in the form.
  await expect(
    page.getByRole('row', { name: /x-oss-credential LTAI5tSubPathExample\/\d{8}\/cn-hangzhou\// }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /^\d+ x-oss-signature [0-9a-f]{64}\b/ }),
  ).toBeVisible();

  // The sections loaded with import() after first paint resolve inside the folder too.
  const tabs = page.getByRole('tablist', { name: 'Snippet language' }).getByRole('tab');
  await expect(tabs.first()).toBeVisible();
  for (let index = 0; index < (await tabs.count()); index += 1) await tabs.nth(index).click();
  await page.getByRole('button', { name: 'Run self-test' }).click();
  await expect(page.getByText('7 of 7 vectors pass.')).toBeVisible();

  expect(failed).toEqual([]);
  const outside = answers.filter((answer) => !answer.path.startsWith(PREFIX));
  // Outside the folder: the redirect, and the origin-rooted sandbox probe (a static host has none).
  expect(outside).toEqual([
    { path: PREFIX.replace(/\/$/, ''), status: 301 },
    { path: '/__sandbox/info', status: 404 },
  ]);
  const inside = answers.filter((answer) => answer.path.startsWith(PREFIX));
  expect(inside.filter((answer) => answer.status !== 200)).toEqual([]);
  expect(inside.map((answer) => answer.path)).toEqual(
    expect.arrayContaining([PREFIX, `${PREFIX}favicon.svg`]),
  );
  expect(
    inside.filter((answer) => answer.path.startsWith(`${PREFIX}assets/`)).length,
  ).toBeGreaterThan(3);
  expect(await violations()).toEqual({ violations: [], console: [] });
});
