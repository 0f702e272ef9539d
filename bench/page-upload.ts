import type { CDPSession, Page } from '@playwright/test';
import { waitInPage } from './page-wait.ts';

// Runs in the page as source text: the time from the Upload click to the status line saying how
// it went, both read with performance.now() inside the page.
const INSTRUMENT = `(() => {
  const status = document.querySelector('[role="status"].upload-status') ?? document.querySelector('[role="status"]');
  if (!status) throw new Error('no status element on the page');
  const state = { clickedAt: 0, doneAt: 0, text: '' };
  window.__upload = state;
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (target instanceof HTMLButtonElement && target.textContent.trim() === 'Upload') {
      state.clickedAt = performance.now();
    }
  }, true);
  new MutationObserver(() => {
    const text = status.textContent.trim();
    if (state.clickedAt && !state.doneAt && text !== '') {
      state.doneAt = performance.now();
      state.text = text;
    }
  }).observe(status, { subtree: true, childList: true, characterData: true });
})()`;

/** JSHeapUsedSize of the page, from the DevTools protocol. */
export async function readJsHeap(session: CDPSession): Promise<number> {
  const { metrics } = (await session.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/**
 * Opens the page, lets it prefill the sandbox, raises the size limit, chooses `file` and uploads
 * it; resolves with the in-page time from click to status.
 */
export async function uploadThroughPage(
  page: Page,
  url: string,
  file: string,
  maxBytes: number,
  beforeClick: () => Promise<void> | void = () => undefined,
): Promise<{ ms: number; text: string }> {
  await page.goto(url);
  await page.getByText('local sandbox').first().waitFor();
  const accessKeyId = page.getByLabel('AccessKey ID', { exact: true });
  for (let tries = 0; (await accessKeyId.inputValue()) === ''; tries += 1) {
    if (tries > 100) throw new Error('the page never filled the sandbox AccessKey ID');
    await page.waitForTimeout(100);
  }
  await page.getByLabel('Condition 2 maximum size').fill(String(maxBytes));
  await page.getByLabel('Condition 2 maximum unit').selectOption('B');
  await page.getByLabel('File', { exact: true }).setInputFiles(file);
  await page.evaluate(INSTRUMENT);
  await beforeClick();
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await waitInPage(page, 'window.__upload.doneAt > 0', { timeoutMs: 10 * 60_000, intervalMs: 250 });
  const state = (await page.evaluate('window.__upload')) as {
    clickedAt: number;
    doneAt: number;
    text: string;
  };
  if (!/^Uploaded/.test(state.text)) throw new Error(`the page upload failed: ${state.text}`);
  return { ms: state.doneAt - state.clickedAt, text: state.text };
}
