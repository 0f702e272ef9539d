import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPostForm } from './build-post-form.ts';
import { decodeBase64 } from './formats/base64.ts';
import { T4 } from './signing/signing-vectors.ts';
import type { FormEntry, PostForm, PostFormSpec } from './form/form-types.ts';
import { decodePolicy } from './policy/policy-decode.ts';
import type { PolicyDocument } from './policy/policy-types.ts';
import { signPolicyV1 } from './signing/sign-v1.ts';
import { signPolicyV4 } from './signing/sign-v4.ts';

const T4_USER_CONDITIONS: PolicyDocument['conditions'] = [
  ['eq', '$key', 'object/presign_post_object.png'],
  ['eq', '$x-oss-object-acl', 'private'],
  ['content-length-range', 1, 104857600],
];

const T4_SPEC: PostFormSpec = {
  target: { bucket: T4.bucket, region: T4.region },
  credentials: { accessKeyId: T4.accessKeyId, accessKeySecret: T4.secret },
  key: 'object/presign_post_object.png',
  expiration: T4.expiration,
  now: new Date(T4.now),
  conditions: T4_USER_CONDITIONS,
  fields: [{ name: 'x-oss-object-acl', value: 'private' }],
};

function nodeV4(policyBase64: string, secret: string, day: string, region: string): string {
  const h = (key: string | Buffer, msg: string) => createHmac('sha256', key).update(msg).digest();
  const k = h(h(h(h(`aliyun_v4${secret}`, day), region), 'oss'), 'aliyun_v4_request');
  return createHmac('sha256', k).update(policyBase64).digest('hex');
}

const value = (form: PostForm, name: string) =>
  form.fields.find(
    (f): f is Extract<FormEntry, { kind: 'field' }> => f.kind === 'field' && f.name === name,
  )?.value;

describe('buildPostForm — T4 end to end (docs/oss-rules.md#signing-vectors)', () => {
  it("yields T4's credential, date and the same set of conditions", async () => {
    const form = await buildPostForm(T4_SPEC);
    expect(form.url).toBe('https://example-bucket.oss-us-west-1.aliyuncs.com');
    expect(form.credential).toBe(T4.credential);
    expect(form.date).toBe(T4.xOssDate);
    expect(value(form, 'x-oss-credential')).toBe(T4.credential);
    expect(value(form, 'x-oss-date')).toBe(T4.xOssDate);
    expect(value(form, 'x-oss-signature-version')).toBe('OSS4-HMAC-SHA256');
    // T4's JSON puts "conditions" first; ours puts "expiration" first. Same document, other bytes.
    const t4 = JSON.parse(T4.policyJson) as PolicyDocument;
    expect(form.policy).toEqual({ expiration: t4.expiration, conditions: t4.conditions });
    expect(form.policyJson).not.toBe(T4.policyJson);
  });

  it('signs its own policy bytes: signPolicyV4 and an independent node:crypto HMAC agree', async () => {
    const form = await buildPostForm(T4_SPEC);
    expect(value(form, 'policy')).toBe(form.policyBase64);
    expect(value(form, 'x-oss-signature')).toBe(form.signature);
    expect(form.signature).toBe(
      await signPolicyV4(form.policyBase64, T4.secret, form.date!, T4.region),
    );
    expect(form.signature).toBe(nodeV4(form.policyBase64, T4.secret, '20240713', 'us-west-1'));
    // and the same signer gives T4's published signature on T4's own bytes
    expect(await signPolicyV4(T4.policyBase64, T4.secret, T4.date, T4.region)).toBe(T4.signature);
  });

  it('sends exactly the Base64 of the policyJson it reports (serialised once)', async () => {
    const form = await buildPostForm(T4_SPEC);
    const bytes = decodeBase64(form.policyBase64);
    expect(bytes.ok && new TextDecoder().decode(bytes.value)).toBe(form.policyJson);
    expect(decodePolicy(form.policyBase64)).toEqual({ ok: true, value: form.policy });
  });
});

