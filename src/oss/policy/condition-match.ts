// Does a value satisfy a policy condition? (docs/oss-rules.md#policy-conditions, #escaping-and-filename). Field names compare case-insensitively,
// with or without the leading `$`; a `\$` in a condition value stands for a literal `$`.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { PolicyCondition } from './policy-types.ts';

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
  const [op, a, b] = condition as unknown[];
  if (op === 'content-length-range' && typeof a === 'number' && typeof b === 'number') {
    return { op, min: a, max: b };
  }
  if (typeof a !== 'string') return { op: 'unknown' };
  const field = normalizeConditionField(a);
  if ((op === 'eq' || op === 'starts-with') && typeof b === 'string') {
    return { op, field, value: unescapeConditionValue(b) };
  }
  if ((op === 'in' || op === 'not-in') && Array.isArray(b)) {
    const values = b.filter((v): v is string => typeof v === 'string').map(unescapeConditionValue);
    return op === 'in' ? { op, field, values } : { op, field, values };
  }
  return { op: 'unknown' };
}

/**
 * The outcome of matching one condition.
 *
 * @example const outcome: ConditionOutcome = { ok: false, reason: 'missing' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export type ConditionOutcome =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'mismatch' | 'too-small' | 'too-large' | 'unknown' };

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
  if (test.op === 'content-length-range') {
    if (fileSize === undefined) return { ok: true };
    if (fileSize < test.min) return { ok: false, reason: 'too-small' };
    if (fileSize > test.max) return { ok: false, reason: 'too-large' };
    return { ok: true };
  }
  const value = lookup(test.field);
  if (value === undefined) return { ok: false, reason: 'missing' };
  let satisfied: boolean;
  if (test.op === 'eq') satisfied = value === test.value;
  else if (test.op === 'starts-with') satisfied = value.startsWith(test.value);
  else if (test.op === 'in') satisfied = test.values.includes(value);
  else satisfied = !test.values.includes(value);
  return satisfied ? { ok: true } : { ok: false, reason: 'mismatch' };
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
