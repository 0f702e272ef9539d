import { conditionField, type PolicyCondition } from '../../oss/index.ts';
import type { ConditionRow } from './builder-schema.ts';
import { fromBytes, toBytes } from './sizes.ts';

/** A blank row of the given kind, ready to edit. */
export function createConditionRow(partial: Partial<ConditionRow> = {}): ConditionRow {
  return {
    kind: 'starts-with',
    field: 'key',
    value: '',
    values: '',
    min: 0,
    minUnit: 'B',
    max: 10,
    maxUnit: 'MB',
    ...partial,
  };
}

/** `in` / `not-in` values: one per line (commas also split). Blank entries are dropped. */
export function splitValues(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** One editor row → the policy condition it stands for; `raw` rows that do not parse give null. */
export function rowToCondition(row: ConditionRow): PolicyCondition | null {
  const field = row.field.trim().replace(/^\$/, '');
  switch (row.kind) {
    case 'match':
      return { [field]: row.value };
    case 'eq':
    case 'starts-with':
      return [row.kind, `$${field}`, row.value];
    case 'content-length-range':
      return ['content-length-range', toBytes(row.min, row.minUnit), toBytes(row.max, row.maxUnit)];
    case 'in':
    case 'not-in':
      return [row.kind, `$${field}`, splitValues(row.values)];
    case 'raw':
      try {
        // The user's own JSON, kept as written so the checks (and OSS) judge it.
        return JSON.parse(row.values) as PolicyCondition;
      } catch {
        return null;
      }
  }
}

/** A policy condition → the editor row that shows it; anything unusual stays a `raw` row. */
export function conditionToRow(condition: unknown): ConditionRow {
  const raw = () =>
    createConditionRow({ kind: 'raw', field: '', values: JSON.stringify(condition) });
  if (condition && typeof condition === 'object' && !Array.isArray(condition)) {
    const entries = Object.entries(condition);
    if (entries.length !== 1 || typeof entries[0][1] !== 'string') return raw();
    return createConditionRow({ kind: 'match', field: entries[0][0], value: entries[0][1] });
  }
  if (!Array.isArray(condition) || condition.length !== 3) return raw();
  const [op, a, b] = condition as [unknown, unknown, unknown];
  if (op === 'content-length-range') {
    if (!Number.isInteger(a) || !Number.isInteger(b)) return raw();
    const min = fromBytes(a as number);
    const max = fromBytes(b as number);
    return createConditionRow({
      kind: 'content-length-range',
      field: '',
      min: min.amount,
      minUnit: min.unit,
      max: max.amount,
      maxUnit: max.unit,
    });
  }
  if (typeof a !== 'string' || !a.startsWith('$')) return raw();
  const field = a.slice(1);
  if ((op === 'eq' || op === 'starts-with') && typeof b === 'string') {
    return createConditionRow({ kind: op, field, value: b });
  }
  if (
    (op === 'in' || op === 'not-in') &&
    Array.isArray(b) &&
    b.every((v) => typeof v === 'string')
  ) {
    return createConditionRow({ kind: op, field, values: b.join('\n') });
  }
  return raw();
}

/** Conditions the builder adds itself (bucket, V4 fields, STS token): not shown as rows. */
export const BUILDER_FIELDS = [
  'bucket',
  'x-oss-signature-version',
  'x-oss-credential',
  'x-oss-date',
  'x-oss-security-token',
];

/** The user's conditions of a policy: everything but what the builder adds itself. */
export function userConditions(conditions: unknown[]): unknown[] {
  return conditions.filter(
    (c) => !BUILDER_FIELDS.includes(conditionField(c as PolicyCondition) ?? ''),
  );
}
