// Steps 6–8 of OSS's verdict: the policy parses, the signature matches, the policy has not expired,
// and each condition holds — on the values before `${filename}` expansion — plus the 5 GB limit.
import { formatCondition, matchCondition, readCondition } from '../policy/condition-match.ts';
import { canonicalFieldName } from '../form/field-names.ts';
import { OBJECT_MAX_BYTES } from '../limits.ts';
import { decodePolicy } from '../policy/policy-decode.ts';
import { POLICY_OSS_ERRORS } from '../policy/policy-oss-errors.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';
import { standardRegion } from '../signing/region.ts';
import type { EvaluateInput, Rejected } from './verdict-types.ts';
import type { Auth } from './check-auth.ts';
import { conditionFailedMessage, OSS_REFUSALS, reject } from './messages.ts';
import type { RequestView } from './read-request.ts';

type Signed = Extract<Auth, { kind: 'signed' }>;

/** Valid policies decoded lately, by their exact Base64 text (bounded; cleared when full). */
const READ_POLICIES_MAX = 64;
const readPolicies = new Map<string, PolicyDocument>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Step 6: the `policy` field decodes to a valid document, or OSS's InvalidPolicyDocument answer.
 *
 * @example
 * readPolicy('') // Rejected with the blank-policy EC 0006-00000205
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function readPolicy(policyBase64: string): PolicyDocument | Rejected {
  const known = readPolicies.get(policyBase64);
  if (known) return known;
  const decoded = decodePolicy(policyBase64);
  if (decoded.ok) {
    // One signed policy often serves many uploads: keep the last few decoded, frozen (shared).
    if (readPolicies.size >= READ_POLICIES_MAX) readPolicies.clear();
    readPolicies.set(policyBase64, deepFreeze(decoded.value));
    return decoded.value;
  }
  const oss = decoded.issues[0]?.oss ?? POLICY_OSS_ERRORS.invalidJson;
  return reject({ status: 400, ...oss }, ['policy']);
}

/**
 * Step 7: the caller's signer recomputes the signature over the exact Base64 policy (V4 with the
 * bucket's region, as OSS does). Skipped without a signer.
 *
 * @example
 * checkSignature(auth, input) // undefined when it matches, else SignatureDoesNotMatch
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function checkSignature(auth: Signed, input: EvaluateInput): Rejected | undefined {
  if (!input.sign) return undefined;
  const expected = input.sign({
    version: auth.version,
    policyBase64: auth.policyBase64,
    accessKeySecret: auth.secret,
    ...(auth.version === 'v4'
      ? { date: auth.date, region: standardRegion(input.bucket.region) }
      : {}),
  });
  if (expected === auth.signature) return undefined;
  return reject(OSS_REFUSALS.signatureMismatch, [auth.signatureField, 'policy'], {
    extra: {
      StringToSign: auth.policyBase64,
      SignatureProvided: auth.signature,
      OSSAccessKeyId: auth.accessKeyId,
    },
  });
}

/**
 * Step 8: expiration, then each condition in order, then the 5 GB object limit.
 *
 * @example
 * checkConditions(policy, view, input) // undefined when all hold, else the first refusal
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export function checkConditions(
  policy: PolicyDocument,
  view: RequestView,
  input: EvaluateInput,
): Rejected | undefined {
  const expires = Date.parse(policy.expiration);
  if (!(expires > input.now.getTime())) return reject(OSS_REFUSALS.policyExpired, ['policy']);
  const lookup = (name: string) =>
    name.toLowerCase() === 'bucket' ? input.bucket.name : view.field(name)?.value;
  for (const condition of policy.conditions) {
    const outcome = matchCondition(condition, lookup, view.file.size);
    if (outcome.ok || outcome.reason === 'unknown') continue;
    if (outcome.reason === 'too-large') {
      return reject(OSS_REFUSALS.entityTooLarge, ['file'], { condition });
    }
    if (outcome.reason === 'too-small') {
      return reject(OSS_REFUSALS.entityTooSmall, ['file'], { condition });
    }
    const test = readCondition(condition);
    const field = test.op === 'unknown' || test.op === 'content-length-range' ? '' : test.field;
    return reject(OSS_REFUSALS.conditionFailed, [canonicalFieldName(field)], {
      message: conditionFailedMessage(formatCondition(condition)),
      condition,
    });
  }
  return checkObjectSize(view);
}

/**
 * The 5 GB PostObject limit on the file.
 *
 * @example
 * checkObjectSize(view) // EntityTooLarge when the file is over 5 GB
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function checkObjectSize(view: RequestView): Rejected | undefined {
  return view.file.size > OBJECT_MAX_BYTES
    ? reject(OSS_REFUSALS.entityTooLarge, ['file'])
    : undefined;
}
