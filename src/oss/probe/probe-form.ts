// How a probe's upload becomes a signed form: the policy's auth conditions (credential, date,
// version, token) replaced by the target's own, signed with V4; the parts in OSS's send order.
// https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
import { AUTH_FIELD_NAMES, type NamedValue } from '../form/field-names.ts';
import { encodePolicy } from '../policy/policy-encode.ts';
import { readCondition } from '../policy/condition-match.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';
import { standardRegion } from '../signing/region.ts';
import { signPolicyV4, v4Credential, V4_SIGNATURE_VERSION } from '../signing/sign-v4.ts';
import { credentialDay, formatOssDate } from '../signing/v4-date.ts';
import type { PostPart } from '../evaluate/verdict-types.ts';
import type { ProbeUpload } from './probe-types.ts';

const AUTH = new Set(AUTH_FIELD_NAMES.map((name) => name.toLowerCase()));

/** The AccessKey a target signs with. */
export interface ProbeKey {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/**
 * The policy as the target signs it: the conditions on auth fields swapped for the target's own
 * (the bucket, key and every other condition kept as they are), the expiration unchanged.
 *
 * @example
 * probePolicyFor({ expiration: 'E', conditions: [{ 'x-oss-credential': 'X' }, ['starts-with', '$key', 'u/']] }, 'AK/20300101/cn-hangzhou/oss/aliyun_v4_request', '20300101T000000Z')
 * // { expiration: 'E', conditions: [['starts-with', '$key', 'u/'], { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' }, { 'x-oss-credential': 'AK/…' }, { 'x-oss-date': '20300101T000000Z' }] }
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function probePolicyFor(
  policy: PolicyDocument,
  credential: string,
  ossDate: string,
  securityToken?: string,
): PolicyDocument {
  const kept = policy.conditions.filter((condition) => {
    const test = readCondition(condition);
    return test.op === 'unknown' || test.op === 'content-length-range' || !AUTH.has(test.field);
  });
  return {
    expiration: policy.expiration,
    conditions: [
      ...kept,
      { 'x-oss-signature-version': V4_SIGNATURE_VERSION },
      { 'x-oss-credential': credential },
      { 'x-oss-date': ossDate },
      ...(securityToken ? [{ 'x-oss-security-token': securityToken }] : []),
    ],
  };
}

/**
 * The auth fields of the policy signed with the target's key (V4), in send order.
 *
 * @example
 * await signProbeFields(policy, { accessKeyId: 'AK', accessKeySecret: 'S' }, 'cn-hangzhou', new Date())
 * // [{ name: 'policy', … }, { name: 'x-oss-signature-version', … }, …, { name: 'x-oss-signature', … }]
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export async function signProbeFields(
  policy: PolicyDocument,
  key: ProbeKey,
  region: string,
  now: Date,
): Promise<NamedValue[]> {
  const ossDate = formatOssDate(now);
  const credential = v4Credential(key.accessKeyId, now, region);
  const policyBase64 = encodePolicy(probePolicyFor(policy, credential, ossDate, key.securityToken));
  const signature = await signPolicyV4(
    policyBase64,
    key.accessKeySecret,
    credentialDay(now),
    standardRegion(region),
  );
  return [
    { name: 'policy', value: policyBase64 },
    { name: 'x-oss-signature-version', value: V4_SIGNATURE_VERSION },
    { name: 'x-oss-credential', value: credential },
    { name: 'x-oss-date', value: ossDate },
    ...(key.securityToken ? [{ name: 'x-oss-security-token', value: key.securityToken }] : []),
    { name: 'x-oss-signature', value: signature },
  ];
}

/**
 * The upload's parts in OSS's send order: `key`, the auth fields, the other fields, the file last.
 *
 * @example
 * probeParts({ bucket: 'b', fields: [{ name: 'key', value: 'a.txt' }], file: { filename: 'a.txt', size: 1, contentType: 'text/plain' } }, [])
 * // [{ name: 'key', value: 'a.txt' }, { name: 'file', file: { filename: 'a.txt', size: 1, contentType: 'text/plain' } }]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function probeParts(upload: ProbeUpload, auth: readonly NamedValue[]): PostPart[] {
  const key = upload.fields.filter((f) => f.name === 'key');
  const rest = upload.fields.filter((f) => f.name !== 'key');
  return [...key, ...auth, ...rest, { name: 'file', file: { ...upload.file } }];
}
