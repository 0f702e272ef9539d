import { expect, test } from '@playwright/test';
import { openBuilder } from './support/builder.ts';

test('two policies compare by condition: added, removed, changed and the expiration', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByLabel('First policy').fill(
    JSON.stringify({
      expiration: '2030-01-01T00:00:00.000Z',
      conditions: [
        { bucket: 'examplebucket' },
        ['starts-with', '$key', 'uploads/'],
        ['content-length-range', 1, 1024],
      ],
    }),
  );
  // The second as the Base64 policy field, with the conditions in another order.
  const second = {
    expiration: '2031-01-01T00:00:00.000Z',
    conditions: [
      ['content-length-range', 1, 2048],
      ['eq', '$bucket', 'examplebucket'],
      ['eq', '$success_action_status', '201'],
    ],
  };
  await page
    .getByLabel('Second policy')
    .fill(Buffer.from(JSON.stringify(second)).toString('base64'));

  const diff = page.getByRole('region', { name: 'First policy → second policy' });
  await expect(diff).toContainText(
    'expiration 2030-01-01T00:00:00.000Z → 2031-01-01T00:00:00.000Z',
  );
  await expect(diff.getByRole('listitem').filter({ hasText: 'added' })).toContainText(
    '["eq","$success_action_status","201"]',
  );
  await expect(diff.getByRole('listitem').filter({ hasText: 'removed' })).toContainText(
    '["starts-with","$key","uploads/"]',
  );
  await expect(
    diff.getByRole('listitem').filter({ hasText: 'changed content-length-range' }),
  ).toContainText('["content-length-range",1,1024] → ["content-length-range",1,2048]');
  await expect(diff).toContainText('1 condition(s) unchanged.');
});

test('an empty side is the builder policy; an unreadable side says why', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Second policy').fill('{"expiration": oops}');
  await expect(page.locator('#compare-second-error')).toBeVisible();
  await page.getByLabel('Second policy').fill(
    JSON.stringify({
      expiration: '2030-01-01T00:00:00.000Z',
      conditions: [{ bucket: 'examplebucket' }],
    }),
  );
  const diff = page.getByRole('region', { name: "the builder's policy → second policy" });
  await expect(
    diff.getByRole('listitem').filter({ hasText: 'removed' }).filter({ hasText: '$key' }),
  ).toContainText('["starts-with","$key","uploads/"]');
});
