import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openBuilder } from './support/builder.ts';
import { sandboxFacts } from './support/sandbox.ts';

const TABS = [
  ['HTML form', 'HTML form snippet', 'upload.html'],
  ['curl', 'curl snippet', 'upload.sh'],
  ['JavaScript (fetch / XHR)', 'JavaScript (fetch / XHR) snippet', 'oss-upload.js'],
  ['Node signer', 'Node signer snippet', 'sign-post.mjs'],
  ['Python signer', 'Python signer snippet', 'sign_post.py'],
  ['Go signer', 'Go signer snippet', 'sign_post.go'],
  ['Java signer', 'Java signer snippet', 'SignPostForm.java'],
] as const;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('each snippet copies and downloads exactly the text its region shows, never the secret', async ({
  page,
  request,
}) => {
  const { accessKeySecret } = await sandboxFacts(request);
  await openBuilder(page);
  // Make the form unique so the snippets are visibly of the current form.
  const key = `snippets/copy-${Date.now()}/\${filename}`;
  await page.getByLabel('Object key').fill(key);

  for (const [tab, region, fileName] of TABS) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const panel = page.getByRole('region', { name: region });
    const code = panel.locator('pre code');
    await expect(code).toContainText('snippets/copy-');
    const shown = (await code.textContent()) ?? '';
    expect(shown).not.toContain(accessKeySecret);

    await panel.getByRole('button', { name: `Copy ${tab}` }).click();
    await expect(panel.getByText(`Copied the ${tab} snippet`)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: `Download ${fileName}` }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(fileName);
    expect(readFileSync((await saved.path())!, 'utf8')).toBe(shown);
  }
});

test('the HTML form snippet follows the form live and names the key first, file last', async ({
  page,
  request,
}) => {
  const { accessKeySecret } = await sandboxFacts(request);
  await openBuilder(page);
  const region = page.getByRole('region', { name: 'HTML form snippet' });
  await expect(region).toBeVisible();
  await page.getByLabel('Object key').fill('live/${filename}');
  await expect(region).toContainText('value="live/${filename}"');
  await page.getByLabel('Object key').fill('live-again/${filename}');
  await expect(region).toContainText('value="live-again/${filename}"');
  const text = (await region.locator('pre code').textContent()) ?? '';
  expect(text).not.toContain(accessKeySecret);
  expect(text.indexOf('name="key"')).toBeLessThan(text.indexOf('name="policy"'));
  expect(text.indexOf('type="file"')).toBeGreaterThan(text.lastIndexOf('type="hidden"'));
});

test('the snippet tabs are reachable and switch with the arrow keys', async ({ page }) => {
  await openBuilder(page);
  const first = page.getByRole('tab', { name: 'HTML form', exact: true });
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'curl', exact: true })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'curl', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('region', { name: 'curl snippet' })).toContainText('curl');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Mini program' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(first).toBeFocused();
});
