// The policy condition operators OSS knows, one record each: how the condition is written (shape),
// how it is read into a test, what makes it malformed, when a form satisfies it, and its label.
// `readCondition`, `checkPolicyCondition`, `matchCondition` and the page's condition kinds all
// derive from this table; a new operator is one more row here (docs/oss-rules.md#policy-conditions).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { OssErrorRef } from './policy-oss-errors.ts';
import { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
import { policyProblem as problem } from './policy-problem.ts';
import { jsonValueParams, POLICY_TEXTS } from './texts-en.ts';
import type { Problem } from '../result.ts';
import { sayFrom } from '../texts.ts';

const say = sayFrom(POLICY_TEXTS);

/**
 * A condition reduced to what it tests. `field` is lower-case, without `$`.
 *
 * @example const test: ConditionTest = { op: 'starts-with', field: 'key', value: 'user/' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export type ConditionTest =
  | { op: 'eq'; field: string; value: string }
  | { op: 'starts-with'; field: string; value: string }
  | { op: 'in'; field: string; values: string[] }
  | { op: 'not-in'; field: string; values: string[] }
  | { op: 'content-length-range'; min: number; max: number }
  | { op: 'unknown' };

/**
 * The outcome of matching one condition.
 *
 * @example const outcome: ConditionOutcome = { ok: false, reason: 'missing' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export type ConditionOutcome =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'mismatch' | 'too-small' | 'too-large' | 'unknown' };

type OperatorName = Exclude<ConditionTest['op'], 'unknown'>;
type TestOf<Op extends OperatorName> = Extract<ConditionTest, { op: Op }>;

/**
 * One operator's row. `read` gets the condition's second and third items (undefined when they do
 * not have this operator's types); `validate` gets the whole array and its path; `match` gets
 * the read test, a lookup of the sent fields by lower-case name and the file size, if known.
 *
 * @example CONDITION_OPERATORS.find((row) => row.op === 'in')?.shape // '["in", "$field", value]'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface ConditionOperator<Op extends OperatorName = OperatorName> {
  op: Op;
  /** How the condition is written, as messages show it. */
  shape: string;
  /** What the page calls it in its condition editor. */
  label: string;
  /** The OSS error a condition of this operator with the wrong number of items gets. */
  malformed: OssErrorRef;
  read(second: unknown, third: unknown): TestOf<Op> | undefined;
  validate(condition: readonly unknown[], path: string): Problem[];
  match(
    test: TestOf<Op>,
    lookup: (name: string) => string | undefined,
    fileSize?: number,
  ): ConditionOutcome;
}

/**
 * A condition's field name in lower case without its `$`.
 *
 * @example
 * normalizeConditionField('$Content-Type') // 'content-type'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function normalizeConditionField(name: string): string {
  return (name.startsWith('$') ? name.slice(1) : name).toLowerCase();
}

/**
 * A condition value with its `\$` escapes read as literal `$`.
 *
 * @example
 * unescapeConditionValue('user/eric/\\${filename}') // 'user/eric/${filename}'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function unescapeConditionValue(value: string): string {
  return value.replace(/\\\$/g, '$');
}

function checkFieldName(value: unknown, path: string, op: string): Problem[] {
  if (typeof value === 'string' && value.startsWith('$') && value.length > 1) return [];
  return [
    problem(
      'policy.condition.field',
      say('field', {
        ...jsonValueParams(value),
        op,
        path,
        suggest: typeof value === 'string' ? `$${value.replace(/^\$/, '') || 'key'}` : '',
      }),
      `${path}[1]`,
      POLICY_OSS_ERRORS.badCondition,
    ),
  ];
}

function checkText(c: readonly unknown[], path: string): Problem[] {
  const op = String(c[0]);
  const out = checkFieldName(c[1], path, op);
  if (typeof c[2] !== 'string') {
    out.push(
      problem(
        'policy.condition.value-type',
        say('text-value-type', { ...jsonValueParams(c[2]), op, path }),
        `${path}[2]`,
        POLICY_OSS_ERRORS.valueType,
      ),
    );
  }
  return out;
}

function checkList(c: readonly unknown[], path: string): Problem[] {
  const op = String(c[0]);
  const out = checkFieldName(c[1], path, op);
  const list = c[2];
  if (!Array.isArray(list)) {
    out.push(
      problem(
        'policy.condition.list-not-array',
        say('list-not-array', { ...jsonValueParams(list), op, path }),
        `${path}[2]`,
        POLICY_OSS_ERRORS.valueType,
      ),
    );
    return out;
  }
  list.forEach((item, k) => {
    if (typeof item !== 'string') {
      out.push(
        problem(
          'policy.condition.value-type',
          say('list-item-type', { ...jsonValueParams(item), op, path, index: k }),
          `${path}[2][${k}]`,
          POLICY_OSS_ERRORS.valueType,
        ),
      );
    }
  });
  return out;
}

function checkRange(c: readonly unknown[], path: string): Problem[] {
  const [, min, max] = c;
  const out: Problem[] = [];
  const isInt = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  ([min, max] as const).forEach((v, k) => {
    if (!isInt(v)) {
      out.push(
        problem(
          'policy.condition.range-not-integer',
          say('range-not-integer', {
            ...jsonValueParams(v),
            path,
            bound: k === 0 ? 'minimum' : 'maximum',
            digits: typeof v === 'string' && /^\d+$/.test(v) ? v : '',
          }),
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
        say('range-inverted', { path, min: String(min), max: String(max) }),
        path,
        POLICY_OSS_ERRORS.contentLengthRange,
      ),
    );
  }
  return out;
}

/** `read` of the operators that compare a field with one text value. */
function readText<Op extends 'eq' | 'starts-with'>(op: Op) {
  return (second: unknown, third: unknown) =>
    typeof second === 'string' && typeof third === 'string'
      ? ({
          op,
          field: normalizeConditionField(second),
          value: unescapeConditionValue(third),
        } as TestOf<Op>)
      : undefined;
}

