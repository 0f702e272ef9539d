import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CATALOG_ZH, ERROR_CATALOG, LINT_TEXTS_ZH } from '../src/oss/index.ts';

// A reader whose browser prefers Chinese: the page speaks 简体中文 from the first paint, with the
// core's findings, field reasons and OSS error explanations in Chinese; OSS's Codes and Messages
// stay verbatim. Inputs are found by their ids (src/app/form/field-ids.ts): their labels are
// translated, and this spec is about what the page says, not about finding inputs.
test.use({ locale: 'zh-CN' });

const HAN = /[\u4e00-\u9fff]/;
const SANDBOX_PREFIX = 'uploads/';
const OFF_PREFIX_KEY = 'user/123/${filename}';

/** The start of the check's Chinese sentence for a key outside the starts-with prefix. */
const KEY_OUTSIDE_PREFIX_ZH = LINT_TEXTS_ZH['key-outside-prefix.found']({
  key: OFF_PREFIX_KEY,
  required: SANDBOX_PREFIX,
  prefix: '',
  failed: '',
  row: 1,
  condition: '',
}).split('，')[0];

/** The Chinese causes and solutions of SignatureDoesNotMatch in the error catalogue. */
const SIGNATURE_MISMATCH_ZH = ERROR_CATALOG.filter(
  (entry) => entry.code === 'SignatureDoesNotMatch',
).flatMap((entry) => CATALOG_ZH[entry.id] ?? []);

async function openInChinese(page: Page) {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await expect(page.locator('#access-key-id')).not.toHaveValue('');
  await expect(page.getByText('x-oss-signature', { exact: true })).toBeVisible();
}

async function chooseFile(page: Page) {
  await page.locator('#upload-file').setInputFiles({
    name: 'hello.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`你好 from e2e ${Date.now()} ${Math.random()}\n`),
  });
}

async function upload(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^(Upload|上传)$/ }).click();
  const status = page.locator('.upload-status');
  await expect(status).not.toBeEmpty({ timeout: 20_000 });
  return status;
}

async function uploadWithWrongSecret(page: Page) {
  await page.locator('#access-key-secret').fill('not-the-sandbox-secret');
  await chooseFile(page);
  await expect(await upload(page)).toContainText('SignatureDoesNotMatch');
  return page.locator('section.oss-error');
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`);
}

test('the page opens in Chinese: <html lang>, the Language switch named 语言, the panes', async ({
  page,
}) => {
  await openInChinese(page);
  const language = page.getByRole('combobox', { name: '语言' });
  await expect(language).toHaveValue('zh-CN');
  await expect(page.locator('#build')).toHaveAttribute('aria-label', HAN);
  await expect(page.locator('#result')).toHaveAttribute('aria-label', HAN);
  // Each field's reason in the signed form's table is the core's Chinese.
  await page.locator('#signed-form input[type=checkbox]').check();
  await expect(page.locator('#signed-form td.why').first()).toContainText(HAN);
  // Snippet comments follow the language: the shown snippet's code speaks Chinese.
  await expect(page.locator('#snippets pre').first()).toContainText(HAN);
});

test('an upload to the sandbox succeeds in Chinese', async ({ page }) => {
  await openInChinese(page);
  await chooseFile(page);
  const status = await upload(page);
  await expect(status).toContainText(/HTTP 20[014]/);
  await expect(status).toContainText('ETag');
  await expect(page.locator('section.oss-error')).toHaveCount(0);
});

test('a wrong secret: SignatureDoesNotMatch verbatim, the cause and the fix in Chinese; 语言 → English says them in English', async ({
  page,
}) => {
  expect(SIGNATURE_MISMATCH_ZH.length).toBeGreaterThan(0);
  await openInChinese(page);
  const error = await uploadWithWrongSecret(page);
  await expect(error.locator('code').first()).toHaveText('SignatureDoesNotMatch');
  const explanation = error.locator('.explanation');
  const shown = (await explanation.innerText()).replace(/\s+/g, '');
  expect(
    SIGNATURE_MISMATCH_ZH.some(
      ({ cause, solution }) =>
        shown.includes(cause.replace(/\s+/g, '')) && shown.includes(solution.replace(/\s+/g, '')),
    ),
  ).toBe(true);
  const docLink = explanation.getByRole('link');
  if ((await docLink.count()) > 0) {
    await expect(docLink.first()).not.toHaveAttribute('href', /\/help\/en\//);
  }
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect(error.locator('code').first()).toHaveText('SignatureDoesNotMatch');
  await expect(explanation).not.toContainText(HAN);
  // Everything in the workspace is English again (the page's own texts and the core's).
  await expect(page.locator('main')).not.toContainText(HAN);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the checks and the dry run speak Chinese, at the field and in the result', async ({
  page,
}) => {
  await openInChinese(page);
  const key = page.locator('#object-key');
  await key.fill(OFF_PREFIX_KEY);
  // The check's Chinese sentence, at the key input and in the checks list.
  await expect(key).toHaveAccessibleDescription(new RegExp(escape(KEY_OUTSIDE_PREFIX_ZH)));
  await expect(page.locator('#checks')).toContainText(KEY_OUTSIDE_PREFIX_ZH);
  // The dry run: OSS's Code verbatim, what it means in Chinese.
  await chooseFile(page);
  const verdict = page.locator('#checks .verdict');
  await expect(verdict).toContainText('AccessDenied');
  await expect(verdict.locator('strong')).toContainText(HAN);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(key).toHaveAccessibleDescription(/does not start with "uploads\/"/);
  await expect(page.locator('#checks')).not.toContainText(HAN);
});

test("a share link opens in the reader's language, not the sharer's", async ({ page, browser }) => {
  await openInChinese(page);
  await page.locator('#object-key').fill(OFF_PREFIX_KEY);
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/#1\./);
  for (const [locale, lang, finding] of [
    ['en-US', /^en/, /does not start with "uploads\/"/],
    ['zh-CN', /^zh/, new RegExp(escape(KEY_OUTSIDE_PREFIX_ZH))],
  ] as const) {
    const context = await browser.newContext({ locale });
    const opened = await context.newPage();
    try {
      await opened.goto(link);
      await expect(opened.locator('html')).toHaveAttribute('lang', lang);
      // The shared key is restored, and its finding is said in the reader's language.
      await expect(opened.locator('#object-key')).toHaveValue(OFF_PREFIX_KEY);
      await expect(opened.locator('#object-key')).toHaveAccessibleDescription(finding);
    } finally {
      await context.close();
    }
  }
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height}, Chinese with an error shown fits: no sideways scroll`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    await openInChinese(page);
    const error = await uploadWithWrongSecret(page);
    await error.scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: testInfo.outputPath(`zh-CN-${viewport.width}x${viewport.height}.png`),
    });
    await page.screenshot({
      path: testInfo.outputPath(`zh-CN-${viewport.width}x${viewport.height}-full.png`),
      fullPage: true,
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
