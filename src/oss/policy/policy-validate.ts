// Shape rules of a parsed policy document (docs/oss-rules.md#policy-document, #policy-conditions), each broken rule one Problem naming
// the OSS error it causes, where it is (`conditions[2][1]`) and how to fix it.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { checkPolicyCondition } from './policy-condition-check.ts';
import { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
import { policyProblem as problem } from './policy-problem.ts';
import { jsonValueParams, POLICY_TEXTS } from './texts-en.ts';
import type { PolicyCondition, PolicyDocument } from './policy-types.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { sayFrom } from '../texts.ts';

const say = sayFrom(POLICY_TEXTS);

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
        say('expiration-not-string', { ...jsonValueParams(value), example: EXAMPLE_EXPIRATION }),
        'expiration',
        POLICY_OSS_ERRORS.expirationNotString,
      ),
    ];
  }
  if (value === '') {
    return [
      problem(
        'policy.expiration.empty',
        say('expiration-empty', { example: EXAMPLE_EXPIRATION }),
        'expiration',
        POLICY_OSS_ERRORS.expirationEmpty,
      ),
    ];
  }
  if (!isIsoUtcInstant(value)) {
    return [
      problem(
        'policy.expiration.format',
        say('expiration-format', { value: JSON.stringify(value), example: EXAMPLE_EXPIRATION }),
        'expiration',
        POLICY_OSS_ERRORS.expirationFormat,
      ),
    ];
  }
  return [];
}

function checkConditions(value: unknown): Problem[] {
  if (!Array.isArray(value) || value.length === 0) {
    return [
      problem(
        Array.isArray(value)
          ? 'policy.conditions.empty'
          : value === undefined
            ? 'policy.conditions.missing'
            : 'policy.conditions.not-array',
        value === undefined
          ? say('conditions-missing')
          : Array.isArray(value)
            ? say('conditions-empty')
            : say('conditions-not-array', jsonValueParams(value)),
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
        say('not-object', { ...jsonValueParams(value), example: EXAMPLE_EXPIRATION }),
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
        say('missing-both', { example: EXAMPLE_EXPIRATION }),
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
        say('expiration-missing', { example: EXAMPLE_EXPIRATION }),
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
