import { expect, test } from '@playwright/test';

test('a render error shows what happened and a way back, never a blank screen', async ({
  page,
}) => {
  // Break something the page uses while rendering (the local-time display of the expiration).
  await page.addInitScript(() => {
    Date.prototype.toLocaleString = () => {
      throw new Error('toLocaleString is broken in this browser');
    };
  });
  await page.goto('/');
  const crash = page.getByRole('alert').filter({ hasText: 'Something broke on this page' });
  await expect(crash).toBeVisible();
  await expect(crash).toContainText('toLocaleString is broken in this browser');
  await expect(crash.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/OSS PostObject Builder/);
});
