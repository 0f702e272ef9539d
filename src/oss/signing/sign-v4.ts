// V4 (OSS4-HMAC-SHA256) PostObject signature: the string to sign is the Base64 policy itself;
// the key is derived aliyun_v4+secret → day → region → "oss" → "aliyun_v4_request".
// https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
import { hmac, toHex, utf8 } from './hmac.ts';
import { standardRegion } from './region.ts';
import { credentialDay } from './v4-date.ts';

/**
 * The fixed `x-oss-signature-version` value.
 *
 * @example
 * ({ 'x-oss-signature-version': V4_SIGNATURE_VERSION }) // { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' }
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const V4_SIGNATURE_VERSION = 'OSS4-HMAC-SHA256';
const DAY_OR_DATE = /^(\d{8})(T\d{6}Z)?$/;

function scopeDay(date: string | Date): string {
  if (date instanceof Date) return credentialDay(date);
  const m = DAY_OR_DATE.exec(String(date));
  if (!m) {
    throw new RangeError(
      `V4 date must be 'YYYYMMDD' or 'YYYYMMDDTHHMMSSZ' in UTC, got ${JSON.stringify(date)}`,
    );
  }
  return m[1];
}

/**
 * The `x-oss-credential` value: `AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request`, with the
 * UTC day and the region without `oss-`. Throws RangeError on a malformed date string.
 *
 * @example
 * v4Credential('access_key_id', '20240713T133414Z', 'oss-us-west-1')
 * // 'access_key_id/20240713/us-west-1/oss/aliyun_v4_request'  (vector T4, docs/oss-rules.md#signing-vectors)
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function v4Credential(accessKeyId: string, date: string | Date, region: string): string {
  return `${accessKeyId}/${scopeDay(date)}/${standardRegion(region)}/oss/aliyun_v4_request`;
}

/**
 * The V4 signing key (raw 32 bytes) for a secret, UTC day and region.
 *
 * @example
 * toHex(await deriveV4SigningKey('access_key_secret', '20240713', 'us-west-1'))
 * // 'ab259f9d7ed156e0c3ae542c3dd04bc1de07d1339e2d76b2128ef4324c639bec'  (vector T4 kSigning, docs/oss-rules.md#signing-vectors)
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export async function deriveV4SigningKey(
  accessKeySecret: string,
  date: string | Date,
  region: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const kDate = await hmac('SHA-256', utf8(`aliyun_v4${accessKeySecret}`), utf8(scopeDay(date)));
  const kRegion = await hmac('SHA-256', kDate, utf8(standardRegion(region)));
  const kService = await hmac('SHA-256', kRegion, utf8('oss'));
  return hmac('SHA-256', kService, utf8('aliyun_v4_request'));
}

/**
 * The V4 `x-oss-signature`: lower-case hex HMAC-SHA256 of the Base64 policy under the derived key.
 * `date` is `YYYYMMDD` or `YYYYMMDDTHHMMSSZ` (UTC; only the day is used); `region` with or
 * without `oss-`. An empty secret gives `''`; a malformed date rejects with a RangeError.
 *
 * @example
 * await signPolicyV4(
 *   'eyJjb25kaXRpb25zIjpbWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsMCwxMDQ4NTc2MF0seyJidWNrZXQiOiJhaGFoYSJ9LHsiQSI6ImEifSx7ImtleSI6IkFCQyJ9XSwiZXhwaXJhdGlvbiI6IjIwMTMtMTItMDFUMTI6MDA6MDBaIn0=',
 *   'yourAccessKeySecret',
 *   '20250701T024410Z',
 *   'oss-cn-hangzhou',
 * ) // '4f19e5c3030598cfe1d4e34b6006cd931bae28ddd5df481ff175e70e94495793'  (vector T5, docs/oss-rules.md#signing-vectors)
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export async function signPolicyV4(
  policyBase64: string,
  accessKeySecret: string,
  date: string,
  region: string,
): Promise<string> {
  if (typeof accessKeySecret !== 'string' || accessKeySecret === '') return '';
  const key = await deriveV4SigningKey(accessKeySecret, date, region);
  return toHex(await hmac('SHA-256', key, utf8(String(policyBase64))));
}
