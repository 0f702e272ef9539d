// The real sandbox process accepts forms signed by the official SDK (ali-oss) — V1, V4, V4 + STS —
// and stores the exact bytes: read back through GET, MD5 and CRC64 match.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc64Ecma } from './crc64-ecma.ts';
import { IN_MEMORY_FILE_MAX_BYTES } from './multipart-stream.ts';
import { buildMultipart, postForm, sendRaw } from './test-support/multipart.ts';
import { type Credentials, credentialsOf, v1Form, v4Form } from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';

let sandbox: SandboxProcess;
let creds: Credentials;

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  creds = credentialsOf(sandbox);
});
afterAll(() => sandbox?.stop());

async function temporaryCredentials(body = ''): Promise<Credentials> {
  const response = await fetch(`${sandbox.origin}/__sandbox/sts`, { method: 'POST', body });
  expect(response.status).toBe(200);
  const sts = (await response.json()) as Record<string, string>;
  return {
    ...creds,
    accessKeyId: sts.AccessKeyId,
    accessKeySecret: sts.AccessKeySecret,
    securityToken: sts.SecurityToken,
  };
}

async function readBack(key: string) {
  const response = await fetch(`${sandbox.url}/${key}`);
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const md5Upper = (data: Buffer) => createHash('md5').update(data).digest('hex').toUpperCase();

describe('forms signed by ali-oss are accepted and stored intact', () => {
  it.each([
    ['V1 (calculatePostSignature)', 'v1'],
    ['V4 (signPostObjectPolicyV4)', 'v4'],
    ['V4 + STS token from /__sandbox/sts', 'sts'],
    ['V1 + STS token', 'v1-sts'],
  ])('%s', async (_name, mode) => {
    const file = randomBytes(300_000);
    const key = `sdk/${mode}/${randomBytes(4).toString('hex')}.bin`;
    const c = mode === 'sts' || mode === 'v1-sts' ? await temporaryCredentials() : creds;
    const form = mode.startsWith('v1') ? v1Form(c, { key, file }) : v4Form(c, { key, file });
    const answer = await postForm(`${sandbox.url}/`, form);
    expect(answer.text).toBe('');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('etag')).toBe(`"${md5Upper(file)}"`);
    expect(answer.headers.get('x-oss-hash-crc64ecma')).toBe(crc64Ecma(file));
    expect(answer.headers.get('x-oss-request-id')).toMatch(/^[0-9A-F]{24}$/);
    const stored = await readBack(key);
    expect(stored.status).toBe(200);
    expect(md5Upper(stored.bytes)).toBe(md5Upper(file));
    expect(stored.headers.get('x-oss-hash-crc64ecma')).toBe(crc64Ecma(file));
  });

  it('stores a 5 MB upload hashed right (CRC64 checked with an independent bitwise reference on a slice)', async () => {
    const file = randomBytes(5 * 1024 * 1024);
    const answer = await postForm(
      sandbox.virtualHostedUrl + '/',
      v4Form(creds, { key: 'big/5mb.bin', file }),
    );
    expect(answer.status).toBe(204);
    expect(answer.headers.get('x-oss-hash-crc64ecma')).toBe(crc64Ecma(file));
    const stored = await readBack('big/5mb.bin');
    expect(stored.bytes.equals(file)).toBe(true);
  });

  it('answers 201 with PostResponse XML, 200 empty, and 303 to success_action_redirect', async () => {
    const created = await postForm(
      `${sandbox.url}/`,
      v4Form(creds, { key: 'status/201.txt', fields: { success_action_status: '201' } }),
    );
    expect(created.status).toBe(201);
    expect(created.text).toContain('<PostResponse>');
    expect(created.text).toContain(`<Bucket>${sandbox.bucket}</Bucket>`);
    expect(created.text).toContain('<Key>status/201.txt</Key>');
    expect(created.text).toContain(`<Location>${sandbox.url}/status/201.txt</Location>`);
    expect(created.text).toMatch(/<ETag>&quot;[0-9A-F]{32}&quot;<\/ETag>/);

    const ok = await postForm(
      `${sandbox.url}/`,
      v4Form(creds, { key: 'status/200.txt', fields: { success_action_status: '200' } }),
    );
    expect([ok.status, ok.text]).toEqual([200, '']);

    const redirected = await postForm(
      `${sandbox.url}/`,
      v4Form(creds, {
        key: 'status/303.txt',
        fields: { success_action_redirect: 'https://app.example/done?x=1' },
      }),
    );
    expect(redirected.status).toBe(303);
    const location = new URL(redirected.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://app.example/done');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      x: '1',
      bucket: sandbox.bucket,
      key: 'status/303.txt',
      etag: redirected.headers.get('etag'),
    });
  });

  it('expands ${filename} and stores Content-Type (x-oss-content-type first), headers and x-oss-meta-*', async () => {
    const answer = await postForm(
      `${sandbox.url}/`,
      v4Form(creds, {
        key: 'named/${filename}',
        filename: 'cat photo.png',
        contentType: 'image/png',
        conditions: [['starts-with', '$key', 'named/']],
        fields: {
          'x-oss-content-type': 'image/webp',
          'Cache-Control': 'max-age=60',
          'Content-Disposition': 'attachment; filename="cat.png"',
          'x-oss-meta-owner': 'tester',
          'x-oss-storage-class': 'IA',
        },
      }),
    );
    expect(answer.status).toBe(204);
    const head = await fetch(`${sandbox.url}/named/cat%20photo.png`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('image/webp');
    expect(head.headers.get('cache-control')).toBe('max-age=60');
    expect(head.headers.get('content-disposition')).toBe('attachment; filename="cat.png"');
    expect(head.headers.get('x-oss-meta-owner')).toBe('tester');
    expect(head.headers.get('x-oss-storage-class')).toBe('IA');
  });

  it('answers non-ASCII metadata as its UTF-8 bytes, as OSS does', async () => {
    const answer = await postForm(
      `${sandbox.url}/`,
      v4Form(creds, {
        key: 'named/utf8.txt',
        fields: {
          'x-oss-meta-owner': '张三 ü',
        },
      }),
    );
    expect(answer.status).toBe(204);
    for (const method of ['HEAD', 'GET']) {
      const read = await fetch(`${sandbox.url}/named/utf8.txt`, { method });
      expect(read.status).toBe(200);
      const asUtf8 = (name: string) =>
        Buffer.from(read.headers.get(name) ?? '', 'latin1').toString('utf8');
      expect(asUtf8('x-oss-meta-owner')).toBe('张三 ü');
    }
  });

  it.each([
    ['held in memory', 1024],
    ['exactly at the in-memory limit', IN_MEMORY_FILE_MAX_BYTES],
    ['one byte over it (spilled to a temp file)', IN_MEMORY_FILE_MAX_BYTES + 1],
    ['well over it', 3 * IN_MEMORY_FILE_MAX_BYTES + 17],
  ])('stores a file %s byte for byte', async (_name, size) => {
    const data = randomBytes(size);
    const key = `sizes/${size}.bin`;
    const answer = await postForm(`${sandbox.url}/`, v4Form(creds, { key, file: data }));
    expect(answer.status).toBe(204);
    const md5 = createHash('md5').update(data).digest('hex').toUpperCase();
    expect(answer.headers.get('etag')).toBe(`"${md5}"`);
    const stored = Buffer.from(await (await fetch(`${sandbox.url}/${key}`)).arrayBuffer());
    expect(stored.equals(data)).toBe(true);
  });

  it('stores a text file part (no filename) as the object', async () => {
    const form = v4Form(creds, { key: 'text/part.txt' });
    const answer = await postForm(`${sandbox.url}/`, [
      ...form.slice(0, -1),
      { name: 'file', value: 'typed text' },
    ]);
    expect(answer.status).toBe(204);
    expect(await (await fetch(`${sandbox.url}/text/part.txt`)).text()).toBe('typed text');
  });

  it('accepts an anonymous post only on a public-read-write bucket (here: private, so AccessDenied)', async () => {
    const answer = await postForm(`${sandbox.url}/`, [
      { name: 'key', value: 'anon.txt' },
      { name: 'file', filename: 'a.txt', data: 'x' },
    ]);
    expect([answer.status, answer.code]).toEqual([403, 'AccessDenied']);
  });

  it('answers 404 NoSuchKey for a missing object, and lists objects (V1 and list-type=2)', async () => {
    const missing = await fetch(`${sandbox.url}/no/such.txt`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<Code>NoSuchKey</Code>');
    for (const key of ['list/a.txt', 'list/b.txt', 'list/c/d.txt']) {
      expect((await postForm(`${sandbox.url}/`, v4Form(creds, { key }))).status).toBe(204);
    }
    const v1 = await (await fetch(`${sandbox.url}/?prefix=list/&max-keys=2`)).text();
    expect(v1).toContain('<IsTruncated>true</IsTruncated>');
    expect(v1).toContain('<NextMarker>list/b.txt</NextMarker>');
    const v1next = await (await fetch(`${sandbox.url}/?prefix=list/&marker=list/b.txt`)).text();
    expect(v1next).toContain('<Key>list/c/d.txt</Key>');
    expect(v1next).not.toContain('<Key>list/a.txt</Key>');
    const v2 = await (await fetch(`${sandbox.url}/?list-type=2&prefix=list/&delimiter=/`)).text();
    expect(v2).toContain('<KeyCount>3</KeyCount>');
    expect(v2).toContain('<CommonPrefixes>\n    <Prefix>list/c/</Prefix>');
    const page = await (await fetch(`${sandbox.url}/?list-type=2&prefix=list/&max-keys=1`)).text();
    const token = /<NextContinuationToken>(.*)<\/NextContinuationToken>/.exec(page)?.[1] ?? '';
    const next = await (
      await fetch(`${sandbox.url}/?list-type=2&prefix=list/&max-keys=1&continuation-token=${token}`)
    ).text();
    expect(next).toContain('<Key>list/b.txt</Key>');
  });

  it("reads a Host whose first label is the bucket (the SDKs' default host) virtual-hosted", async () => {
    expect((await postForm(`${sandbox.url}/`, v4Form(creds, { key: 'host/a.txt' }))).status).toBe(
      204,
    );
    const host = `${sandbox.bucket}.oss-${sandbox.region}.aliyuncs.com`;
    const head = await sendRaw(`${sandbox.origin}/host/a.txt`, 'HEAD', undefined, { Host: host });
    expect(head.status).toBe(200);
    const get = await sendRaw(`${sandbox.origin}/host/a.txt`, 'GET', undefined, { Host: host });
    expect([get.status, get.text]).toEqual([200, 'hello sandbox\n']);
    // Another bucket's host is still not this bucket.
    const other = await sendRaw(`${sandbox.origin}/host/a.txt`, 'GET', undefined, {
      Host: `otherbucket.oss-${sandbox.region}.aliyuncs.com`,
    });
    expect([other.status, other.code]).toEqual([404, 'NoSuchBucket']);
  });

  it('serves /__sandbox/info with both addressing styles', async () => {
    const info = (await (await fetch(`${sandbox.origin}/__sandbox/info`)).json()) as Record<
      string,
      unknown
    >;
    expect(info).toMatchObject({
      endpoint: sandbox.url,
      endpoints: { pathStyle: sandbox.url, virtualHosted: sandbox.virtualHostedUrl },
      bucket: sandbox.bucket,
      region: sandbox.region,
      accessKeyId: sandbox.accessKeyId,
      accessKeySecret: sandbox.accessKeySecret,
    });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses an STS key once its token expired (SecurityTokenExpired)', async () => {
    const c = await temporaryCredentials('{"durationSeconds": 1}');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const answer = await postForm(`${sandbox.url}/`, v4Form(c, { key: 'sts/expired.txt' }));
    expect([answer.status, answer.code, answer.ec]).toEqual([
      403,
      'SecurityTokenExpired',
      '0002-00000007',
    ]);
  });

  it('checks a Content-MD5 header against the whole body (InvalidDigest)', async () => {
    const form = buildMultipart(v4Form(creds, { key: 'md5/a.txt' }));
    const good = createHash('md5').update(form.body).digest('base64');
    expect((await postForm(`${sandbox.url}/`, form, { 'Content-MD5': good })).status).toBe(204);
    const bad = await postForm(
      `${sandbox.url}/`,
      buildMultipart(v4Form(creds, { key: 'md5/b.txt' })),
      { 'Content-MD5': good },
    );
    expect([bad.status, bad.code]).toEqual([400, 'InvalidDigest']);
    expect((await fetch(`${sandbox.url}/md5/b.txt`)).status).toBe(404);
  });

  it('issues STS credentials for the duration asked, and refuses a bad duration', async () => {
    const before = Date.now();
    const response = await fetch(`${sandbox.origin}/__sandbox/sts`, {
      method: 'POST',
      body: '{"durationSeconds": 900}',
    });
    const sts = (await response.json()) as Record<string, string>;
    expect(sts.AccessKeyId).toMatch(/^STS\./);
    expect(sts.SecurityToken.length).toBeGreaterThan(20);
    const expires = Date.parse(sts.Expiration);
    expect(expires - before).toBeGreaterThan(895_000);
    expect(expires - before).toBeLessThan(905_000);
    const bad = await fetch(`${sandbox.origin}/__sandbox/sts`, {
      method: 'POST',
      body: '{"durationSeconds": 0}',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { Message: string }).Message).toMatch(
      /durationSeconds must be an integer from 1 to 43200/,
    );
  });
});
