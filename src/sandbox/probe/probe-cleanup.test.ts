// POST /__sandbox/probe-cleanup removes the probe's objects (only those), for this process and for
// another one on the same data dir (the journal's deletion line).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openObjectStore } from '../object-store.ts';
import { postForm } from '../test-support/multipart.ts';
import { credentialsOf, v4Form } from '../test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from '../test-support/start-sandbox.ts';

describe('POST /__sandbox/probe-cleanup', () => {
  let sandbox: SandboxProcess;
  beforeAll(async () => {
    sandbox = await startSandboxProcess();
  });
  afterAll(() => sandbox?.stop());

  const store = async (key: string) => {
    const answer = await postForm(sandbox.url, v4Form(credentialsOf(sandbox), { key, file: 'x' }));
    expect(answer.status, answer.text).toBe(204);
  };
  const cleanup = async (keys: unknown) => {
    const response = await fetch(`${sandbox.origin}/__sandbox/probe-cleanup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ keys }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { removed: string[] }).removed;
  };

  it("removes the probe's objects and keeps everyone else's", async () => {
    await store('uploads/oss-policy-probe/html-content-type.txt');
    await store('uploads/kept.txt');
    const removed = await cleanup([
      'uploads/oss-policy-probe/html-content-type.txt',
      'uploads/kept.txt',
      'uploads/oss-policy-probe/never-stored.txt',
    ]);
    expect(removed).toEqual(['uploads/oss-policy-probe/html-content-type.txt']);
    expect(
      (await fetch(`${sandbox.url}/uploads/oss-policy-probe/html-content-type.txt`)).status,
    ).toBe(404);
    expect((await fetch(`${sandbox.url}/uploads/kept.txt`)).status).toBe(200);
    // Another process on the same data dir reads the deletion from the journal.
    const other = openObjectStore(sandbox.dataDir);
    expect(other.exists('uploads/oss-policy-probe/html-content-type.txt')).toBe(false);
    expect(other.exists('uploads/kept.txt')).toBe(true);
    other.close();
  });

  it.each([
    ['not a list', 'x'],
    ['not JSON', undefined],
  ])('answers nothing removed for %s', async (_name, keys) => {
    expect(await cleanup(keys)).toEqual([]);
  });
});
