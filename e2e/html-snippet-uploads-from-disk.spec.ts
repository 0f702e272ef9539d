// The HTML form snippet, saved to disk and opened in Chromium from file://, uploads the chosen file:
// the object lands in a real sandbox process with the right bytes (V4, V1, and V4 + STS with a
// Chinese key prefix, metadata and a callback).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { renderHtmlFormSnippet, renderJavaScriptSnippet } from '../src/oss/index.ts';
import {
  readObject,
  sampleBytes,
  sampleCases,
  startHarness,
  type Harness,
} from '../test/snippets/snippet-harness.ts';

let h: Harness;
const dir = mkdtempSync(join(tmpdir(), 'oss-html-snippet-'));

test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => {
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

for (const c of sampleCases('html')) {
  test(`HTML snippet opened from disk uploads the chosen file: ${c.name}`, async ({ page }) => {
    const form = await c.build(h);
    const file = join(dir, `upload-${c.sts ? 'sts' : form.version}.html`);
    writeFileSync(file, renderHtmlFormSnippet(form));
    const fileName = `from disk ${form.version}${c.sts ? ' sts' : ''}.txt`;
    const bytes = sampleBytes(`html ${c.name}`);

    await page.goto(pathToFileURL(file).href);
    await page.getByLabel('File').setInputFiles({
      name: fileName,
      mimeType: 'text/plain',
      buffer: Buffer.from(bytes),
    });
    if (c.sts) await page.getByLabel('Security token').fill(h.sts.SecurityToken);
    const answer = page.waitForResponse(
      (r) => r.url().startsWith(h.sandbox.origin) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Upload' }).click();
    const response = await answer;
    expect(response.status(), await response.text()).toBeLessThan(300);

    const stored = await readObject(h.sandbox, c.storedKey(fileName));
    expect(stored, `object ${c.storedKey(fileName)}`).not.toBeNull();
    expect(Buffer.from(stored ?? []).equals(Buffer.from(bytes))).toBe(true);
    if (c.callback) {
      expect(h.callbacks.some((b) => b.includes(encodeURIComponent(fileName)))).toBe(true);
    }
  });
}

test('JavaScript snippet uploads with XHR progress from a page (CORS preflight included)', async ({
  page,
}) => {
  const c = sampleCases('xhr')[0];
  const form = await c.build(h);
  // The snippet is an ES module; inline it as a classic script for this page.
  const script = renderJavaScriptSnippet(form).replace(/^export /gm, '');
  const html = `<!doctype html><meta charset="utf-8"><title>xhr</title><script>${script}
window.uploadWithProgress = uploadWithProgress;</script>`;
  const file = join(dir, 'xhr.html');
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href);
  const fileName = 'xhr progress.txt';
  const bytes = sampleBytes('xhr');
  const result = await page.evaluate(
    async ({ data, name, token }) => {
      const fractions: number[] = [];
      const upload = (window as unknown as Record<string, CallableFunction>).uploadWithProgress;
      const answer = await upload(new File([new Uint8Array(data)], name, { type: 'text/plain' }), {
        securityToken: token,
        onProgress: (f: number) => fractions.push(f),
      });
      return { answer: answer as { status: number }, fractions };
    },
    { data: Array.from(bytes), name: fileName, token: h.sts.SecurityToken },
  );
  expect(result.answer.status).toBeLessThan(300);
  expect(result.fractions.at(-1)).toBe(1);
  const stored = await readObject(h.sandbox, c.storedKey(fileName));
  expect(Buffer.from(stored ?? []).equals(Buffer.from(bytes))).toBe(true);
});
