// One policy condition against the operator rules (spec §3.3): object form with one property,
// eq / starts-with on a `$field` with a string, integer content-length-range with min ≤ max,
// in / not-in with an array of strings.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
import { describeJsonValue as describe, policyProblem as problem } from './policy-problem.ts';
import { POLICY_OPERATORS } from './policy-types.ts';
import type { Problem } from '../result.ts';

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
