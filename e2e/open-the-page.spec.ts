import { expect, test } from '@playwright/test';

test('the built page opens with its title and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page).toHaveTitle(/OSS PostObject Builder/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/OSS PostObject Builder/);
  expect(errors).toEqual([]);
});
