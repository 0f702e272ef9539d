import { describe, expect, it } from 'vitest';
import { D1, D2 } from '../signing/signing-vectors.ts';
import { importSigningServerAnswer } from './import-signing-server.ts';

const pairs = (r: ReturnType<typeof importSigningServerAnswer>) =>
  r.ok ? r.value.fields.map((f) => [f.name, f.value]) : r.issues;

describe('importSigningServerAnswer', () => {
  it.each([
    [
      "Alibaba's V1 app-server shape",
      {
        accessid: 'LTAI5',
        host: 'https://b.oss-cn-hangzhou.aliyuncs.com',
        policy: D1.policyBase64,
        signature: D1.signature,
        expire: 1700000000,
        dir: 'user-dir/',
        callback: 'eyJjYWxsYmFja1VybCI6Imh0dHA6Ly9hLmIvYyJ9',
      },
      'v1',
      [
        ['key', 'user-dir/${filename}'],
        ['OSSAccessKeyId', 'LTAI5'],
        ['policy', D1.policyBase64],
        ['Signature', D1.signature],
        ['callback', 'eyJjYWxsYmFja1VybCI6Imh0dHA6Ly9hLmIvYyJ9'],
      ],
    ],
    [
      'V4 app-server shape (snake case, security_token)',
      {
        policy: D2.policyBase64,
        x_oss_signature_version: 'OSS4-HMAC-SHA256',
        x_oss_credential: D2.credential,
        x_oss_date: D2.date,
        signature: D2.signature,
        security_token: 'TOKEN',
        dir: 'up/',
        host: 'https://b.oss-cn-hangzhou.aliyuncs.com',
      },
      'v4',
      [
        ['key', 'up/${filename}'],
        ['policy', D2.policyBase64],
        ['x-oss-signature-version', 'OSS4-HMAC-SHA256'],
        ['x-oss-credential', D2.credential],
        ['x-oss-date', D2.date],
        ['x-oss-signature', D2.signature],
        ['x-oss-security-token', 'TOKEN'],
      ],
    ],
    [
      'V4 with x-oss-* members and camelCase, inside a data envelope',
      {
        code: 0,
        data: {
          host: 'http://h/b',
          'x-oss-signature-version': 'OSS4-HMAC-SHA256',
          xOssCredential: D2.credential,
          'x-oss-date': D2.date,
          'x-oss-signature': D2.signature,
          policy: D2.policyBase64,
          key: 'k.txt',
          success_action_status: '201',
        },
      },
      'v4',
      [
        ['key', 'k.txt'],
        ['x-oss-signature-version', 'OSS4-HMAC-SHA256'],
        ['x-oss-credential', D2.credential],
        ['x-oss-date', D2.date],
        ['x-oss-signature', D2.signature],
        ['policy', D2.policyBase64],
        ['success_action_status', '201'],
      ],
    ],
    [
      "our signing servers' answer: V4 app-server members plus fields",
      {
        host: 'http://h/b',
        policy: D2.policyBase64,
        x_oss_signature_version: 'OSS4-HMAC-SHA256',
        x_oss_credential: D2.credential,
        x_oss_date: D2.date,
        signature: D2.signature,
        dir: 'u/1a2b/',
        fields: { success_action_status: '201', 'x-oss-meta-owner': 'ana', policy: 'ignored' },
      },
      'v4',
      [
        ['key', 'u/1a2b/${filename}'],
        ['policy', D2.policyBase64],
        ['x-oss-signature-version', 'OSS4-HMAC-SHA256'],
        ['x-oss-credential', D2.credential],
        ['x-oss-date', D2.date],
        ['x-oss-signature', D2.signature],
        ['success_action_status', '201'],
        ['x-oss-meta-owner', 'ana'],
      ],
    ],
    [
      'our signer output { url, fields }',
      {
        url: 'http://h/b',
        fields: {
          key: 'k',
          policy: D2.policyBase64,
          'x-oss-signature-version': 'OSS4-HMAC-SHA256',
        },
      },
      'v4',
      [
        ['key', 'k'],
        ['policy', D2.policyBase64],
        ['x-oss-signature-version', 'OSS4-HMAC-SHA256'],
      ],
    ],
  ])('%s', (_name, answer, version, fields) => {
    const result = importSigningServerAnswer(JSON.stringify(answer));
    expect(pairs(result)).toEqual(fields);
    expect(result.ok && result.value.version).toBe(version);
    expect(result.ok && result.value.policy?.conditions.length).toBeGreaterThan(0);
  });

  it('lists members that are not form fields', () => {
    const result = importSigningServerAnswer(
      JSON.stringify({
        accessid: 'A',
        policy: D1.policyBase64,
        signature: 's',
        expire: 1,
        requestId: 'r',
      }),
    );
    expect(result.ok && result.value.problems.map((p) => p.path)).toEqual(['expire', 'requestId']);
  });

  it.each([
    ['not JSON', 'oops', 'signing-server.json'],
    ['an array', '[1]', 'signing-server.shape'],
  ])('refuses %s', (_name, text, id) => {
    const result = importSigningServerAnswer(text);
    expect(!result.ok && result.issues[0].id).toBe(id);
  });

  it('reports a policy that does not decode, with the OSS error it causes', () => {
    const result = importSigningServerAnswer(
      JSON.stringify({ accessid: 'A', policy: 'bm90IGpzb24=', signature: 's' }),
    );
    expect(result.ok && result.value.problems[0]).toMatchObject({
      id: 'policy.json-syntax',
      oss: { code: 'InvalidPolicyDocument' },
    });
  });
});
