import { readCondition, type PolicyCondition } from '../../oss/index.ts';
import type { ConditionRow } from '../form/builder-schema.ts';
import { rowToCondition } from '../form/condition-rows.ts';
import type { TypeNote } from './type-note.ts';

/**
 * The dry run's failing condition, when it is about Content-Type, as a sentence's data: the file's
 * type against what the condition admits, and the user's row that holds it. Read from the
 * verdict's condition (data), never from OSS's message text.
 * @example describeTypeRefusal({ condition: ['starts-with', '$content-type', 'image/'], fileType: 'text/plain', conditions })
 * // { fileType: 'text/plain', kind: 'allowed', types: ['image/…'], row: 3 }
 */
export function describeTypeRefusal(input: {
  condition: PolicyCondition | undefined;
  fileType: string | undefined;
  conditions: readonly ConditionRow[];
}): TypeNote | undefined {
  const { condition, fileType } = input;
  if (!condition || fileType === undefined) return undefined;
  const test = readCondition(condition);
  if (test.op === 'unknown' || test.op === 'content-length-range') return undefined;
  if (test.field !== 'content-type') return undefined;
  // The user's row that holds it, compared as read (field names are case-insensitive).
  const read = JSON.stringify(test);
  const index = input.conditions.findIndex((row) => {
    const own = rowToCondition(row);
    return own !== null && JSON.stringify(readCondition(own)) === read;
  });
  if (index < 0) return undefined;
  const base = { fileType, row: index + 1 };
  switch (test.op) {
    case 'eq':
      return { ...base, kind: 'allowed', types: [test.value] };
    case 'starts-with':
      return { ...base, kind: 'allowed', types: [`${test.value}…`] };
    case 'in':
      return { ...base, kind: 'allowed', types: test.values };
    case 'not-in':
      return { ...base, kind: 'denied', types: test.values };
  }
}
