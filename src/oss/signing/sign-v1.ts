// V1 (legacy) PostObject signature: Base64(HMAC-SHA1(key = secret, message = the Base64 policy)).
// https://help.aliyun.com/zh/oss/developer-reference/signature-version-1
import { encodeBase64 } from '../formats/base64.ts';
import { hmac, utf8 } from './hmac.ts';

/**
 * The V1 `Signature` field: standard padded Base64 of HMAC-SHA1 with the AccessKey secret as key,
 * over the Base64 policy exactly as sent. An empty secret gives `''` (nothing can be signed).
 *
 * @example
 * await signPolicyV1(
 *   'eyJjb25kaXRpb25zIjpbWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsMCwxMDQ4NTc2MF0seyJidWNrZXQiOiJhaGFoYSJ9LHsiQSI6ImEifSx7ImtleSI6IkFCQyJ9XSwiZXhwaXJhdGlvbiI6IjIwMTMtMTItMDFUMTI6MDA6MDBaIn0=',
 *   'OtxrzxIsfpFjA7SwPzILwy8Bw21TLhquhboDYROV',
 * ) // 'W835KpLsL6k1/oo28RcsEflB6hw='  (vector T3, docs/oss-rules.md#signing-vectors)
 * @see https://help.aliyun.com/zh/oss/developer-reference/signature-version-1
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export async function signPolicyV1(policyBase64: string, accessKeySecret: string): Promise<string> {
  if (typeof accessKeySecret !== 'string' || accessKeySecret === '') return '';
  return encodeBase64(await hmac('SHA-1', utf8(accessKeySecret), utf8(String(policyBase64))));
}
