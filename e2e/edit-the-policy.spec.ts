import { expect, test } from '@playwright/test';

test('the raw policy JSON and the condition rows stay in sync both ways', async ({ page }) => {
  await page.goto('/');
  const json = page.getByLabel('Policy JSON');
  await expect(json).toContainText('"starts-with"');

  // Rows → JSON: a new prefix shows up in the JSON at once.
  await page.getByLabel('Condition 1 value').fill('users/bob/');
  await expect(json).toHaveValue(/"users\/bob\/"/);

  // JSON → rows: a syntax error is pointed at, a valid edit updates the rows.
  await json.fill('{\n  "expiration": "2031-01-01T00:00:00.000Z",\n  "conditions": [,]\n}');
  await expect(page.getByText(/Line 3, column 18: Invalid JSON/)).toBeVisible();
  await json.fill(
    JSON.stringify(
      {
        expiration: '2031-01-01T00:00:00.000Z',
        conditions: [
          ['eq', '$Content-Type', 'image/png'],
          ['content-length-range', 1, 2097152],
        ],
      },
      null,
      2,
    ),
  );
  await expect(page.getByText(/Invalid JSON/)).toHaveCount(0);
  await expect(page.getByLabel('Condition 1 kind')).toHaveValue('eq');
  await expect(page.getByLabel('Condition 1 field')).toHaveValue('Content-Type');
  await expect(page.getByLabel('Condition 2 maximum size')).toHaveValue('2');
  await expect(page.getByLabel('Condition 2 maximum unit')).toHaveValue('MB');
  await expect(page.getByLabel('At an instant')).toBeChecked();
  await expect(page.getByLabel('Expires at (ISO 8601)')).toHaveValue('2031-01-01T00:00:00.000Z');
  await expect(page.getByText('2031-01-01T00:00:00.000Z UTC')).toBeVisible();
});

test('a preset fills key, conditions and fields; the signed form follows', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Images up to 2 MiB into a user folder' }).click();
  await expect(page.getByLabel('Object key')).toHaveValue('users/alice/${filename}');
  const table = page.getByRole('table');
  await expect(table).toContainText('users/alice/${filename}');
  // No fixed Content-Type: each file's own type is sent, so the image/ condition judges the file.
  await expect(table).not.toContainText('image/png');
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText('key');
  await expect(rows.last()).toContainText('file');
});

test('bucket names are checked as typed and -internal endpoints warned about', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('OSS public cloud').check();
  await page.getByLabel('Bucket').fill('My_Bucket');
  await expect(page.getByText('Use lower-case letters, digits and hyphens only')).toBeVisible();
  await page.getByLabel('Bucket').fill('my-bucket');
  await page.getByLabel('Region').fill('ap-southeast-1');
  await expect(page.getByLabel('Endpoint', { exact: true })).toHaveValue(
    'https://my-bucket.oss-ap-southeast-1.aliyuncs.com',
  );
  await page.getByLabel('Custom domain').check();
  await page
    .getByLabel('Endpoint', { exact: true })
    .fill('https://my-bucket.oss-cn-hangzhou-internal.aliyuncs.com');
  await expect(page.getByText(/only reachable from inside Alibaba Cloud/)).toBeVisible();
});
