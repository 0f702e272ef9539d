import { expect, test, type Page } from '@playwright/test';
import { sandboxFacts } from './support/sandbox.ts';

// The page asks /__sandbox/info on load and fills the sandbox's target and demo AccessKey. What a
// user chose or typed before that answer came must stay as they left it, whatever the timing:
// each test holds the answer back until the user has acted, then lets it through.

/** Holds /__sandbox/info back; call the returned function to let it answer. */
async function holdSandboxInfo(page: Page): Promise<() => void> {
  let answer: () => void = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/__sandbox/info', async (route) => {
    await answered;
    await route.continue();
  });
  return answer;
}

/** Lets the sandbox answer and waits until the page has taken it in (its option shows). */
async function answerAndSettle(page: Page, answer: () => void): Promise<void> {
  answer();
  await expect(page.getByLabel('The local sandbox')).toBeVisible();
  // Whatever the answer does to the form happens in the renders that follow its arrival.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))),
  );
}

test('a public-cloud bucket typed before the sandbox answers keeps its target', async ({
  page,
}) => {
  const answer = await holdSandboxInfo(page);
  await page.goto('/');
  await page.getByLabel('OSS public cloud').check();
  await page.getByLabel('Bucket').fill('my-bucket');
  await page.getByLabel('Region').fill('ap-southeast-1');
  await answerAndSettle(page, answer);
  await expect(page.getByLabel('OSS public cloud')).toBeChecked();
  await expect(page.getByLabel('Endpoint', { exact: true })).toHaveValue(
    'https://my-bucket.oss-ap-southeast-1.aliyuncs.com',
  );
  await expect(page.getByLabel('Bucket')).toHaveValue('my-bucket');
});

test('a custom domain and an AccessKey ID typed before the sandbox answers stay whole', async ({
  page,
}) => {
  const answer = await holdSandboxInfo(page);
  await page.goto('/');
  await page.getByLabel('Custom domain').check();
  await page.getByLabel('Endpoint', { exact: true }).fill('https://files.example.com');
  await page.getByLabel('AccessKey ID').fill('LTAI5tTypedBeforeTheSandbox');
  const bucket = await page.getByLabel('Bucket').inputValue();
  await answerAndSettle(page, answer);
  await expect(page.getByLabel('Custom domain')).toBeChecked();
  await expect(page.getByLabel('Endpoint', { exact: true })).toHaveValue(
    'https://files.example.com',
  );
  await expect(page.getByLabel('Bucket')).toHaveValue(bucket);
  await expect(page.getByLabel('AccessKey ID')).toHaveValue('LTAI5tTypedBeforeTheSandbox');
  // The sandbox's demo secret belongs to its own AccessKey ID, not to the one typed.
  await expect(page.getByLabel('AccessKey secret', { exact: true })).toHaveValue('');
});

test('a page left alone until the sandbox answers is filled with its target and key', async ({
  page,
  request,
}) => {
  const sandbox = await sandboxFacts(request);
  const answer = await holdSandboxInfo(page);
  await page.goto('/');
  await expect(page.getByLabel('Bucket')).toBeVisible();
  await answerAndSettle(page, answer);
  await expect(page.getByLabel('The local sandbox')).toBeChecked();
  await expect(page.getByLabel('Bucket')).toHaveValue(sandbox.bucket);
  await expect(page.getByLabel('AccessKey ID')).toHaveValue(sandbox.accessKeyId);
  await expect(page.getByText('x-oss-signature', { exact: true })).toBeVisible();
});

test('a share link opened before the sandbox answers keeps its target and asks for the secret', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await page.getByLabel('OSS public cloud').check();
  await page.getByLabel('Bucket').fill('shared-bucket');
  await page.getByLabel('Region').fill('ap-southeast-1');
  await page.getByLabel('Object key').fill('from-a-link/${filename}');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#1\./);

  const context = await browser.newContext();
  const opened = await context.newPage();
  try {
    const answer = await holdSandboxInfo(opened);
    await opened.goto(link);
    await answerAndSettle(opened, answer);
    await expect(opened.getByLabel('Object key')).toHaveValue('from-a-link/${filename}');
    await expect(opened.getByLabel('OSS public cloud')).toBeChecked();
    await expect(opened.getByLabel('Bucket')).toHaveValue('shared-bucket');
    // The sandbox's late answer fills nothing in: its demo secret is not this bucket's.
    await expect(opened.getByLabel('AccessKey secret', { exact: true })).toHaveValue('');
    await expect(opened.getByLabel('AccessKey secret', { exact: true })).toBeFocused();
  } finally {
    await context.close();
  }
});
