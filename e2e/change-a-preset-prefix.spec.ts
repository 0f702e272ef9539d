import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder } from './support/builder.ts';

test('a preset’s key moved to another folder: the condition is updated from the key, in one click', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByRole('button', { name: 'Images up to 2 MiB into a user folder' }).click();
  const key = page.getByLabel('Object key');
  await key.fill('avatars/${filename}');
  const verdict = page.getByRole('status', { name: 'Verdict' });
  await expect(verdict).toContainText('problem');
  await page.getByRole('button', { name: 'Update condition 1 to “avatars/” too' }).click();
  await expect(page.getByLabel('Condition 1 value')).toHaveValue('avatars/');
  await expect(verdict).toContainText('No problems');
  await expect(page.getByRole('button', { name: /too$/ })).toHaveCount(0);
  await chooseFile(page, { name: 'me.png', mimeType: 'image/png' });
  await expect(verdict).toContainText('OSS would accept me.png: stored as avatars/me.png');
});
