// The probe's state as the page holds it: which fix a hole offers, and the builder values that fix
// sets (a condition row added, or the size range's row replaced; the field the condition pins).
import type { ProbeFix, ProbeGrade } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { conditionToRow } from '../form/condition-rows.ts';

/** Whether the page can apply a fix in one click (a condition or an expiry to set). */
export function canApply(fix: ProbeFix | undefined): fix is ProbeFix {
  return fix !== undefined && (fix.condition !== undefined || fix.expiresInMs !== undefined);
}

/**
 * The builder values a fix changes: its condition as a new row (a size range replaces the one
 * there), the field it pins added or set, or an expiry of that many minutes.
 */
export function applyProbeFix(values: BuilderValues, fix: ProbeFix): Partial<BuilderValues> {
  const patch: Partial<BuilderValues> = {};
  if (fix.condition !== undefined) {
    const row = conditionToRow(fix.condition);
    const at =
      row.kind === 'content-length-range'
        ? values.conditions.findIndex((r) => r.kind === row.kind)
        : -1;
    patch.conditions =
      at >= 0 ? values.conditions.map((r, i) => (i === at ? row : r)) : [...values.conditions, row];
  }
  if (fix.field) {
    const { name, value } = fix.field;
    const at = values.fields.findIndex((f) => f.name.toLowerCase() === name.toLowerCase());
    patch.fields =
      at >= 0
        ? values.fields.map((f, i) => (i === at ? { name: f.name, value } : f))
        : [...values.fields, { name, value }];
  }
  if (fix.expiresInMs !== undefined) {
    patch.expiration = {
      ...values.expiration,
      mode: 'relative',
      amount: Math.round(fix.expiresInMs / 60000),
      unit: 'minutes',
    };
  }
  return patch;
}

/** The message key of a grade's reason. */
export function gradeReasonKey(grade: ProbeGrade): `grade${ProbeGrade}` {
  return `grade${grade}`;
}