/** `read` of the operators that compare a field with a list (non-string items are dropped). */
function readList<Op extends 'in' | 'not-in'>(op: Op) {
  return (second: unknown, third: unknown) =>
    typeof second === 'string' && Array.isArray(third)
      ? ({
          op,
          field: normalizeConditionField(second),
          values: third
            .filter((v): v is string => typeof v === 'string')
            .map(unescapeConditionValue),
        } as TestOf<Op>)
      : undefined;
}

/** `match` of the field operators: a field that is not sent fails as `missing`. */
function matchField<Op extends 'eq' | 'starts-with' | 'in' | 'not-in'>(
  satisfied: (sent: string, test: TestOf<Op>) => boolean,
) {
  return (test: TestOf<Op>, lookup: (name: string) => string | undefined): ConditionOutcome => {
    const value = lookup((test as { field: string }).field);
    if (value === undefined) return { ok: false, reason: 'missing' };
    return satisfied(value, test) ? { ok: true } : { ok: false, reason: 'mismatch' };
  };
}

const eq: ConditionOperator<'eq'> = {
  op: 'eq',
  shape: '["eq", "$field", value]',
  label: 'eq',
  malformed: POLICY_OSS_ERRORS.badCondition,
  read: readText('eq'),
  validate: checkText,
  match: matchField((sent, test) => sent === test.value),
};

const startsWith: ConditionOperator<'starts-with'> = {
  op: 'starts-with',
  shape: '["starts-with", "$field", value]',
  label: 'starts-with',
  malformed: POLICY_OSS_ERRORS.badCondition,
  read: readText('starts-with'),
  validate: checkText,
  match: matchField((sent, test) => sent.startsWith(test.value)),
};

const contentLengthRange: ConditionOperator<'content-length-range'> = {
  op: 'content-length-range',
  shape: '["content-length-range", min, max]',
  label: 'content-length-range',
  malformed: POLICY_OSS_ERRORS.contentLengthRange,
  read: (min, max) =>
    typeof min === 'number' && typeof max === 'number'
      ? { op: 'content-length-range', min, max }
      : undefined,
  validate: checkRange,
  match: (test, _lookup, fileSize) => {
    if (fileSize === undefined) return { ok: true };
    if (fileSize < test.min) return { ok: false, reason: 'too-small' };
    if (fileSize > test.max) return { ok: false, reason: 'too-large' };
    return { ok: true };
  },
};

const inList: ConditionOperator<'in'> = {
  op: 'in',
  shape: '["in", "$field", value]',
  label: 'in',
  malformed: POLICY_OSS_ERRORS.badCondition,
  read: readList('in'),
  validate: checkList,
  match: matchField((sent, test) => test.values.includes(sent)),
};

const notInList: ConditionOperator<'not-in'> = {
  op: 'not-in',
  shape: '["not-in", "$field", value]',
  label: 'not-in',
  malformed: POLICY_OSS_ERRORS.badCondition,
  read: readList('not-in'),
  validate: checkList,
  match: matchField((sent, test) => !test.values.includes(sent)),
};

/**
 * The operators OSS knows, in the order its PostObject page lists them.
 *
 * @example
 * CONDITION_OPERATORS.map((row) => row.op) // ['eq', 'starts-with', 'content-length-range', 'in', 'not-in']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const CONDITION_OPERATORS = [eq, startsWith, contentLengthRange, inList, notInList] as const;

type OperatorNames<Rows extends readonly { op: OperatorName }[]> = {
  readonly [K in keyof Rows]: Rows[K]['op'];
};

/**
 * The operator names, from `CONDITION_OPERATORS`.
 *
 * @example
 * POLICY_OPERATORS.includes('starts-with') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const POLICY_OPERATORS = CONDITION_OPERATORS.map(
  (row) => row.op,
) as unknown as OperatorNames<typeof CONDITION_OPERATORS>;

/**
 * One of the operator names.
 *
 * @example const op: PolicyOperator = 'not-in';
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export type PolicyOperator = (typeof POLICY_OPERATORS)[number];

/**
 * The row of an operator name, or undefined when OSS does not know it (names are case-sensitive).
 *
 * @example
 * findConditionOperator('in')?.label // 'in'
 * findConditionOperator('IN') // undefined
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function findConditionOperator(
  op: unknown,
): (typeof CONDITION_OPERATORS)[number] | undefined {
  return CONDITION_OPERATORS.find((row) => row.op === op);
}
