// Share links made by an attacker: one that aims signed forms at another host, one nested
// thousands deep, one with 10,000 rows, one with a 1 MB key, one whose expiration is code. The
// page names the host before any secret is typed, never crashes, and never freezes on a link.
import { expect, test, type Page } from '@playwright/test';
import { encodeShareState } from '../src/oss/index.ts';
import { DEFAULT_VALUES } from '../src/app/form/defaults.ts';

const base = {
  ...DEFAULT_VALUES,
  credentials: { signatureVersion: 'v4', accessKeyId: 'LTAI5tVictim' },
};
const linkOf = (state: object) =>
  `/#${encodeShareState(state as Record<string, unknown>).fragment}`;
const fragmentOf = (json: string) => `/#1.${Buffer.from(json, 'utf8').toString('base64url')}`;

/** Requests the page makes to a host, recorded from now on. */
function requestsTo(page: Page, host: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname === host) seen.push(request.url());
  });
  return seen;
}

test('a link aiming signed forms at another host names it before the secret is typed', async ({
  page,
}) => {
  const seen = requestsTo(page, 'attacker.example');
  await page.goto(
    linkOf({
      ...base,
      target: {
        mode: 'custom',
        endpoint: 'http://attacker.example/examplebucket',
        bucket: 'examplebucket',
        region: 'cn-hangzhou',
      },
      credentials: { signatureVersion: 'v1', accessKeyId: 'LTAI5tVictim' },
      expiration: {
        mode: 'absolute',
        amount: 1,
        unit: 'hours',
        absolute: '2099-01-01T00:00:00.000Z',
      },
      conditions: [],
    }),
  );
  const alert = page.getByTestId('share-target-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('This link sends the forms you sign to attacker.example');
  await expect(alert).toContainText('attacker.example is not an OSS host');
  await expect(page.getByLabel('AccessKey secret')).toHaveValue('');

  await page.getByLabel('AccessKey secret').fill('victim-secret-typed-after-opening');
  // The long-lived V1 policy is a finding of its own.
  await expect(
    page.getByText('anyone holding this form can upload with your signature').first(),
  ).toBeVisible();
  expect(seen).toEqual([]);
});

test('a link back to the sandbox raises no target alert', async ({ page }) => {
  await page.goto(linkOf({ ...base, target: { ...base.target, mode: 'sandbox' } }));
  await expect(page.getByLabel('Object key')).toHaveValue(DEFAULT_VALUES.key);
  await expect(page.getByTestId('share-target-alert')).toHaveCount(0);
});

test('a link nested 3,000 deep is a message, and stays one after a reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(fragmentOf(`{"target":${'['.repeat(3000)}${']'.repeat(3000)}}`));
  await expect(page.getByText('The link could not be read')).toBeVisible();
  await expect(page.getByText('nests deeper than 32 levels')).toBeVisible();
  await page.reload();
  await expect(page.getByText('The link could not be read')).toBeVisible();
  await expect(page.getByLabel('Object key')).toBeEditable();
  expect(errors).toEqual([]);
});

test('a link with 10,000 condition rows opens capped, says so, and answers a keystroke', async ({
  page,
}) => {
  const row = DEFAULT_VALUES.conditions[0];
  const conditions = Array.from({ length: 10_000 }, (_, i) => ({
    ...row,
    id: `r${i}`,
    value: `p${i}/`,
  }));
  await page.goto(linkOf({ ...base, target: { ...base.target, mode: 'sandbox' }, conditions }));
  await expect(
    page.getByText('holds 10000 condition rows; the page took the first 200'),
  ).toBeVisible();
  await expect(page.getByLabel('Condition 200 value')).toHaveValue('p199/');
  await expect(page.getByLabel('Condition 201 value')).toHaveCount(0);
  await page.getByLabel('Object key', { exact: true }).fill('p0/after-the-link');
  await expect(page.locator('.signed-form').getByText('p0/after-the-link').first()).toBeVisible();
});

test('a link with a 1 MB object key keeps the page’s key and says why', async ({ page }) => {
  await page.goto(
    linkOf({
      ...base,
      target: { ...base.target, mode: 'sandbox' },
      key: 'k'.repeat(1024 * 1024),
    }),
  );
  await expect(
    page.getByText(
      'The link or import sets “key” to 1048576 characters; the page takes at most 16384',
    ),
  ).toBeVisible();
  await expect(page.getByLabel('Object key', { exact: true })).toHaveValue(DEFAULT_VALUES.key);
  await expect(page.getByLabel('Condition 1 value')).toHaveValue('uploads/');
});

test('an expiration that is code is refused as not a date', async ({ page }) => {
  const absolute = '2030-01-01T00:00:00Z (\u2028window.__pwned=1;alert(5))';
  await page.goto(
    linkOf({
      ...base,
      target: { ...base.target, mode: 'sandbox' },
      expiration: { mode: 'absolute', amount: 1, unit: 'hours', absolute },
    }),
  );
  await expect(page.getByText('is not ISO 8601 UTC').first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
