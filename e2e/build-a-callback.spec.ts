import { expect, test } from '@playwright/test';
import { openBuilder } from './support/builder.ts';

test('the callback builder checks as the sandbox would and puts the callback into the form', async ({
  page,
}) => {
  await openBuilder(page);
  const check = page.getByRole('region', { name: 'Callback check' });
  await page.getByLabel('Call back these URLs').fill('http://10.0.0.1/cb');
  await expect(check).toContainText('Private address is forbidden to callback.');

  await page.getByLabel('Call back these URLs').fill('https://cb.example.com/done');
  await page.getByRole('button', { name: 'Add x: variable' }).click();
  await page.getByLabel('Variable 1 name').fill('x:Order');
  await expect(check).toContainText('must be lower case');
  await page.getByLabel('Variable 1 name').fill('x:order');
  await page.getByLabel('Variable 1 value').fill('42');
  await page.getByLabel('Body template').fill('');
  await page.getByRole('button', { name: '${object}' }).click();
  await expect(page.getByLabel('Body template')).toHaveValue('object=${object}');
  await expect(check).toContainText('would accept this callback');

  await page.getByLabel('Host header for the call').fill('cb.example.com');
  await page.getByLabel('Body type').selectOption('application/json');
  await page.getByLabel('Body template').fill('{"object":${object},"order":${x:order}}');
  await expect(check).toContainText('would accept this callback');
  await page.getByRole('button', { name: 'Use this callback in the form' }).click();
  await expect(page.getByText('The form now sends this callback')).toBeVisible();
  // The signed form now carries the callback and the x: variable.
  await expect(page.getByText('callback', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('x:order', { exact: true }).first()).toBeVisible();

  // The signed form's callback field carries URL, host, body and body type, as OSS reads them.
  const html = page.getByRole('region', { name: 'HTML form snippet' }).locator('pre code');
  await expect(html).toContainText('name="callback"');
  const value = /name="callback" value="([^"]+)"/.exec((await html.textContent()) ?? '')?.[1];
  expect(JSON.parse(Buffer.from(value ?? '', 'base64').toString('utf8'))).toEqual({
    callbackUrl: 'https://cb.example.com/done',
    callbackHost: 'cb.example.com',
    callbackBody: '{"object":${object},"order":${x:order}}',
    callbackBodyType: 'application/json',
  });
});
