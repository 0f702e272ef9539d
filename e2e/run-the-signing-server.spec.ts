// From the page to production: the user picks the Node.js server tab, downloads server.mjs, runs
// it with the two AccessKey variables (and PORT=0 here, for a free port), points the page's
// signing-server import at it and uploads to the sandbox through it. And the callback inspector
// shows the request the sandbox sent and why OSS answered 203.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';
import { readObject, sandboxFacts } from './support/sandbox.ts';

/** Runs `node server.mjs` as its header says; resolves with the port it prints. */
function runServer(
  file: string,
  env: Record<string, string>,
): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [file], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on port (\d+)/.exec(output);
      if (match) resolve({ port: Number(match[1]), child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server.mjs exited with ${code}: ${output}`)));
  });
}

test('the Node.js server tab runs as downloaded, signs for the page, and the upload goes through it', async ({
  page,
  request,
}) => {
  const facts = await sandboxFacts(request);
  const dir = mkdtempSync(join(tmpdir(), 'e2e-node-server-'));
  let child: ChildProcess | undefined;
  try {
    await openBuilder(page);
    // The builder's key condition: starts-with uploads/ (the server's users get folders under it).
    const prefix = 'uploads/';

    await page.getByRole('tab', { name: 'Node.js server', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Node.js server snippet' });
    await expect(panel).toContainText(
      'OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… node server.mjs',
    );
    await expect(panel.locator('pre code')).toContainText(JSON.stringify(prefix));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download server.mjs' }).click(),
    ]);
    const file = join(dir, 'server.mjs');
    await download.saveAs(file);

    const server = await runServer(file, {
      OSS_ACCESS_KEY_ID: facts.accessKeyId,
      OSS_ACCESS_KEY_SECRET: facts.accessKeySecret,
      PORT: '0',
    });
    child = server.child;
    const url = `http://127.0.0.1:${server.port}/oss/post-policy`;

    await page.getByLabel('Signing server URL').fill(url);
    await page.getByRole('button', { name: 'Fetch and import' }).click();
    const result = page.getByRole('region', { name: 'Import result' });
    await expect(result).toContainText(`Imported a signing server answer (V4) from ${url}`);
    await expect(result.getByText('No findings', { exact: false })).toBeVisible();
    // Each request gets its own folder under the builder's prefix; the policy pins it.
    const key = await page.getByLabel('Object key').inputValue();
    expect(key).toMatch(new RegExp(`^${prefix}[0-9a-f]{16}/\\$\\{filename\\}$`));
    await expect(result.getByLabel('Decoded policy')).toContainText('"starts-with"');

    const bytes = await chooseFile(page, { name: 'through the server.txt' });
    await result.getByRole('button', { name: 'Upload with the imported fields' }).click();
    const status = page.getByRole('status', { name: 'Upload result' });
    await expect(status).toContainText('Uploaded: HTTP 201', { timeout: 20_000 });
    const stored = `${facts.endpoint}/${key.replace('${filename}', encodeURIComponent('through the server.txt'))}`;
    expect((await readObject(request, stored)).equals(bytes)).toBe(true);
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the callback inspector shows the request OSS sent, and why OSS answered 203', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByText('Callback (optional)', { exact: true }).click();
  await page.getByLabel('Callback URLs').fill('http://callback.invalid/oss/callback');
  await page.getByLabel('Callback body', { exact: true }).fill('object=${object}&size=${size}');
  await chooseFile(page, { name: 'cb.txt', body: 'callback body 12' });
  await upload(page);

  const inspector = page.getByRole('region', { name: 'Upload callback' });
  await expect(inspector).toContainText('OSS answered the uploader 203 CallbackFailed');
  await expect(inspector).toContainText(
    'Why 203: OSS could not get an answer from http://callback.invalid/oss/callback.',
  );
  await expect(inspector).toContainText('POST http://callback.invalid/oss/callback');
  await expect(inspector.getByRole('rowheader', { name: 'Authorization' })).toBeVisible();
  await expect(inspector.getByRole('rowheader', { name: 'x-oss-pub-key-url' })).toBeVisible();
  await expect(inspector).toContainText('The signature verifies with the sandbox’s public key.');
  await expect(inspector.getByLabel('Request body')).toHaveText('object=uploads%2Fcb.txt&size=16');
});

test('each server tab and the mini program tab download what they show, for this page, never the secret', async ({
  page,
  request,
  baseURL,
}) => {
  const { accessKeySecret } = await sandboxFacts(request);
  await openBuilder(page);
  for (const [tab, fileName, names] of [
    ['Python server', 'server.py', 'def user_prefix'],
    ['Go server', 'server.go', 'func userPrefix'],
    ['Java server', 'Server.java', 'static String userPrefix'],
    ['Mini program', 'oss-mini-upload.js', 'export async function uploadToOss'],
  ] as const) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const panel = page.getByRole('region', { name: `${tab} snippet` });
    const code = panel.locator('pre code');
    await expect(code).toContainText(names);
    const shown = (await code.textContent()) ?? '';
    expect(shown).not.toContain(accessKeySecret);
    // The servers let this page read their answer (CORS); the mini program needs none.
    if (tab !== 'Mini program') expect(shown).toContain(baseURL);
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: `Download ${fileName}` }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(fileName);
    expect(readFileSync((await saved.path())!, 'utf8')).toBe(shown);
  }
  await page.getByRole('tab', { name: 'Mini program', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Mini program snippet' });
  await expect(panel.getByText('Before it works on a phone:', { exact: true })).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  await expect(panel.getByRole('listitem').first()).toContainText('uploadFile legal domains');
});
