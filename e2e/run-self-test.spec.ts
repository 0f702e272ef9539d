import { expect, test } from '@playwright/test';
import { openBuilder } from './support/builder.ts';

test('the self-test runs every published vector through Web Crypto and all pass', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByRole('button', { name: 'Run self-test' }).click();
  const table = page.getByRole('table', { name: 'Self-test results' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(page.getByText('7 of 7 vectors pass.')).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText('pass');
  await expect(table.getByText('fail', { exact: true })).toHaveCount(0);
});
