// How findings name a policy condition: by the user's own row number ("your condition 1: starts-with
// key uploads/"), or as one of the builder's own conditions, which are not rows the user sees.
// The builder's conditions come first in the policy (src/oss/policy/policy-build.ts).
import { canonicalFieldName } from '../form/field-names.ts';
import { conditionField, formatCondition, readCondition } from '../policy/condition-match.ts';
import { builderConditions } from '../policy/policy-build.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import type { Finding, LintContext } from './rule.ts';
import { CHECKS_TEXTS, type ConditionName } from './texts-en.ts';

/**
 * The fields of the conditions the builder adds itself (bucket, the V4 trio, the STS token), read
 * from `builderConditions`. An imported policy's conditions on them do not become rows either.
 *
 * @example BUILDER_CONDITION_FIELDS // ['bucket', 'x-oss-signature-version', 'x-oss-credential', 'x-oss-date', 'x-oss-security-token']
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const BUILDER_CONDITION_FIELDS: readonly string[] = builderConditions({
  bucket: 'bucket',
  v4: { credential: 'credential', date: 'date' },
  securityToken: 'token',
}).flatMap((condition) => conditionField(condition) ?? []);

/**
 * Is this one of the conditions the builder adds itself (its field is one of
 * {@link BUILDER_CONDITION_FIELDS})? Such conditions are not rows the user edits.
 *
 * @example isBuilderCondition({ bucket: 'examplebucket' }) // true
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function isBuilderCondition(condition: PolicyCondition): boolean {
  return BUILDER_CONDITION_FIELDS.includes(conditionField(condition) ?? '');
}

/**
 * The user's row (0-based) of the policy's condition at `index`, or undefined for a condition the
 * builder adds itself. A built form's builder conditions come first (`builderConditionCount`); in an
 * imported policy they are recognised by field and skipped, as the import skips them.
 *
 * @example userConditionRow({ ...context, builderConditionCount: 4 }, 5) // 1
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function userConditionRow(context: LintContext, index: number): number | undefined {
  const { conditions } = context.policy;
  if (context.builderConditionCount !== undefined) {
    const row = index - context.builderConditionCount;
    return row >= 0 ? row : undefined;
  }
  if (isBuilderCondition(conditions[index])) return undefined;
  return conditions.slice(0, index).filter((condition) => !isBuilderCondition(condition)).length;
}

/**
 * A condition in words: operator, field as the form names it, value.
 *
 * @example describeCondition(['starts-with', '$key', 'uploads/']) // 'starts-with key uploads/'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function describeCondition(condition: PolicyCondition): string {
  const test = readCondition(condition);
  switch (test.op) {
    case 'eq':
    case 'starts-with':
      return `${test.op} ${canonicalFieldName(test.field)} ${test.value === '' ? '""' : test.value}`;
    case 'in':
    case 'not-in':
      return `${test.op} ${canonicalFieldName(test.field)} ${test.values.join(', ')}`;
    case 'content-length-range':
      return CHECKS_TEXTS['condition-range']({ min: test.min, max: test.max });
    default:
      return formatCondition(condition);
  }
}

/**
 * The number a finding gives the condition at `index`: the user's row counted from 1, or 0 for a
 * condition the builder adds itself (the `row` of {@link ConditionName}).
 *
 * @example conditionRowNumber({ ...context, builderConditionCount: 4 }, 4) // 1
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function conditionRowNumber(context: LintContext, index: number): number {
  const row = userConditionRow(context, index);
  return row === undefined ? 0 : row + 1;
}

/**
 * The parameters that name the condition at `index` in a sentence (see {@link ConditionName}).
 *
 * @example conditionNameParams({ ...context, builderConditionCount: 4 }, 4) // { row: 1, condition: 'starts-with key uploads/' }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function conditionNameParams(context: LintContext, index: number): ConditionName {
  return {
    row: conditionRowNumber(context, index),
    condition: describeCondition(context.policy.conditions[index]),
  };
}

/**
 * How a finding names the condition at `index`: "your condition N: …" for the user's rows (N counts
 * the rows the user sees), "the builder's own condition …" for the ones the builder adds.
 *
 * @example
 * nameCondition({ ...context, builderConditionCount: 4 }, 4) // 'your condition 1: starts-with key uploads/'
 * nameCondition({ ...context, builderConditionCount: 4 }, 0) // 'the builder's own condition eq bucket examplebucket'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function nameCondition(context: LintContext, index: number): string {
  return CHECKS_TEXTS['condition-name'](conditionNameParams(context, index));
}

/**
 * The `conditionRow` part of a finding about the condition at `index` (empty for the builder's).
 *
 * @example { message: '…', ...rowOf(context, 5) } // { message: '…', conditionRow: 1 }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function rowOf(context: LintContext, index: number): Pick<Finding, 'conditionRow'> {
  const row = userConditionRow(context, index);
  return row === undefined ? {} : { conditionRow: row };
}
