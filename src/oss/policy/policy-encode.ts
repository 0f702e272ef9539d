// Policy → JSON text → UTF-8 bytes → Base64. The Base64 is the string that is signed AND sent, so
// callers serialise once and reuse the same text (docs/oss-rules.md#policy-document).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { encodeUtf8Base64 } from '../formats/base64.ts';
import type { PolicyDocument } from './policy-types.ts';

/**
 * The policy as compact JSON, `expiration` first, then `conditions` in their given order
 * (the same text `JSON.stringify` gives, which is what the official SDKs sign).
 *
 * @example
 * serializePolicy({ expiration: '2030-01-01T00:00:00.000Z', conditions: [{ bucket: 'b' }] })
 * // '{"expiration":"2030-01-01T00:00:00.000Z","conditions":[{"bucket":"b"}]}'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function serializePolicy(policy: PolicyDocument): string {
  return JSON.stringify({ expiration: policy.expiration, conditions: policy.conditions });
}

/**
 * Base64 of the UTF-8 bytes of the policy: the value of the `policy` form field and the string
 * to sign. A string is taken as the exact JSON text and encoded byte for byte (no re-serialising),
 * so `encodePolicy(json)` of a known vector gives its known Base64.
 *
 * @example
 * encodePolicy('{"conditions":[["content-length-range",0,10485760],{"bucket":"ahaha"},{"A":"a"},{"key":"ABC"}],"expiration":"2013-12-01T12:00:00Z"}')
 * // 'eyJjb25kaXRpb25zIjpbWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsMCwxMDQ4NTc2MF0seyJidWNrZXQiOiJhaGFoYSJ9LHsiQSI6ImEifSx7ImtleSI6IkFCQyJ9XSwiZXhwaXJhdGlvbiI6IjIwMTMtMTItMDFUMTI6MDA6MDBaIn0='
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function encodePolicy(policy: PolicyDocument | string): string {
  return encodeUtf8Base64(typeof policy === 'string' ? policy : serializePolicy(policy));
}
