// Does a value satisfy a policy condition? Read and matched by the operator table
// (condition-operators.ts). Field names compare case-insensitively, with or without the leading
// `$`; a `\$` in a condition value stands for a literal `$` (docs/oss-rules.md#policy-conditions).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { ConditionOperator, ConditionOutcome, ConditionTest } from './condition-operators.ts';
import {
  findConditionOperator,
  normalizeConditionField,
  unescapeConditionValue,
} from './condition-operators.ts';
import type { PolicyCondition } from './policy-types.ts';

/**
 * What a condition tests, whatever its form (object or array).
 *
 * @example
 * readCondition({ bucket: 'b' }) // { op: 'eq', field: 'bucket', value: 'b' }
 * readCondition(['starts-with', '$key', 'user/']) // { op: 'starts-with', field: 'key', value: 'user/' }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function readCondition(condition: PolicyCondition): ConditionTest {
  if (!Array.isArray(condition)) {
    const entries = Object.entries(condition ?? {});
    if (entries.length !== 1 || typeof entries[0][1] !== 'string') return { op: 'unknown' };
    const [field, value] = entries[0];
    return {
      op: 'eq',
      field: normalizeConditionField(field),
      value: unescapeConditionValue(value),
    };
  }
  const [op, second, third] = condition as unknown[];
  return findConditionOperator(op)?.read(second, third) ?? { op: 'unknown' };
}

/**
 * Whether the sent values satisfy a condition. `lookup` finds a field's value by name (any case);
 * `fileSize` is needed for `content-length-range` (skipped, i.e. satisfied, when undefined). A
 * condition on a field that is not sent fails with reason `missing`.
 *
 * @example
 * const lookup = (n: string) => ({ key: 'user/${filename}' })[n.toLowerCase()];
 * matchCondition(['starts-with', '$key', 'user/'], lookup) // { ok: true }
 * matchCondition(['eq', '$key', 'user/a.png'], lookup) // { ok: false, reason: 'mismatch' }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function matchCondition(
  condition: PolicyCondition,
  lookup: (name: string) => string | undefined,
  fileSize?: number,
): ConditionOutcome {
  const test = readCondition(condition);
  if (test.op === 'unknown') return { ok: false, reason: 'unknown' };
  // The row that read the test matches it; the table's rows are typed one operator each.
  const row = findConditionOperator(test.op) as ConditionOperator<typeof test.op>;
  return row.match(test as never, lookup, fileSize);
}

/**
 * The condition as OSS echoes it in "Policy Condition failed: …": array form, `", "` between
 * items, object conditions as `["eq", "$field", "value"]`.
 *
 * @example
 * formatCondition({ bucket: 'b' }) // '["eq", "$bucket", "b"]'
 * formatCondition(['starts-with', '$key', 'user/eric/']) // '["starts-with", "$key", "user/eric/"]'
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export function formatCondition(condition: PolicyCondition): string {
  const items: unknown[] = Array.isArray(condition)
    ? condition
    : Object.entries(condition ?? {}).flatMap(([k, v]) => ['eq', `$${k}`, v]);
  const show = (item: unknown): string =>
    Array.isArray(item)
      ? `[${item.map(show).join(', ')}]`
      : typeof item === 'string'
        ? JSON.stringify(item).replace(/\\\//g, '/')
        : String(item);
  return show(items);
}

/**
 * The field a condition is about (canonical-insensitive, lower case, no `$`), or undefined for
 * `content-length-range` and unreadable conditions.
 *
 * @example
 * conditionField(['in', '$content-type', ['image/png']]) // 'content-type'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function conditionField(condition: PolicyCondition): string | undefined {
  const test = readCondition(condition);
  return test.op === 'unknown' || test.op === 'content-length-range' ? undefined : test.field;
}
