import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder } from './support/builder.ts';

test('a text file under an image-only policy: the file’s type, what is allowed, and the row', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByRole('button', { name: 'Images up to 2 MiB into a user folder' }).click();
  await chooseFile(page, { name: 'notes.txt', mimeType: 'text/plain' });
  const checks = page.getByRole('region', { name: 'Checks and dry run' });
  const sentence =
    'Your file is text/plain; the policy allows image/… (your condition 3). Choose a file of an allowed type, or change condition 3';
  await expect(checks).toContainText(sentence);
  await expect(checks).not.toContainText('either the field it names is not sent before the file');
  // The row that holds the condition says the same.
  await expect(page.getByLabel('Condition 3 value')).toHaveAccessibleDescription(
    /Your file is text\/plain; the policy allows image\/…/,
  );
  // An image passes.
  await chooseFile(page, { name: 'a.png', mimeType: 'image/png' });
  await expect(checks).toContainText('OSS would accept');
});

test('a field-order refusal points at the send-order choice, not the Object key', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByText('Advanced: send fields in a custom order').click();
  await page.getByLabel('Field order').selectOption('key-after-file');
  await chooseFile(page);
  const bar = page.getByRole('status', { name: 'Verdict' });
  await expect(bar).toContainText('OSS would refuse');
  const order = page.getByLabel('Field order');
  await expect(page.locator('.field.flagged').getByLabel('Field order')).toHaveCount(1);
  await expect(order).toHaveAccessibleDescription(/InvalidArgument|MalformedPOSTRequest/);
  await expect(page.locator('.field.flagged').getByLabel('Object key')).toHaveCount(0);
  await expect(page.getByLabel('Object key')).not.toHaveAccessibleDescription(
    /InvalidArgument|MalformedPOSTRequest/,
  );
  await page.getByRole('button', { name: 'Go to the first problem' }).click();
  await expect(order).toBeFocused();
});
