// Proof by running: the mini-program snippet's own code, given a `wx` (and an Alipay `my`) whose
// uploadFile sends exactly the multipart body a mini program sends (formData fields in order, each
// with only Content-Disposition, then the file part named by `name` with its filename and type, the
// success callback called for any HTTP status), asks the Node.js signing server for a policy and
// uploads to the real sandbox: stored and read back; a refused upload rejects with OSS's Code.
// https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/wx.uploadFile.html
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderMiniProgramSnippet,
  renderNodeServerSnippet,
  SNIPPETS_TEXTS_ZH,
} from '../../src/oss/index.ts';
import { buildSample, plainSpec } from '../../src/oss/fixtures/sample-forms.ts';
import { readObject, startHarness, type Harness } from './snippet-harness.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';

interface Sent {
  url: string;
  contentType: string;
  /** Each part's name and its header lines, in body order. */
  parts: { name: string; headers: string[] }[];
}

interface Upload {
  uploadToOss: (
    api: unknown,
    filePath: string,
    fileName: string,
    options?: { alipay?: boolean },
  ) => Promise<{ key: string; status: number }>;
}

const TYPES: Record<string, string> = { txt: 'text/plain', jpg: 'image/jpeg', png: 'image/png' };
const MAX_BYTES = 64;

let h: Harness;
let server: ServerProcess;
let upload: Upload;
const dir = mkdtempSync(join(tmpdir(), 'oss-mini-program-'));
const sent: Sent[] = [];

/** The multipart body uploadFile builds: formData in order, the file last. */
function multipartOf(formData: Record<string, string>, partName: string, filePath: string) {
  const boundary = `----MiniProgramFormBoundary${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(formData)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      Buffer.from(String(value), 'utf8'),
      Buffer.from('\r\n'),
    );
  }
  const file = basename(filePath);
  const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${partName}"; filename="${file}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    readFileSync(filePath),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Reads back the part names and headers of a body, to check what was sent. */
function partsOf(body: Buffer, contentType: string): Sent['parts'] {
  const boundary = contentType.split('boundary=')[1];
  return body
    .toString('latin1')
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const headers = part.slice(2, part.indexOf('\r\n\r\n')).split('\r\n');
      return { name: /name="([^"]*)"/.exec(headers[0])?.[1] ?? '', headers };
    });
}

type Callbacks = { success: (res: object) => void; fail: (err: object) => void };

/** A mini program's network API; `alipay` answers with `status` and names the file by fileName. */
function fakeApi(alipay: boolean) {
  return {
    request(options: { url: string; method: string } & Callbacks) {
      fetch(options.url, { method: options.method })
        .then(async (response) => {
          const data: unknown = await response.json();
          options.success(
            alipay ? { status: response.status, data } : { statusCode: response.status, data },
          );
        })
        .catch((error: Error) => options.fail({ errMsg: `request:fail ${error.message}` }));
    },
    uploadFile(
      options: {
        url: string;
        filePath: string;
        name?: string;
        fileName?: string;
        fileType?: string;
        formData: Record<string, string>;
      } & Callbacks,
    ) {
      const partName = alipay ? options.fileName : options.name;
      if (!partName || (alipay && !options.fileType)) {
        options.fail({ errMsg: 'uploadFile:fail parameter error' });
        return;
      }
      const { body, contentType } = multipartOf(options.formData, partName, options.filePath);
      sent.push({ url: options.url, contentType, parts: partsOf(body, contentType) });
      fetch(options.url, { method: 'POST', headers: { 'Content-Type': contentType }, body })
        .then(async (response) => {
          const data = await response.text();
          // uploadFile calls success for every HTTP answer, 4xx included.
          options.success(
            alipay ? { status: response.status, data } : { statusCode: response.status, data },
          );
        })
        .catch((error: Error) => options.fail({ errMsg: `uploadFile:fail ${error.message}` }));
    },
  };
}

beforeAll(async () => {
  h = await startHarness();
  const spec = plainSpec(
    {
      endpoint: h.sandbox.url,
      bucket: h.sandbox.bucket,
      region: h.sandbox.region,
      accessKeyId: h.sandbox.accessKeyId,
      accessKeySecret: h.sandbox.accessKeySecret,
    },
    'mini/photo.txt',
  );
  const form = await buildSample({
    ...spec,
    conditions: [
      ['eq', '$key', 'mini/photo.txt'],
      ['content-length-range', 1, MAX_BYTES],
    ],
  });
  server = await startServerProcess({
    file: 'server.mjs',
    source: renderNodeServerSnippet(form),
    command: (file) => [process.execPath, [file]],
    env: {
      OSS_ACCESS_KEY_ID: h.sandbox.accessKeyId,
      OSS_ACCESS_KEY_SECRET: h.sandbox.accessKeySecret,
      OSS_SESSION_TOKEN: '',
      PORT: '0',
    },
  });
  const module = join(dir, 'oss-mini-upload.mjs');
  writeFileSync(
    module,
    renderMiniProgramSnippet(form, {
      signingServerUrl: `${server.origin}/oss/post-policy`,
      texts: SNIPPETS_TEXTS_ZH,
    }),
  );
  upload = (await import(pathToFileURL(module).href)) as Upload;
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function tempFile(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('mini-program snippet, through an uploadFile that sends what a mini program sends', () => {
  it.each([
    { platform: 'WeChat wx / uni-app uni', alipay: false },
    { platform: 'Alipay my', alipay: true },
  ])('$platform: stored under the user folder and read back', async ({ alipay }) => {
    const bytes = Buffer.from(`照片 ${alipay ? 'my' : 'wx'} ${Date.now()}`);
    const path = tempFile(`tmp_${randomBytes(4).toString('hex')}.txt`, bytes);
    const result = await upload.uploadToOss(fakeApi(alipay), path, '照片.txt', { alipay });
    expect(result.status).toBe(201);
    expect(result.key).toMatch(/^mini\/[0-9a-f]{16}\/照片\.txt$/);
    const stored = await readObject(h.sandbox, result.key);
    expect(Buffer.from(stored ?? []).equals(bytes)).toBe(true);
    // The body as sent: the fields first, each with one header line, the file part last.
    const body = sent.at(-1)!;
    expect(body.parts.at(-1)).toEqual({
      name: 'file',
      headers: [
        `Content-Disposition: form-data; name="file"; filename="${basename(path)}"`,
        'Content-Type: text/plain',
      ],
    });
    expect(body.parts.slice(0, -1).every((p) => p.headers.length === 1)).toBe(true);
    expect(body.parts.map((p) => p.name)).toEqual([
      'key',
      'policy',
      'x-oss-signature-version',
      'x-oss-credential',
      'x-oss-date',
      'x-oss-signature',
      'success_action_status',
      'Content-Type',
      'file',
    ]);
  });

  it("a refused upload (too large for the policy) rejects with OSS's Code, not success", async () => {
    const path = tempFile('tmp_big.txt', Buffer.alloc(MAX_BYTES + 1, 'x'));
    const refused = await upload.uploadToOss(fakeApi(false), path, 'big.txt').then(
      () => null,
      (error: Error & { code?: string; status?: number }) => error,
    );
    expect(refused).not.toBeNull();
    expect([refused?.code, refused?.status]).toEqual(['EntityTooLarge', 400]);
    expect(refused?.message).toMatch(/^EntityTooLarge: /);
  });
});
