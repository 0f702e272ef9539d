import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the page and waits until it has found the local sandbox and signed a form. */
export async function openBuilder(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByText('local sandbox').first()).toBeVisible();
  await expect(page.getByLabel('AccessKey ID')).not.toHaveValue('');
  await expect(page.getByText('x-oss-signature', { exact: true })).toBeVisible();
}

/** A small file with unique bytes, chosen in the page's File input. */
export async function chooseFile(
  page: Page,
  options: { name?: string; body?: string | Buffer; mimeType?: string } = {},
): Promise<Buffer> {
  const buffer = Buffer.isBuffer(options.body)
    ? options.body
    : Buffer.from(options.body ?? `hello from e2e ${Date.now()} ${Math.random()}\n`);
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: options.name ?? 'hello.txt',
    mimeType: options.mimeType ?? 'text/plain',
    buffer,
  });
  return buffer;
}

/** Clicks Upload and waits for the status line. */
export async function upload(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  const status = page.getByRole('status', { name: 'Upload result' });
  await expect(status).not.toBeEmpty({ timeout: 20_000 });
  return status;
}

/** The region that explains an OSS error. */
export function ossError(page: Page): Locator {
  return page.getByRole('region', { name: 'OSS error' });
}

/** Sets the size range row (the default second condition) to `max` bytes. */
export async function setMaxSize(page: Page, bytes: number): Promise<void> {
  await page.getByLabel('Condition 2 maximum size').fill(String(bytes));
  await page.getByLabel('Condition 2 maximum unit').selectOption('B');
}
