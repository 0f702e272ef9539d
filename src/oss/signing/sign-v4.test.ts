import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { T4, T5, V4_VECTORS } from './signing-vectors.ts';
import { toHex } from './hmac.ts';
import { encodePolicy } from '../policy/policy-encode.ts';
import { deriveV4SigningKey, signPolicyV4, v4Credential } from './sign-v4.ts';

/** The V4 chain with node:crypto, independent of the Web Crypto code under test. */
function nodeSignV4(policyBase64: string, secret: string, day: string, region: string): string {
  const h = (key: string | Buffer, msg: string) => createHmac('sha256', key).update(msg).digest();
  const k = h(h(h(h(`aliyun_v4${secret}`, day), region), 'oss'), 'aliyun_v4_request');
  return createHmac('sha256', k).update(policyBase64).digest('hex');
}

describe('signPolicyV4 — the published V4 vectors (docs/oss-rules.md#signing-vectors)', () => {
  it.each(V4_VECTORS)('$id ($source)', async (v) => {
    expect(encodePolicy(v.policyJson)).toBe(v.policyBase64);
    expect(await signPolicyV4(v.policyBase64, v.secret, v.date, v.region)).toBe(v.signature);
  });

  it.each([
    ['T4', T4.secret, '20240713', 'us-west-1', T4.kSigningHex],
    ['T5', T5.secret, '20250701', 'cn-hangzhou', T5.kSigningHex],
  ])('%s signing key', async (_id, secret, day, region, expected) => {
    expect(toHex(await deriveV4SigningKey(secret, day, region))).toBe(expected);
  });
});

describe('signPolicyV4 inputs', () => {
  const b64 = T4.policyBase64;
  it.each([
    ['day only', '20240713', 'us-west-1'],
    ['full x-oss-date', '20240713T133414Z', 'us-west-1'],
    ['region with oss- prefix', '20240713', 'oss-us-west-1'],
    ['another time the same UTC day', '20240713T235959Z', 'oss-us-west-1'],
  ])('%s gives T4', async (_name, date, region) => {
    expect(await signPolicyV4(b64, T4.secret, date, region)).toBe(T4.signature);
  });

  it('a different UTC day gives a different signature', async () => {
    const next = await signPolicyV4(b64, T4.secret, '20240714T000000Z', 'us-west-1');
    expect(next).not.toBe(T4.signature);
    expect(next).toBe(nodeSignV4(b64, T4.secret, '20240714', 'us-west-1'));
  });

  it('is lower-case hex, 64 characters', async () => {
    expect(await signPolicyV4(b64, 'k', '20240101', 'cn-hangzhou')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives an empty signature for an empty secret', async () => {
    await expect(signPolicyV4(b64, '', '20240713', 'us-west-1')).resolves.toBe('');
  });

  it.each([['2024-07-13'], ['20240713T1334Z'], [''], ['2024071']])(
    'rejects the malformed date %j with a RangeError',
    async (date) => {
      await expect(signPolicyV4(b64, 'k', date, 'us-west-1')).rejects.toThrow(RangeError);
    },
  );
});

describe('v4Credential', () => {
  it.each([
    ['access_key_id', '20240713T133414Z', 'oss-us-west-1', T4.credential],
    ['AK', '20250701', 'cn-hangzhou', 'AK/20250701/cn-hangzhou/oss/aliyun_v4_request'],
    [
      'AK',
      new Date('2024-12-31T23:59:59.999Z'),
      'oss-cn-hangzhou',
      'AK/20241231/cn-hangzhou/oss/aliyun_v4_request',
    ],
    [
      'STS.x',
      new Date('2025-01-01T00:00:00Z'),
      'cn-beijing',
      'STS.x/20250101/cn-beijing/oss/aliyun_v4_request',
    ],
  ])('%s %s %s', (ak, date, region, expected) => {
    expect(v4Credential(ak, date, region)).toBe(expected);
  });
});