describe('buildPostForm — versions and STS', () => {
  it('V1: OSSAccessKeyId, policy, Signature (Base64 HMAC-SHA1) and a bucket condition', async () => {
    const form = await buildPostForm({ ...T4_SPEC, signatureVersion: 'v1' });
    expect(form.version).toBe('v1');
    expect(form.credential).toBeUndefined();
    expect(form.fields.map((f) => f.name)).toEqual([
      'key',
      'OSSAccessKeyId',
      'policy',
      'Signature',
      'x-oss-object-acl',
      'file',
    ]);
    expect(form.policy.conditions[0]).toEqual({ bucket: T4.bucket });
    expect(form.policy.conditions).toHaveLength(1 + T4_USER_CONDITIONS.length);
    expect(form.signature).toBe(
      createHmac('sha1', T4.secret).update(form.policyBase64).digest('base64'),
    );
    expect(form.signature).toBe(await signPolicyV1(form.policyBase64, T4.secret));
  });

  it.each(['v1', 'v4'] as const)(
    '%s with STS: token field and token condition',
    async (version) => {
      const form = await buildPostForm({
        ...T4_SPEC,
        signatureVersion: version,
        credentials: {
          ...T4_SPEC.credentials,
          accessKeyId: 'STS.abc',
          securityToken: 'CAIS+token/=',
        },
      });
      expect(value(form, 'x-oss-security-token')).toBe('CAIS+token/=');
      expect(form.policy.conditions).toContainEqual({ 'x-oss-security-token': 'CAIS+token/=' });
      if (version === 'v4') expect(form.credential).toMatch(/^STS\.abc\/20240713\//);
      else expect(value(form, 'OSSAccessKeyId')).toBe('STS.abc');
    },
  );

  it('V4 conditions come first, in the published order, with the form values', async () => {
    const form = await buildPostForm({ ...T4_SPEC, conditions: [] });
    expect(form.policy.conditions).toEqual([
      { bucket: T4.bucket },
      { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
      { 'x-oss-credential': T4.credential },
      { 'x-oss-date': T4.xOssDate },
    ]);
  });

  it.each([
    ['23:59:59Z stays on its day', '2024-12-31T23:59:59.999Z', '20241231T235959Z', '20241231'],
    ['00:00:00Z starts the next day', '2025-01-01T00:00:00.000Z', '20250101T000000Z', '20250101'],
  ])('UTC day boundary: %s', async (_name, now, date, day) => {
    const form = await buildPostForm({
      ...T4_SPEC,
      now: new Date(now),
      expiration: { secondsFromNow: 60 },
    });
    expect(form.date).toBe(date);
    expect(form.credential).toBe(`access_key_id/${day}/us-west-1/oss/aliyun_v4_request`);
    expect(form.policy.expiration).toBe(new Date(Date.parse(now) + 60_000).toISOString());
    expect(form.signature).toBe(nodeV4(form.policyBase64, T4.secret, day, 'us-west-1'));
  });

  it('empty secret: signature is empty, nothing throws', async () => {
    const form = await buildPostForm({
      ...T4_SPEC,
      credentials: { accessKeyId: 'AK', accessKeySecret: '' },
    });
    expect(form.signature).toBe('');
    expect(value(form, 'x-oss-signature')).toBe('');
  });

  it('signs with the trimmed secret (as ali-oss does) and says so', async () => {
    const form = await buildPostForm({
      ...T4_SPEC,
      credentials: { accessKeyId: T4.accessKeyId, accessKeySecret: ` ${T4.secret}\n` },
    });
    expect(form.signature).toBe(nodeV4(form.policyBase64, T4.secret, '20240713', 'us-west-1'));
    expect(form.checks.map((c) => c.id)).toContain('credentials.secret-trimmed');
  });

  it('now defaults to the current time', async () => {
    const { now: _now, ...spec } = T4_SPEC;
    const before = Date.now();
    const form = await buildPostForm(spec);
    const signed = Date.UTC(
      +form.date!.slice(0, 4),
      +form.date!.slice(4, 6) - 1,
      +form.date!.slice(6, 8),
      +form.date!.slice(9, 11),
      +form.date!.slice(11, 13),
      +form.date!.slice(13, 15),
    );
    expect(signed).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(signed).toBeLessThanOrEqual(Date.now());
  });
});

describe('buildPostForm — fields the user adds', () => {
  it('canonicalises names and drops copies of fields the builder owns, with a check', async () => {
    const form = await buildPostForm({
      ...T4_SPEC,
      signatureVersion: 'v1',
      fields: [
        { name: 'content-type', value: 'image/png' },
        { name: 'OSSACCESSKEYID', value: 'other' },
        { name: 'KEY', value: 'other.png' },
        { name: 'Content-Type', value: 'text/plain' },
        { name: 'SUCCESS_ACTION_STATUS', value: '201' },
      ],
    });
    expect(form.fields.map((f) => f.name)).toEqual([
      'key',
      'OSSAccessKeyId',
      'policy',
      'Signature',
      'success_action_status',
      'Content-Type',
      'file',
    ]);
    expect(value(form, 'OSSAccessKeyId')).toBe(T4.accessKeyId);
    expect(value(form, 'key')).toBe('object/presign_post_object.png');
    expect(value(form, 'Content-Type')).toBe('image/png');
    const ids = form.checks.map((c) => c.id);
    expect(ids.filter((id) => id === 'form.field-owned')).toHaveLength(2);
    expect(ids).toContain('form.field-duplicate');
    expect(ids).toContain('form.field-renamed');
  });

  it('every entry says why it is there', async () => {
    const form = await buildPostForm(T4_SPEC);
    for (const entry of form.fields) expect(entry.why.length).toBeGreaterThan(30);
  });

  it('callback: Base64 of the CallbackSpec JSON and its x: variables', async () => {
    const form = await buildPostForm({
      ...T4_SPEC,
      callback: {
        urls: ['https://a.example/cb', 'https://b.example/cb'],
        host: 'a.example',
        body: 'object=${object}&my=${x:my}',
        bodyType: 'application/json',
        vars: { 'x:my': '值' },
      },
    });
    const cb = decodeBase64(value(form, 'callback')!);
    expect(cb.ok && JSON.parse(new TextDecoder().decode(cb.value))).toEqual({
      callbackUrl: 'https://a.example/cb;https://b.example/cb',
      callbackHost: 'a.example',
      callbackBody: 'object=${object}&my=${x:my}',
      callbackBodyType: 'application/json',
    });
    expect(value(form, 'x:my')).toBe('值');
  });

  it('a bad expiration still builds, and the checks say what OSS would answer', async () => {
    const form = await buildPostForm({ ...T4_SPEC, expiration: '2030-01-01 00:00:00' });
    expect(form.checks.find((c) => c.id === 'policy.expiration.format')).toMatchObject({
      severity: 'error',
    });
    expect(form.checks.find((c) => c.id === 'policy.expiration.format')?.message).toContain(
      '0006-00000212',
    );
  });
});

describe('buildPostForm never throws (property)', () => {
  it('on arbitrary specs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            target: fc.oneof(
              fc.record({
                bucket: fc.string(),
                region: fc.string(),
                endpoint: fc.option(fc.string(), { nil: undefined }),
              }),
              fc.anything(),
            ),
            signatureVersion: fc.oneof(fc.constantFrom('v1', 'v4'), fc.anything()),
            credentials: fc.oneof(
              fc.record({
                accessKeyId: fc.string(),
                accessKeySecret: fc.string(),
                securityToken: fc.option(fc.string(), { nil: undefined }),
              }),
              fc.anything(),
            ),
            key: fc.oneof(fc.string({ unit: 'grapheme' }), fc.anything()),
            expiration: fc.oneof(
              fc.string(),
              fc.record({ secondsFromNow: fc.oneof(fc.integer(), fc.double()) }),
              fc.anything(),
            ),
            now: fc.oneof(fc.date(), fc.anything()),
            conditions: fc.oneof(fc.array(fc.jsonValue()), fc.anything()),
            fields: fc.oneof(
              fc.array(fc.record({ name: fc.string(), value: fc.string() })),
              fc.anything(),
            ),
            callback: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        async (spec) => {
          const form = await buildPostForm(spec as unknown as PostFormSpec);
          expect(form.fields[0].name).toBe('key');
          expect(form.fields.at(-1)).toMatchObject({ kind: 'file', name: 'file' });
          expect(form.fields.filter((f) => f.kind === 'file')).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
