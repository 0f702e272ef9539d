import {
  D1,
  D2,
  T1,
  T2,
  T3,
  T4,
  T5,
  type V1Vector,
  type V4Vector,
} from '../signing/signing-vectors.ts';
import { encodeUtf8Base64 } from '../formats/base64.ts';
import { signPolicyV1 } from '../signing/sign-v1.ts';
import { signPolicyV4 } from '../signing/sign-v4.ts';

/** A known-answer vector for the self-test, V1 or V4. */
export type SelfTestVector = ({ version: 'v1' } & V1Vector) | ({ version: 'v4' } & V4Vector);

/** One vector's outcome: the Base64 and the signature, each compared with the published value. */
export interface SelfTestResult {
  id: string;
  version: 'v1' | 'v4';
  source: string;
  pass: boolean;
  expected: string;
  /** Empty when signing threw. */
  actual: string;
  /** Set when the UTF-8 Base64 of the policy JSON is not the vector's. */
  base64Mismatch?: boolean;
  /** Set when the signer threw (e.g. Web Crypto missing). */
  error?: string;
  ms: number;
}

/**
 * The known-answer vectors in order: T1, T2, T3 (V1), T4, T5 (V4), D1 (V1, UTF-8), D2 (V4, UTF-8).
 *
 * @example
 * SELF_TEST_VECTORS.map((v) => v.id) // ['T1', 'T2', 'T3', 'T4', 'T5', 'D1', 'D2']
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const SELF_TEST_VECTORS: readonly SelfTestVector[] = [
  { version: 'v1', ...T1 },
  { version: 'v1', ...T2 },
  { version: 'v1', ...T3 },
  { version: 'v4', ...T4 },
  { version: 'v4', ...T5 },
  { version: 'v1', ...D1 },
  { version: 'v4', ...D2 },
];

async function runOne(vector: SelfTestVector): Promise<SelfTestResult> {
  const started = Date.now();
  const base = {
    id: vector.id,
    version: vector.version,
    source: vector.source,
    expected: vector.signature,
  };
  try {
    const base64Mismatch = encodeUtf8Base64(vector.policyJson) !== vector.policyBase64;
    const actual =
      vector.version === 'v1'
        ? await signPolicyV1(vector.policyBase64, vector.secret)
        : await signPolicyV4(vector.policyBase64, vector.secret, vector.date, vector.region);
    return {
      ...base,
      actual,
      pass: !base64Mismatch && actual === vector.signature,
      ...(base64Mismatch ? { base64Mismatch } : {}),
      ms: Date.now() - started,
    };
  } catch (error) {
    return {
      ...base,
      actual: '',
      pass: false,
      error: error instanceof Error ? error.message : String(error),
      ms: Date.now() - started,
    };
  }
}

/**
 * Runs the known-answer signing vectors (T1–T5, D1, D2; docs/oss-rules.md#signing-vectors) through this runtime's signers
 * (Web Crypto in the browser), checking both the UTF-8 Base64 of each policy and its signature.
 * A failure means this browser, a proxy or an extension changes the crypto or the text.
 *
 * @example
 * const results = await runSelfTest();
 * results.every((r) => r.pass) // true
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export async function runSelfTest(
  vectors: readonly SelfTestVector[] = SELF_TEST_VECTORS,
): Promise<SelfTestResult[]> {
  const results: SelfTestResult[] = [];
  for (const vector of vectors) results.push(await runOne(vector));
  return results;
}
