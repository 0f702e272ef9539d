// "Test your own signing server" end to end: fetch its JSON answer over HTTP, import it, lint it,
// upload with it to the real sandbox. Answers in Alibaba's V1 app-server shape, its V4 shape with
// STS, and our signer's { url, fields }.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPostForm,
  importSigningServerAnswer,
  lintImportedForm,
  type PostForm,
} from '../../src/oss/index.ts';
import { baseSpec } from '../../src/oss/fixtures/base-spec.ts';
import {
  postFields,
  readObject,
  sampleBytes,
  startHarness,
  type Harness,
} from './snippet-harness.ts';

let h: Harness;
let server: Server;
let answer = '';
let answerUrl = '';

beforeAll(async () => {
  h = await startHarness();
  server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  answerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sign`;
}, 30_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await h?.stop();
});

async function signedForm(version: 'v1' | 'v4', sts: boolean, dir: string): Promise<PostForm> {
  return buildPostForm(
    baseSpec({
      target: { bucket: h.sandbox.bucket, region: h.sandbox.region, endpoint: h.sandbox.url },
      signatureVersion: version,
      credentials: sts
        ? {
            accessKeyId: h.sts.AccessKeyId,
            accessKeySecret: h.sts.AccessKeySecret,
            securityToken: h.sts.SecurityToken,
          }
        : { accessKeyId: h.sandbox.accessKeyId, accessKeySecret: h.sandbox.accessKeySecret },
      key: `${dir}\${filename}`,
      conditions: [
        ['starts-with', '$key', dir],
        ['content-length-range', 1, 1048576],
      ],
    }),
  );
}

function value(form: PostForm, name: string): string {
  for (const f of form.fields) if (f.kind === 'field' && f.name === name) return f.value;
  return '';
}

const SHAPES = [
  {
    name: "Alibaba's V1 app-server answer",
    dir: 'appserver-v1/',
    make: async (dir: string) => {
      const form = await signedForm('v1', false, dir);
      return {
        accessid: value(form, 'OSSAccessKeyId'),
        host: form.url,
        policy: form.policyBase64,
        signature: form.signature,
        expire: Math.floor(Date.now() / 1000) + 600,
        dir,
      };
    },
  },
  {
    name: 'the V4 app-server answer with an STS token (snake case)',
    dir: 'appserver-v4/',
    make: async (dir: string) => {
      const form = await signedForm('v4', true, dir);
      return {
        policy: form.policyBase64,
        x_oss_signature_version: 'OSS4-HMAC-SHA256',
        x_oss_credential: form.credential,
        x_oss_date: form.date,
        signature: form.signature,
        security_token: h.sts.SecurityToken,
        dir,
        host: form.url,
      };
    },
  },
  {
    name: "our signers' { url, fields }",
    dir: 'url-fields/',
    make: async (dir: string) => {
      const form = await signedForm('v4', false, dir);
      const fields = Object.fromEntries(
        form.fields.flatMap((f) => (f.kind === 'field' ? [[f.name, f.value]] : [])),
      );
      return { url: form.url, fields };
    },
  },
];

describe('a signing server answer, fetched, imported, linted and used to upload', () => {
  it.each(SHAPES)('$name', async ({ dir, make }) => {
    answer = JSON.stringify(await make(dir));
    const fetched = await (await fetch(answerUrl)).text();
    const imported = importSigningServerAnswer(fetched);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    // The policy came through decoded, with the conditions it was signed with.
    expect(imported.value.policy?.conditions).toContainEqual(['starts-with', '$key', dir]);
    expect(lintImportedForm(imported.value).filter((c) => c.severity === 'error')).toEqual([]);

    const fileName = `imported ${dir.replace('/', '')}.txt`;
    const bytes = sampleBytes(dir);
    const fields = Object.fromEntries(imported.value.fields.map((f) => [f.name, f.value]));
    const result = await postFields(imported.value.url ?? '', fields, { name: fileName, bytes });
    expect(result.status, result.body).toBeLessThan(300);
    const stored = await readObject(h.sandbox, `${dir}${fileName}`);
    expect(Buffer.from(stored ?? []).equals(Buffer.from(bytes))).toBe(true);
  });
});
