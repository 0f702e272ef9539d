// Shape rules of a parsed policy document (spec §3.1–§3.3), each broken rule one Problem naming
// the OSS error it causes, where it is (`conditions[2][1]`) and how to fix it.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { POLICY_OSS_ERRORS, type OssErrorRef } from './policy-oss-errors.ts';
import { POLICY_OPERATORS, type PolicyCondition, type PolicyDocument } from './policy-types.ts';
import { fail, ok, type Problem, type Result } from './result.ts';

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;
const EXAMPLE_EXPIRATION = '2030-01-01T00:00:00.000Z';

function problem(id: string, message: string, path: string, oss: OssErrorRef): Problem {
  return { id, message, path, oss: { ...oss } };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}

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

function checkSimpleCondition(value: object, path: string): Problem[] {
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    return [
      problem(
        'policy.condition.simple-arity',
        `The object condition at ${path} has ${keys.length} properties; an object condition must have exactly one, like {"bucket": "examplebucket"}. Split it into one object per field.`,
        path,
        POLICY_OSS_ERRORS.simpleCondition,
      ),
    ];
  }
  const v = (value as Record<string, unknown>)[keys[0]];
  if (typeof v === 'string') return [];
  return [
    problem(
      'policy.condition.value-type',
      `The value of "${keys[0]}" at ${path} is ${describe(v)}; an exact-match condition compares text, so write it as a string, e.g. {"${keys[0]}": "${String(v ?? '')}"}.`,
      `${path}.${keys[0]}`,
      POLICY_OSS_ERRORS.valueType,
    ),
  ];
}

function checkFieldName(value: unknown, path: string, op: string): Problem[] {
  if (typeof value === 'string' && value.startsWith('$') && value.length > 1) return [];
  const hint = typeof value === 'string' ? ` Write "$${value.replace(/^\$/, '') || 'key'}".` : '';
  return [
    problem(
      'policy.condition.field',
      `The second item of the "${op}" condition at ${path} is ${describe(value)}; it must name a form field with a leading '$', e.g. "$key".${hint}`,
      `${path}[1]`,
      POLICY_OSS_ERRORS.badCondition,
    ),
  ];
}

function checkRange(min: unknown, max: unknown, path: string): Problem[] {
  const out: Problem[] = [];
  const isInt = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  ([min, max] as const).forEach((v, k) => {
    if (!isInt(v)) {
      const asNumber =
        typeof v === 'string' && /^\d+$/.test(v) ? ` Write ${v} without quotes.` : '';
      out.push(
        problem(
          'policy.condition.range-not-integer',
          `The ${k === 0 ? 'minimum' : 'maximum'} of "content-length-range" at ${path} is ${describe(v)}; both bounds must be JSON integers ≥ 0 (bytes), e.g. ["content-length-range", 1, 10485760].${asNumber}`,
          `${path}[${k + 1}]`,
          POLICY_OSS_ERRORS.contentLengthRange,
        ),
      );
    }
  });
  if (out.length === 0 && (min as number) > (max as number)) {
    out.push(
      problem(
        'policy.condition.range-inverted',
        `"content-length-range" at ${path} has minimum ${String(min)} above maximum ${String(max)}; swap them so the minimum comes first.`,
        path,
        POLICY_OSS_ERRORS.contentLengthRange,
      ),
    );
  }
  return out;
}

function checkArrayCondition(c: unknown[], path: string): Problem[] {
  const op = c[0];
  if (typeof op !== 'string' || !(POLICY_OPERATORS as readonly string[]).includes(op)) {
    const lower = typeof op === 'string' ? op.toLowerCase() : '';
    const hint = (POLICY_OPERATORS as readonly string[]).includes(lower)
      ? ` Operators are lower case: write "${lower}".`
      : '';
    return [
      problem(
        'policy.condition.unknown-operator',
        `The condition at ${path} starts with ${describe(op)}, which is not an operator OSS knows. Use one of ${POLICY_OPERATORS.map((o) => `"${o}"`).join(', ')}.${hint}`,
        `${path}[0]`,
        POLICY_OSS_ERRORS.badCondition,
      ),
    ];
  }
  if (c.length !== 3) {
    const shape =
      op === 'content-length-range'
        ? '["content-length-range", min, max]'
        : `["${op}", "$field", value]`;
    return [
      problem(
        'policy.condition.arity',
        `The "${op}" condition at ${path} has ${c.length} items; it must have exactly 3: ${shape}.`,
        path,
        op === 'content-length-range'
          ? POLICY_OSS_ERRORS.contentLengthRange
          : POLICY_OSS_ERRORS.badCondition,
      ),
    ];
  }
  if (op === 'content-length-range') return checkRange(c[1], c[2], path);
  const out = checkFieldName(c[1], path, op);
  if (op === 'in' || op === 'not-in') {
    const list = c[2];
    if (!Array.isArray(list)) {
      out.push(
        problem(
          'policy.condition.list-not-array',
          `The third item of the "${op}" condition at ${path} is ${describe(list)}; "${op}" takes a JSON array of strings, e.g. ["${op}", "$content-type", ["image/png", "image/jpeg"]].`,
          `${path}[2]`,
          POLICY_OSS_ERRORS.valueType,
        ),
      );
    } else {
      list.forEach((item, k) => {
        if (typeof item !== 'string') {
          out.push(
            problem(
              'policy.condition.value-type',
              `Item ${k} of the "${op}" list at ${path} is ${describe(item)}; list items must be strings.`,
              `${path}[2][${k}]`,
              POLICY_OSS_ERRORS.valueType,
            ),
          );
        }
      });
    }
  } else if (typeof c[2] !== 'string') {
    out.push(
      problem(
        'policy.condition.value-type',
        `The third item of the "${op}" condition at ${path} is ${describe(c[2])}; "${op}" compares text, so it must be a string.`,
        `${path}[2]`,
        POLICY_OSS_ERRORS.valueType,
      ),
    );
  }
  return out;
}

/**
 * Every problem with one policy condition (`{field: value}` or `[operator, …]`).
 *
 * @example
 * checkPolicyCondition(['in', '$content-type', 'image/png'], 'conditions[0]')[0].oss?.ec // '0006-00000224'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function checkPolicyCondition(condition: unknown, path: string): Problem[] {
  if (Array.isArray(condition)) return checkArrayCondition(condition, path);
  if (condition !== null && typeof condition === 'object')
    return checkSimpleCondition(condition, path);
  return [
    problem(
      'policy.condition.not-condition',
      `The condition at ${path} is ${describe(condition)}; a condition is an object with one property ({"bucket": "examplebucket"}) or an array starting with an operator (["starts-with", "$key", "user/"]).`,
      path,
      POLICY_OSS_ERRORS.badCondition,
    ),
  ];
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
