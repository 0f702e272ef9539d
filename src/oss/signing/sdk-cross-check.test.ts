// Cross-check with the official SDK: ali-oss (devDependency) signs the same policy bytes to the
// same signatures as buildPostForm, for V1 (calculatePostSignature) and V4
// (signPostObjectPolicyV4), over seeded random policies. ali-oss re-serialises the policy with
// JSON.stringify(JSON.parse(text)); our serializePolicy emits exactly JSON.stringify's text, so
// the Base64 being compared is byte-identical (asserted in every run).
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPostForm } from '../build-post-form.ts';
import { loadAliOss } from '../fixtures/ali-oss.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';

const OSS = loadAliOss();

const REGIONS = [
  'cn-hangzhou',
  'oss-cn-hangzhou',
  'us-west-1',
  'oss-us-west-1',
  'ap-southeast-1',
  'oss-eu-central-1',
  'cn-beijing',
];
const BUCKETS = ['examplebucket', 'example-bucket', 'b-1', 'my-bucket-2025'];
const TEXT = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    '0',
    '/',
    '-',
    '_',
    '.',
    ' ',
    '$',
    '"',
    '\\',
    '用',
    '户',
    '文',
    '件',
    '😀',
    '🚀',
    'é',
    'ß',
    '\n',
  ),
  maxLength: 24,
});
// Day boundaries first, then anything from 2000 to 2099.
const NOW = fc.oneof(
  fc
    .constantFrom(
      '2024-07-13T23:59:59.999Z',
      '2024-07-14T00:00:00.000Z',
      '2024-12-31T23:59:59.000Z',
      '2025-01-01T00:00:00.000Z',
      '2024-02-29T23:59:59.000Z',
    )
    .map((s) => new Date(s)),
  fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  }),
);
const SECRET = fc
  .string({
    unit: fc.constantFrom('A', 'b', '9', '+', '/', '密', '钥', '🔑'),
    minLength: 1,
    maxLength: 40,
  })
  .filter((s) => s.trim() === s && s !== '');
const CONDITION: fc.Arbitrary<PolicyCondition> = fc.oneof(
  fc.tuple(
    fc.constantFrom('eq' as const, 'starts-with' as const),
    fc.constantFrom('$key', '$x-oss-meta-名', '$Content-Type'),
    TEXT,
  ),
  fc
    .tuple(fc.nat(1_000), fc.nat(5_000_000_000))
    .map(([a, b]): PolicyCondition => ['content-length-range', a, a + b]),
  fc.tuple(
    fc.constantFrom('in' as const, 'not-in' as const),
    fc.constant('$content-type'),
    fc.array(TEXT, { maxLength: 3 }),
  ),
  TEXT.map((v): PolicyCondition => ({ 'x-oss-meta-标签': v })),
);

const CASE = fc.record({
  version: fc.constantFrom('v1' as const, 'v4' as const),
  region: fc.constantFrom(...REGIONS),
  bucket: fc.constantFrom(...BUCKETS),
  accessKeyId: fc.oneof(
    fc.constant('LTAI5tExampleKeyId'),
    fc
      .string({ unit: fc.constantFrom('A', 'k', '1'), minLength: 1, maxLength: 20 })
      .map((s) => `STS.${s}`),
  ),
  secret: SECRET,
  token: fc.option(
    fc.string({
      unit: fc.constantFrom('C', 'A', 'I', 'S', '+', '/', '=', '中'),
      minLength: 1,
      maxLength: 60,
    }),
    { nil: undefined },
  ),
  key: TEXT.map((s) => `uploads/${s}/\${filename}`),
  now: NOW,
  seconds: fc.integer({ min: 1, max: 7 * 86_400 }),
  conditions: fc.array(CONDITION, { maxLength: 5 }),
});

describe('ali-oss cross-check (seeded random policies)', () => {
  it('buildPostForm signs every policy exactly as ali-oss does, V1 and V4', async () => {
    let v1 = 0;
    let v4 = 0;
    const seen = { nonAscii: 0, emoji: 0, sts: 0, ossPrefix: 0, dayBoundary: 0 };
    await fc.assert(
      fc.asyncProperty(CASE, async (c) => {
        const form = await buildPostForm({
          target: { bucket: c.bucket, region: c.region },
          signatureVersion: c.version,
          credentials: {
            accessKeyId: c.accessKeyId,
            accessKeySecret: c.secret,
            ...(c.token ? { securityToken: c.token } : {}),
          },
          key: c.key,
          expiration: { secondsFromNow: c.seconds },
          now: c.now,
          conditions: c.conditions,
        });
        const client = new OSS({
          region: c.region,
          accessKeyId: c.accessKeyId,
          accessKeySecret: c.secret,
          bucket: c.bucket,
        });
        if (/[\u0080-\u{10ffff}]/u.test(form.policyJson)) seen.nonAscii++;
        if (/\p{Extended_Pictographic}/u.test(form.policyJson)) seen.emoji++;
        if (c.token) seen.sts++;
        if (c.region.startsWith('oss-')) seen.ossPrefix++;
        if (/T(23:59:59|00:00:00)/.test(c.now.toISOString())) seen.dayBoundary++;
        // Same bytes: ali-oss's re-serialisation of our JSON is our JSON.
        expect(JSON.stringify(JSON.parse(form.policyJson))).toBe(form.policyJson);
        if (c.version === 'v1') {
          v1++;
          const sdk = client.calculatePostSignature(form.policyJson);
          expect(sdk.policy).toBe(form.policyBase64);
          expect(sdk.Signature).toBe(form.signature);
          expect(sdk.OSSAccessKeyId).toBe(c.accessKeyId);
        } else {
          v4++;
          expect(Buffer.from(form.policyJson, 'utf8').toString('base64')).toBe(form.policyBase64);
          expect(client.signPostObjectPolicyV4(form.policyJson, c.now)).toBe(form.signature);
          expect(client.signPostObjectPolicyV4(form.policy, c.now)).toBe(form.signature);
        }
      }),
      { seed: 20250701, numRuns: 600 },
    );
    expect(v1 + v4).toBeGreaterThanOrEqual(600);
    expect(v1).toBeGreaterThan(200);
    expect(v4).toBeGreaterThan(200);
    // the generators really reach the cases this check exists for
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(50);
  });
});
