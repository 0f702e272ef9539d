// One policy condition against the operator rules: an object with one string property, or an
// array whose operator's row (condition-operators.ts) says what its items must be
// (docs/oss-rules.md#policy-conditions).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { findConditionOperator, POLICY_OPERATORS } from './condition-operators.ts';
import { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
import { describeJsonValue as describe, policyProblem as problem } from './policy-problem.ts';
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

function checkArrayCondition(c: unknown[], path: string): Problem[] {
  const op = c[0];
  const row = findConditionOperator(op);
  if (typeof op !== 'string' || row === undefined) {
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
    return [
      problem(
        'policy.condition.arity',
        `The "${op}" condition at ${path} has ${c.length} items; it must have exactly 3: ${row.shape}.`,
        path,
        row.malformed,
      ),
    ];
  }
  return row.validate(c, path);
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
