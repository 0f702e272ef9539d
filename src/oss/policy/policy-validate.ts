// Shape rules of a parsed policy document (docs/oss-rules.md#policy-document, #policy-conditions), each broken rule one Problem naming
// the OSS error it causes, where it is (`conditions[2][1]`) and how to fix it.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { checkPolicyCondition } from './policy-condition-check.ts';
import { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
import { describeJsonValue as describe, policyProblem as problem } from './policy-problem.ts';
import type { PolicyCondition, PolicyDocument } from './policy-types.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;
const EXAMPLE_EXPIRATION = '2030-01-01T00:00:00.000Z';

/**
 * Whether a text is an ISO 8601 UTC instant as OSS wants it: `YYYY-MM-DDTHH:mm:ss[.sss]Z`,
 * with a real calendar date (milliseconds optional).
 *
 * @example
 * isIsoUtcInstant('2013-12-01T12:00:00Z')     // true
 * isIsoUtcInstant('2013-12-01 12:00:00')      // false (space, no Z)
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function isIsoUtcInstant(text: string): boolean {
  const m = ISO_UTC.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 60
  );
}

function checkExpiration(value: unknown): Problem[] {
  if (typeof value !== 'string') {
    return [
      problem(
        'policy.expiration.not-string',
        `"expiration" is ${describe(value)}; it must be a string with an ISO 8601 UTC time, e.g. "${EXAMPLE_EXPIRATION}".`,
        'expiration',
        POLICY_OSS_ERRORS.expirationNotString,
      ),
    ];
  }
  if (value === '') {
    return [
      problem(
        'policy.expiration.empty',
        `"expiration" is empty; set the time the policy stops working, in ISO 8601 UTC, e.g. "${EXAMPLE_EXPIRATION}".`,
        'expiration',
        POLICY_OSS_ERRORS.expirationEmpty,
      ),
    ];
  }
  if (!isIsoUtcInstant(value)) {
    return [
      problem(
        'policy.expiration.format',
        `"expiration" ${JSON.stringify(value)} is not ISO 8601 UTC. Write YYYY-MM-DDTHH:mm:ss.sssZ with a 'T' and a final 'Z' (milliseconds optional), e.g. "${EXAMPLE_EXPIRATION}" — Date.prototype.toISOString() gives this form.`,
        'expiration',
        POLICY_OSS_ERRORS.expirationFormat,
      ),
    ];
  }
  return [];
}

function checkConditions(value: unknown): Problem[] {
  if (!Array.isArray(value) || value.length === 0) {
    const what =
      value === undefined ? 'missing' : Array.isArray(value) ? 'an empty array' : describe(value);
    return [
      problem(
        Array.isArray(value)
          ? 'policy.conditions.empty'
          : value === undefined
            ? 'policy.conditions.missing'
            : 'policy.conditions.not-array',
        `"conditions" is ${what}; it must be a JSON array with at least one condition, e.g. [{"bucket": "examplebucket"}, ["content-length-range", 1, 10485760]].`,
        'conditions',
        POLICY_OSS_ERRORS.simpleCondition,
      ),
    ];
  }
  return value.flatMap((c, k) => checkPolicyCondition(c, `conditions[${k}]`));
}

/**
 * Checks a parsed JSON value against the policy document rules and returns the document
 * (only `expiration` and `conditions`) or every problem found.
 *
 * @example
 * validatePolicyValue({ conditions: [['content-length-range', 0, 1024]] })
 * // { ok: false, issues: [{ id: 'policy.expiration.missing', path: 'expiration',
 * //   oss: { code: 'InvalidPolicyDocument', message: 'Invalid Policy: Invalid JSON.', ec: '0006-00000208' }, … }] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function validatePolicyValue(value: unknown): Result<PolicyDocument> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      problem(
        'policy.not-object',
        `The policy is ${describe(value)}; it must be a JSON object with "expiration" and "conditions", e.g. {"expiration": "${EXAMPLE_EXPIRATION}", "conditions": [{"bucket": "examplebucket"}]}.`,
        '',
        POLICY_OSS_ERRORS.invalidJson,
      ),
    );
  }
  const doc = value as Record<string, unknown>;
  const hasExpiration = Object.hasOwn(doc, 'expiration');
  const hasConditions = Object.hasOwn(doc, 'conditions');
  if (!hasExpiration && !hasConditions) {
    return fail(
      problem(
        'policy.missing-both',
        `The policy has neither "expiration" nor "conditions"; add both, e.g. {"expiration": "${EXAMPLE_EXPIRATION}", "conditions": [{"bucket": "examplebucket"}]}.`,
        '',
        POLICY_OSS_ERRORS.bothMissing,
      ),
    );
  }
  const issues: Problem[] = [];
  if (!hasExpiration) {
    issues.push(
      problem(
        'policy.expiration.missing',
        `The policy has no "expiration"; add the time it stops working, in ISO 8601 UTC, e.g. "expiration": "${EXAMPLE_EXPIRATION}".`,
        'expiration',
        POLICY_OSS_ERRORS.expirationMissing,
      ),
    );
  } else issues.push(...checkExpiration(doc.expiration));
  issues.push(...checkConditions(doc.conditions));
  if (issues.length > 0) return fail(...issues);
  return ok({
    expiration: doc.expiration as string,
    conditions: doc.conditions as PolicyCondition[],
  });
}
