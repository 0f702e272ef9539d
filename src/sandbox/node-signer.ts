// PostObject signatures with node:crypto, independent of the core's Web Crypto signer, so a signing
// bug in one cannot pass by agreeing with itself (the core's Web Crypto signer is src/oss/signing/).
import { createHmac } from 'node:crypto';
import type { SyncSigner } from '../oss/index.ts';

function standardRegion(region: string): string {
  return region.replace(/^oss-/, '');
}

/** V1: Base64 of HMAC-SHA1(key = secret, message = the Base64 policy). */
export function signV1(policyBase64: string, accessKeySecret: string): string {
  return createHmac('sha1', accessKeySecret).update(policyBase64).digest('base64');
}

/** Derived V4 signing keys kept at most (one per AccessKey secret, day and region in use). */
const SIGNING_KEY_CACHE_MAX = 256;
const signingKeys = new Map<string, Buffer>();

/**
 * The V4 signing key: HMAC-SHA256 chain over day, region, 'oss', 'aliyun_v4_request'. It depends
 * only on the secret, the day and the region, so it is derived once per such triple, not per post.
 */
function deriveSigningKeyV4(accessKeySecret: string, day: string, region: string): Buffer {
  const cacheKey = JSON.stringify([accessKeySecret, day, region]);
  const cached = signingKeys.get(cacheKey);
  if (cached) return cached;
  const kDate = createHmac('sha256', `aliyun_v4${accessKeySecret}`).update(day).digest();
  const kRegion = createHmac('sha256', kDate).update(region).digest();
  const kService = createHmac('sha256', kRegion).update('oss').digest();
  const kSigning = createHmac('sha256', kService).update('aliyun_v4_request').digest();
  // Issued STS secrets and past days accumulate; starting over now and then bounds the memory.
  if (signingKeys.size >= SIGNING_KEY_CACHE_MAX) signingKeys.clear();
  signingKeys.set(cacheKey, kSigning);
  return kSigning;
}

/** V4: lower-case hex of HMAC-SHA256 with the aliyun_v4 key chain over the Base64 policy. */
export function signV4(
  policyBase64: string,
  accessKeySecret: string,
  day: string,
  region: string,
): string {
  const kSigning = deriveSigningKeyV4(accessKeySecret, day, standardRegion(region));
  return createHmac('sha256', kSigning).update(policyBase64).digest('hex');
}

/** The SyncSigner evaluatePost calls to check a form's signature. */
export const nodeSigner: SyncSigner = ({ version, policyBase64, accessKeySecret, date, region }) =>
  version === 'v1'
    ? signV1(policyBase64, accessKeySecret)
    : signV4(policyBase64, accessKeySecret, (date ?? '').slice(0, 8), region ?? '');
