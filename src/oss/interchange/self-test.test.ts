import { describe, expect, it } from 'vitest';
import { runSelfTest, SELF_TEST_VECTORS, type SelfTestVector } from './self-test.ts';

describe('runSelfTest', () => {
  it('passes every known-answer vector, in order', async () => {
    const results = await runSelfTest();
    expect(results.map((r) => [r.id, r.version, r.pass])).toEqual([
      ['T1', 'v1', true],
      ['T2', 'v1', true],
      ['T3', 'v1', true],
      ['T4', 'v4', true],
      ['T5', 'v4', true],
      ['D1', 'v1', true],
      ['D2', 'v4', true],
    ]);
    expect(results.every((r) => r.actual === r.expected)).toBe(true);
  });

  it.each([
    [
      'a changed expected signature',
      (v: (typeof SELF_TEST_VECTORS)[number]) => ({
        ...v,
        signature: v.signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
      }),
      undefined,
    ],
    [
      'a changed secret',
      (v: (typeof SELF_TEST_VECTORS)[number]) => ({ ...v, secret: `${v.secret}x` }),
      undefined,
    ],
    [
      'policy JSON that no longer matches its Base64',
      (v: (typeof SELF_TEST_VECTORS)[number]) => ({ ...v, policyJson: `${v.policyJson} ` }),
      true,
    ],
  ])('fails a vector with %s', async (_name, corrupt, base64Mismatch) => {
    const vectors = SELF_TEST_VECTORS.map((v, i) => (i === 3 ? corrupt(v) : v));
    const results = await runSelfTest(vectors);
    expect(results.map((r) => r.pass)).toEqual([true, true, true, false, true, true, true]);
    expect(results[3].base64Mismatch).toBe(base64Mismatch);
  });

  it('reports a signer error as a failed vector, not a throw', async () => {
    const broken = { ...SELF_TEST_VECTORS[4], region: undefined } as unknown as SelfTestVector;
    const [result] = await runSelfTest([broken]);
    expect(result.pass).toBe(false);
  });
});
