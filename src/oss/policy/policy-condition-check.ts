// One policy condition against the operator rules: an object with one string property, or an
// array whose operator's row (condition-operators.ts) says what its items must be
// (docs/oss-rules.md#policy-conditions).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { findConditionOperator, POLICY_OPERATORS } from './condition-operators.ts';
import { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
import { policyProblem as problem } from './policy-problem.ts';
import { jsonValueParams, POLICY_TEXTS } from './texts-en.ts';
import type { Problem } from '../result.ts';
import { sayFrom } from '../texts.ts';

const say = sayFrom(POLICY_TEXTS);

function checkSimpleCondition(value: object, path: string): Problem[] {
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    return [
      problem(
        'policy.condition.simple-arity',
        say('simple-arity', { path, count: keys.length }),
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
      say('simple-value-type', {
        ...jsonValueParams(v),
        path,
        field: keys[0],
        value: String(v ?? ''),
      }),
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
    const known = (POLICY_OPERATORS as readonly string[]).includes(lower);
    return [
      problem(
        'policy.condition.unknown-operator',
        say('unknown-operator', {
          ...jsonValueParams(op),
          path,
          operators: POLICY_OPERATORS.map((o) => `"${o}"`).join(', '),
          lower: known ? lower : '',
        }),
        `${path}[0]`,
        POLICY_OSS_ERRORS.badCondition,
      ),
    ];
  }
  if (c.length !== 3) {
    return [
      problem(
        'policy.condition.arity',
        say('arity', { op, path, count: c.length, shape: row.shape }),
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
      say('not-condition', { ...jsonValueParams(condition), path }),
      path,
      POLICY_OSS_ERRORS.badCondition,
    ),
  ];
}
