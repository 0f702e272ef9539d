import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openBuilder } from './support/builder.ts';
import { tabThrough } from './support/keyboard.ts';

const EDITOR = 'details#callback';

async function openCallback(page: Page) {
  await page.getByText('Callback (optional)', { exact: true }).click();
  await expect(page.getByLabel('Callback URLs')).toBeVisible();
}

/** The signed form's callback field, decoded as OSS reads it. */
async function signedCallback(page: Page): Promise<unknown> {
  const html = page.getByRole('region', { name: 'HTML form snippet' }).locator('pre code');
  await expect(html).toContainText('name="callback"');
  const value = /name="callback" value="([^"]+)"/.exec((await html.textContent()) ?? '')?.[1];
  return JSON.parse(Buffer.from(value ?? '', 'base64').toString('utf8')) as unknown;
}

test('the Policy panel builds the callback, checked as the sandbox would, into the signed form', async ({
  page,
}) => {
  await openBuilder(page);
  await openCallback(page);
  const check = page.getByRole('region', { name: 'Callback check' });
  const urls = page.getByLabel('Callback URLs');
  await urls.fill('http://10.0.0.1/cb');
  await expect(check).toContainText('Private address is forbidden to callback.');
  // The problem shows at the input it is about, for screen readers too.
  await expect(urls).toHaveAttribute('aria-invalid', 'true');
  await expect(urls).toHaveAccessibleDescription(/private or loopback address/);

  await urls.fill('https://cb.example.com/done');
  await expect(page.getByLabel('Callback body', { exact: true })).toHaveAccessibleDescription(
    /no callbackBody/,
  );
  await expect(urls).toHaveAttribute('aria-invalid', 'false');

  await page.getByRole('button', { name: 'Add a callback variable' }).click();
  const name = page.getByLabel('Callback variable 1 name');
  await expect(name).toBeFocused();
  await page.keyboard.type('Order');
  await expect(name).toHaveAccessibleDescription(/must be lower case/);
  await name.fill('order');
  await page.getByLabel('Callback variable 1 value').fill('42');
  // The variable is a form field: the Optional form fields list shows the same row, live.
  await expect(page.getByLabel('Field 2 name')).toHaveValue('x:order');
  await page.getByLabel('Field 2 value').fill('43');
  await expect(page.getByLabel('Callback variable 1 value')).toHaveValue('43');

  await page.getByRole('button', { name: '${object}', exact: true }).click();
  await page.getByRole('button', { name: '${x:order}', exact: true }).click();
  await expect(page.getByLabel('Callback body', { exact: true })).toHaveValue(
    'object=${object}&order=${x:order}',
  );
  await expect(check).toContainText('would accept this callback');

  await page.getByLabel('Callback host').fill('cb.example.com');
  await page.getByLabel('Callback body type').selectOption('application/json');
  await page
    .getByLabel('Callback body', { exact: true })
    .fill('{"object":${object},"order":${x:order}}');
  await expect(check).toContainText('would accept this callback');

  // The signed form carries the callback and the x: variable, as OSS reads them.
  await expect(page.getByText('x:order', { exact: true }).first()).toBeVisible();
  expect(await signedCallback(page)).toEqual({
    callbackUrl: 'https://cb.example.com/done',
    callbackHost: 'cb.example.com',
    callbackBody: '{"object":${object},"order":${x:order}}',
    callbackBodyType: 'application/json',
  });
});

test('an imported callback shows in the editor at once (it never goes stale)', async ({ page }) => {
  await openBuilder(page);
  await page.getByText('Callback (optional)', { exact: true }).click();
  await page.getByLabel('Callback URLs').fill('https://old.example.com/cb');
  const callback = Buffer.from(
    JSON.stringify({
      callbackUrl: 'https://new.example.com/cb',
      callbackBody: 'o=${object}&n=${x:n}',
    }),
  ).toString('base64');
  await page
    .getByLabel('Paste to import')
    .fill(
      `curl -F key=a.txt -F callback=${callback} -F x:n=7 -F file=@a.txt http://127.0.0.1:9/examplebucket`,
    );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByLabel('Callback URLs')).toHaveValue('https://new.example.com/cb');
  await expect(page.getByLabel('Callback body', { exact: true })).toHaveValue(
    'o=${object}&n=${x:n}',
  );
  await expect(page.getByLabel('Callback variable 1 name')).toHaveValue('n');
  await expect(page.getByLabel('Callback variable 1 value')).toHaveValue('7');
  expect(await signedCallback(page)).toMatchObject({ callbackUrl: 'https://new.example.com/cb' });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the callback editor with its problems: no serious axe violation, no overflow at 360 px (${scheme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await openBuilder(page);
    await openCallback(page);
    await page.getByLabel('Callback URLs').fill('http://10.0.0.1/cb');
    await page.getByRole('button', { name: 'Add a callback variable' }).click();
    await page.getByLabel('Callback variable 1 name').fill('Upper');
    await expect(page.getByRole('region', { name: 'Callback check' })).toContainText('private');
    const results = await new AxeBuilder({ page }).include(EDITOR).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help}`),
    ).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the keyboard alone opens the callback part and reaches every control', async ({ page }) => {
  await openBuilder(page);
  await page.getByText('Callback (optional)', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Callback URLs')).toBeVisible();
  await page.getByLabel('Callback URLs').fill('https://cb.example.com/done');
  await page.getByRole('button', { name: 'Add a callback variable' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Callback URLs').focus();
  const reached = await tabThrough(page, 40);
  for (const name of [
    'Callback host',
    'Callback body type',
    'Callback body',
    '${bucket}',
    '${imageInfo.format}',
    'Callback variable 1 name',
    'Callback variable 1 value',
    'Remove callback variable 1',
    'Add a callback variable',
  ]) {
    expect([...reached], name).toContain(name);
  }
});
