// The policy the builder signs: the conditions it must add (bucket; V4 signature version,
// credential and date with the form's values; the STS token), then the user's (docs/oss-rules.md#v4-policy-conditions).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { normalizeExpiration } from './expiration.ts';
import type { PolicyCondition, PolicyDocument } from './policy-types.ts';
import { V4_SIGNATURE_VERSION } from '../signing/sign-v4.ts';

/**
 * A policy document from an expiration and conditions (conditions copied, order kept).
 *
 * @example
 * buildPolicy('2030-01-01T00:00:00.000Z', [{ bucket: 'examplebucket' }])
 * // { expiration: '2030-01-01T00:00:00.000Z', conditions: [{ bucket: 'examplebucket' }] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function buildPolicy(
  expiration: string,
  conditions: readonly PolicyCondition[],
): PolicyDocument {
  return { expiration, conditions: [...conditions] };
}

/**
 * The three V4 conditions, with exactly the values sent in the form fields.
 *
 * @example
 * v4PolicyConditions('AK/20250701/cn-hangzhou/oss/aliyun_v4_request', '20250701T024410Z')
 * // [{ 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
 * //  { 'x-oss-credential': 'AK/20250701/cn-hangzhou/oss/aliyun_v4_request' },
 * //  { 'x-oss-date': '20250701T024410Z' }]
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function v4PolicyConditions(credential: string, ossDate: string): PolicyCondition[] {
  return [
    { 'x-oss-signature-version': V4_SIGNATURE_VERSION },
    { 'x-oss-credential': credential },
    { 'x-oss-date': ossDate },
  ];
}

/** What `builderConditions` needs. */
export interface BuilderConditionInput {
  bucket: string;
  /** V4 only: the `x-oss-credential` and `x-oss-date` form values. */
  v4?: { credential: string; date: string };
  securityToken?: string;
}

/**
 * The conditions the builder always puts first: `{"bucket"}`, the V4 trio when signing V4, and
 * `{"x-oss-security-token"}` with STS — the order of the published V4 samples (vectors T4, D2: docs/oss-rules.md#signing-vectors).
 *
 * @example
 * builderConditions({ bucket: 'b', securityToken: 'tok' })
 * // [{ bucket: 'b' }, { 'x-oss-security-token': 'tok' }]
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function builderConditions(input: BuilderConditionInput): PolicyCondition[] {
  return [
    { bucket: input.bucket },
    ...(input.v4 ? v4PolicyConditions(input.v4.credential, input.v4.date) : []),
    ...(input.securityToken ? [{ 'x-oss-security-token': input.securityToken }] : []),
  ];
}

/**
 * The policy `expiration` text: an ISO instant normalised to UTC (normalizeExpiration; text that is
 * not one is kept as given, and the checks flag it), or `now` plus some seconds in
 * `Date.prototype.toISOString()` form (`YYYY-MM-DDTHH:mm:ss.sssZ`). Out-of-range → `''`.
 *
 * @example
 * resolveExpiration({ secondsFromNow: 3600 }, new Date('2024-07-13T13:34:14Z')) // '2024-07-13T14:34:14.000Z'
 * resolveExpiration('2030-01-01T08:00:00+08:00', new Date())                    // '2030-01-01T00:00:00Z'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function resolveExpiration(
  expiration: string | { secondsFromNow: number },
  now: Date,
): string {
  // An ISO instant is written one way (normalizeExpiration); other text is kept as given, for the
  // checks to name what OSS would answer.
  if (typeof expiration === 'string') return normalizeExpiration(expiration) ?? expiration;
  const seconds = Number(expiration?.secondsFromNow);
  const at = new Date(now.getTime() + seconds * 1000);
  return Number.isFinite(seconds) && !Number.isNaN(at.getTime()) ? at.toISOString() : '';
}
