// Hostile text of up to 5 MB handed to the page: pasted into the import box, fetched from a
// signing server, typed into the key, the callback and the policy editor. Each gives a result or
// a refusal that names the limit, and the page still answers a keystroke afterwards.
import { expect, test, type Page } from '@playwright/test';
import {
  HOSTILE_BYTES,
  curlWithFields,
  fillTo,
  policyWithConditions,
  signingServerAnswer,
} from '../bench/page-hostile-inputs.ts';
import { openBuilder } from './support/builder.ts';

/** A keystroke in the Object key still reaches the signed form. */
async function answersAKeystroke(page: Page): Promise<void> {
  const key = page.getByLabel('Object key', { exact: true });
  await key.fill('still/responsive/${filename}');
  await expect(page.locator('.signed-form').getByText('still/responsive/').first()).toBeVisible();
}

test('a 5 MB curl command pasted into the import box is imported, its first rows shown', async ({
  page,
}) => {
  await openBuilder(page);
  const command = curlWithFields(HOSTILE_BYTES);
  await page.getByLabel('Paste to import').fill(command);
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(result.getByRole('heading', { name: /Imported a curl command/ })).toBeVisible();
  await expect(result).toContainText(
    `The ${command.length} characters pasted were imported at once, not put into the box`,
  );
  await expect(result).toContainText(/Showing the first 200 of \d{6} rows/);
  await expect(result.locator('tbody tr')).toHaveCount(200);
  await expect(page.getByLabel('Paste to import')).toHaveValue('');
  await answersAKeystroke(page);
});

test('a signing server answering 5 MB is imported, its first rows shown', async ({ page }) => {
  const address = 'http://127.0.0.1:9/sign';
  await page.route(address, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: signingServerAnswer(HOSTILE_BYTES),
    }),
  );
  await openBuilder(page);
  await page.getByLabel('Signing server URL').fill(address);
  await page.getByRole('button', { name: 'Fetch and import' }).click();
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(
    result.getByRole('heading', { name: /Imported a signing server answer/ }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(result).toContainText(/Showing the first 200 of \d{6} rows/);
  await answersAKeystroke(page);
});

const REFUSED = [
  ['the Object key', '#object-key', fillTo('k/${filename}', HOSTILE_BYTES)],
  ['an optional field value', '#extra-field-0-value', fillTo('v', HOSTILE_BYTES)],
] as const;

for (const [name, selector, text] of REFUSED) {
  test(`5 MB typed into ${name} is refused with the limit named`, async ({ page }) => {
    await openBuilder(page);
    const input = page.locator(selector);
    const before = await input.inputValue();
    await input.fill(text);
    const alert = page.locator('.input-guard-alert');
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText(`The ${text.length} characters pasted or typed into`);
    await expect(alert).toContainText('the page takes at most 16384 characters in one input');
    await expect(input).toHaveValue(before);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await answersAKeystroke(page);
  });
}

test('a 5 MB callback body is refused; the callback keeps what it had', async ({ page }) => {
  await openBuilder(page);
  await page.locator('details#callback > summary').click();
  const body = page.locator('#callback-body');
  await body.fill('bucket=${bucket}');
  await body.fill(fillTo('a=${x:v}&${', HOSTILE_BYTES));
  await expect(page.locator('.input-guard-alert')).toContainText(
    'the page takes at most 16384 characters in one input',
  );
  await expect(body).toHaveValue('bucket=${bucket}');
  await answersAKeystroke(page);
});

test('the policy editor refuses 5 MB, and a policy of 300 conditions keeps the rows', async ({
  page,
}) => {
  await openBuilder(page);
  const editor = page.locator('#policy-json');
  await editor.fill(policyWithConditions(HOSTILE_BYTES));
  await expect(page.locator('.input-guard-alert')).toContainText(
    'the page takes at most 262144 characters in one input',
  );
  await page.locator('.input-guard-alert').getByRole('button', { name: 'Dismiss' }).click();

  const rowsBefore = await page.getByLabel(/^Condition \d+ kind$/).count();
  await editor.fill(policyWithConditions(300 * 36));
  await expect(page.locator('#policy-json-problems')).toContainText(
    /This policy has \d{3} conditions; the page takes at most 200 in the editor/,
  );
  await expect(page.getByLabel(/^Condition \d+ kind$/)).toHaveCount(rowsBefore);
  await answersAKeystroke(page);
});

test('two full policies compared show their first lines and count the rest', async ({ page }) => {
  await openBuilder(page);
  const first = policyWithConditions(256 * 1024);
  await page.locator('#compare-first').fill(first);
  await page.locator('#compare-second').fill(first.replaceAll('"p', '"q'));
  const compare = page.locator('#compare');
  await expect(compare).toContainText(/Showing the first 200 of \d{4} rows/);
  await expect(compare.locator('.policy-diff li')).toHaveCount(200);
  await answersAKeystroke(page);
});
