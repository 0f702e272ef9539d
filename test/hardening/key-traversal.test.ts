// Keys such as `../x`, `a/../../b`, absolute paths and NUL bytes never touch anything outside the
// data dir, on upload or on read.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw } from './support/raw-http.ts';
import {
  listStoredFiles,
  signFields,
  startHardeningSandbox,
  uploadRequest,
  type SandboxProcess,
} from './support/sandbox.ts';

const SECRET = 'outside the data dir: must never be served\n';
const STORED_BODY = 'hostile\n';

const HOSTILE_KEYS = [
  '../x',
  '../../x',
  'a/../../b',
  '..',
  '.',
  './x',
  'a/./../../../c',
  '/abs/path',
  '/etc/passwd',
  '\\windows\\x',
  '..\\..\\x',
  'C:\\x',
  'a\0b',
  '\0',
  '../secret.txt',
  '%2e%2e/x',
  'a//b',
  `..${'/..'.repeat(40)}/tmp/escaped`,
];

/** Every file and directory under `dir`, relative to it. */
async function walk(dir: string, base = dir): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    found.push(path.relative(base, full));
    if (entry.isDirectory()) found.push(...(await walk(full, base)));
  }
  return found;
}

describe('hostile object keys stay inside the data dir', () => {
  let root: string;
  let sandbox: SandboxProcess;
  let before: string[];

  beforeAll(async () => {
    // root/ holds a secret and a sibling dir beside the sandbox's data dir (root/data).
    root = await mkdtemp(path.join(tmpdir(), 'hardening-keys-'));
    await writeFile(path.join(root, 'secret.txt'), SECRET);
    await mkdir(path.join(root, 'sibling'));
    await writeFile(path.join(root, 'sibling', 'b'), 'untouched');
    sandbox = await startHardeningSandbox({ dataDir: path.join(root, 'data') });
    before = (await walk(root)).filter((entry) => !entry.startsWith('data'));
  });
  afterAll(async () => {
    await sandbox?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it.each(HOSTILE_KEYS.map((key) => [JSON.stringify(key), key]))(
    'upload with key %s is refused or stored inside the data dir',
    async (_label, key) => {
      const signed = await signFields(sandbox, key, [['content-length-range', 0, 1024]]);
      const response = await sendRaw(
        sandbox.port,
        uploadRequest(sandbox, signed, Buffer.from(STORED_BODY), '----hostile'),
      );
      expect(response.error).toBeUndefined();
      expect([204, 400, 403]).toContain(response.status);
      const stored = await listStoredFiles(sandbox);
      for (const file of [...stored.objects, ...stored.temp]) {
        expect(path.relative(path.join(root, 'data'), file).startsWith('..')).toBe(false);
      }
    },
  );

  it('left everything outside the data dir as it was', async () => {
    const after = (await walk(root)).filter((entry) => !entry.startsWith('data'));
    expect(after.sort()).toEqual(before.sort());
    expect(await readFile(path.join(root, 'sibling', 'b'), 'utf8')).toBe('untouched');
    await expect(stat(path.join(root, 'x'))).rejects.toThrow();
    await expect(stat('/tmp/escaped')).rejects.toThrow();
    await expect(stat(path.join(tmpdir(), 'x'))).rejects.toThrow();
  });

  it.each([
    '/examplebucket/../secret.txt',
    '/examplebucket/..%2fsecret.txt',
    '/examplebucket/%2e%2e/secret.txt',
    '/examplebucket/%2E%2E%2F%2E%2E%2Fsecret.txt',
    '/examplebucket/..%5csecret.txt',
    '/examplebucket/data/../../secret.txt',
    '/examplebucket/%2fetc%2fpasswd',
    '/examplebucket/a%00b',
    '/../secret.txt',
  ])('GET %s never reads a file outside the data dir', async (requestPath) => {
    const url = new URL(sandbox.url);
    const response = await sendRaw(sandbox.port, {
      head: `GET ${requestPath} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`,
    });
    expect(response.error).toBeUndefined();
    expect(response.body).not.toContain(SECRET.trim());
    expect(response.body).not.toContain('root:');
    // 200 only for a hostile key the upload test stored (hex-named inside the data dir).
    if (response.status === 200) expect(response.body).toBe(STORED_BODY);
    else
      expect(response.status >= 400 && response.status < 500, String(response.status)).toBe(true);
  });
});
