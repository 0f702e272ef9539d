import { acceptObject } from './evaluate/check-object.ts';
import { checkAuth } from './evaluate/check-auth.ts';
import {
  checkConditions,
  checkObjectSize,
  checkSignature,
  readPolicy,
} from './evaluate/check-policy.ts';
import { OSS_REFUSALS, reject } from './evaluate/messages.ts';
import { readRequest } from './evaluate/read-request.ts';
import type { EvaluateInput, Rejected, Verdict } from './evaluate/verdict-types.ts';
import { defaultEndpointForbidden, isDefaultPublicHost } from './form/account-rules.ts';

function isRejected(value: object): value is Rejected {
  const v = value as Partial<Rejected>;
  return v.ok === false && typeof v.code === 'string' && typeof v.status === 'number';
}

/** Step 0: a new account's post through a mainland bucket's default public endpoint. */
function endpointRefusal(input: EvaluateInput): Rejected | undefined {
  const { account, host, bucket } = input;
  if (!account || host === undefined) return undefined;
  return defaultEndpointForbidden(account, bucket.region) &&
    isDefaultPublicHost(host, bucket.name, bucket.region)
    ? reject(OSS_REFUSALS.publicEndpointForbidden, [])
    : undefined;
}

function judge(input: EvaluateInput): Verdict {
  const forbidden = endpointRefusal(input); // step 0
  if (forbidden) return forbidden;
  const view = readRequest(input.contentType, input.parts); // steps 1–3
  if (isRejected(view)) return view;
  const auth = checkAuth(view, input); // steps 4–5
  if (isRejected(auth)) return auth;
  if (auth.kind === 'signed') {
    const policy = readPolicy(auth.policyBase64); // step 6
    if (isRejected(policy)) return policy;
    const refused = checkSignature(auth, input) ?? checkConditions(policy, view, input); // steps 7–8
    if (refused) return refused;
  } else {
    const refused = checkObjectSize(view);
    if (refused) return refused;
  }
  return acceptObject(view, input); // steps 9–10
}

/**
 * OSS's decision on a concrete PostObject request, in OSS's order: with an `account` and a `host`,
 * the default public endpoint of a mainland bucket for accounts from 2025-03-20 (400
 * PublicEndpointForbidden); Content-Type (none at all is
 * 405, another type 400), field sizes, file count and `key` (only parts before the file count),
 * auth fields (anonymous / V1 / V4, with the V4 credential's date and region; V1 refused for an
 * `account` from 2025-03-01 or a bucket from 2025-09-01), AccessKey and STS
 * token (an empty token counts as none), policy, signature (when `sign` is given), expiration, each condition on
 * the values before `${filename}` expansion, object size, the expanded key, field values, user
 * metadata (8 KB), callback,
 * overwrite. A refusal carries OSS's status, Code, Message (verbatim) and EC, the fields it points at,
 * the failing condition, and the extra error elements. Field names match case-insensitively.
 * Never throws: an internal failure is answered as OSS's 500 InternalError.
 *
 * @example
 * evaluatePost({
 *   contentType: 'multipart/form-data; boundary=x',
 *   parts: [{ name: 'key', value: 'a.txt' }, { name: 'file', file: { filename: 'a.txt', size: 3, contentType: 'text/plain' } }],
 *   bucket: { name: 'examplebucket', region: 'cn-hangzhou', acl: 'public-read-write' },
 *   lookupAccessKey: () => undefined,
 *   now: new Date(),
 * })
 * // { ok: true, status: 204, key: 'a.txt', object: { contentType: 'text/plain', headers: {}, meta: {} } }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function evaluatePost(input: EvaluateInput): Verdict {
  try {
    return judge(input);
  } catch (error) {
    return reject(OSS_REFUSALS.internal, [], { extra: { Detail: String(error) } });
  }
}
