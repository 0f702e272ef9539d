// The dry run: each probe judged by the core's own `evaluatePost`, as OSS would, with no network.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { evaluatePost } from '../evaluate-post.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';
import { encodePolicy } from '../policy/policy-encode.ts';
import { formatOssDate } from '../signing/v4-date.ts';
import { v4Credential, V4_SIGNATURE_VERSION } from '../signing/sign-v4.ts';
import { probeParts, probePolicyFor } from './probe-form.ts';
import type { ProbeAnswer, ProbeTarget, ProbeUpload } from './probe-types.ts';

/**
 * The AccessKey ID the dry run signs with (its signature is not checked).
 *
 * @example DRY_RUN_ACCESS_KEY_ID // 'LTAI5tPolicyProbeDryRun'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const DRY_RUN_ACCESS_KEY_ID = 'LTAI5tPolicyProbeDryRun';

/**
 * The bucket a dry run's `other-bucket` probe posts to, unless told another.
 *
 * @example PROBE_OTHER_BUCKET // 'oss-policy-probe-other-bucket'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBE_OTHER_BUCKET = 'oss-policy-probe-other-bucket';

/**
 * The server a dry run's `callback-elsewhere` probe names (never resolves, RFC 2606).
 *
 * @example PROBE_ELSEWHERE_CALLBACK // 'https://oss-policy-probe.invalid/callback'
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export const PROBE_ELSEWHERE_CALLBACK = 'https://oss-policy-probe.invalid/callback';

export interface DryRunOptions {
  bucket: string;
  region: string;
  otherBucket?: string;
  /** Accept callbacks to loopback (beside a target whose "other server" is local by design). */
  allowPrivateCallback?: boolean;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * A dry-run target: `evaluatePost` on the policy signed with a stand-in key (the signature is not
 * checked), the bucket private, and for the overwrite probe an object already at the key.
 *
 * @example
 * const target = createDryRunTarget({ bucket: 'examplebucket', region: 'cn-hangzhou' });
 * await target.post(upload, policy) // { status: 204, key: 'uploads/oss-policy-probe/intended.txt' } or { status: 403, code: 'AccessDenied', … }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function createDryRunTarget(options: DryRunOptions): ProbeTarget {
  const clock = options.now ?? (() => new Date());
  const judge = (upload: ProbeUpload, policy: PolicyDocument): ProbeAnswer => {
    const now = clock();
    const date = formatOssDate(now);
    const credential = v4Credential(DRY_RUN_ACCESS_KEY_ID, now, options.region);
    const auth = [
      { name: 'policy', value: encodePolicy(probePolicyFor(policy, credential, date)) },
      { name: 'x-oss-signature-version', value: V4_SIGNATURE_VERSION },
      { name: 'x-oss-credential', value: credential },
      { name: 'x-oss-date', value: date },
      { name: 'x-oss-signature', value: 'dry-run' },
    ];
    const key = upload.fields.find((f) => f.name === 'key')?.value;
    const verdict = evaluatePost({
      contentType: 'multipart/form-data; boundary=oss-policy-probe',
      parts: probeParts(upload, auth),
      bucket: {
        name: upload.bucket,
        region: options.region,
        acl: 'private',
        objectExists: (name) => upload.existing === true && name === key,
      },
      lookupAccessKey: (id) =>
        id === DRY_RUN_ACCESS_KEY_ID ? { accessKeyId: id, accessKeySecret: 'dry-run' } : undefined,
      now,
      allowPrivateCallback: options.allowPrivateCallback === true,
    });
    if (verdict.ok) return { status: verdict.status, key: verdict.key };
    return {
      status: verdict.status,
      code: verdict.code,
      message: verdict.message,
      ...(verdict.ec ? { ec: verdict.ec } : {}),
      ...(verdict.condition ? { condition: verdict.condition } : {}),
    };
  };
  return {
    kind: 'dry-run',
    bucket: options.bucket,
    otherBucket: options.otherBucket ?? PROBE_OTHER_BUCKET,
    callbackUrl: PROBE_ELSEWHERE_CALLBACK,
    maxPostBytes: Number.MAX_SAFE_INTEGER,
    post: async (upload, policy) => judge(upload, policy),
  };
}
