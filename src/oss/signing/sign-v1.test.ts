import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { V1_VECTORS } from './signing-vectors.ts';
import { encodePolicy } from '../policy/policy-encode.ts';
import { signPolicyV1 } from './sign-v1.ts';

describe('signPolicyV1 — the published V1 vectors (docs/oss-rules.md#signing-vectors)', () => {
  it.each(V1_VECTORS)('$id ($source)', async (v) => {
    expect(encodePolicy(v.policyJson)).toBe(v.policyBase64);
    expect(await signPolicyV1(v.policyBase64, v.secret)).toBe(v.signature);
  });
});

describe('signPolicyV1', () => {
  it('uses the secret as the HMAC key (not the policy)', async () => {
    const policy = 'eyJhIjoxfQ==';
    const expected = createHmac('sha1', 'secret').update(policy).digest('base64');
    expect(await signPolicyV1(policy, 'secret')).toBe(expected);
    expect(await signPolicyV1(policy, 'secret')).not.toBe(
      createHmac('sha1', policy).update('secret').digest('base64'),
    );
  });

  it('takes a non-ASCII secret as UTF-8', async () => {
    expect(await signPolicyV1('abc', '密钥🔑')).toBe(
      createHmac('sha1', Buffer.from('密钥🔑', 'utf8')).update('abc').digest('base64'),
    );
  });

  it('gives an empty signature for an empty secret instead of throwing', async () => {
    await expect(signPolicyV1('abc', '')).resolves.toBe('');
  });
});
