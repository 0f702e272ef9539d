import type { Check } from '../../oss/index.ts';
import type { FieldFinding } from '../../ui/field-findings.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { conditionInputId, inputIdForField } from '../form/field-ids.ts';

/** A dry-run refusal or an explained OSS error: the fields it points at and what to show there. */
export interface PointedRefusal {
  text: string;
  fields: string[];
}

/** The inputs a check concerns: its condition row (when it names one), then its fields' inputs. */
export function inputsOfCheck(check: Check, values: BuilderValues): string[] {
  const ids = new Set<string>();
  if (check.conditionRow !== undefined && check.conditionRow < values.conditions.length) {
    ids.add(conditionInputId(check.conditionRow));
  }
  for (const field of check.fields) {
    const id = inputIdForField(field, values);
    if (id) ids.add(id);
  }
  return [...ids];
}

/**
 * Every check and the refusal placed at the inputs they concern, so each input shows (and its
 * `aria-describedby` reads) the findings about it.
 */
export function collectFindings(
  checks: Check[],
  refusal: PointedRefusal | null,
  values: BuilderValues,
): Map<string, FieldFinding[]> {
  const byInput = new Map<string, FieldFinding[]>();
  const add = (id: string, finding: FieldFinding) => {
    byInput.set(id, [...(byInput.get(id) ?? []), finding]);
  };
  checks.forEach((check, index) => {
    for (const id of inputsOfCheck(check, values)) {
      add(id, { key: `${check.id}-${index}`, severity: check.severity, text: check.message });
    }
  });
  if (refusal) {
    for (const field of refusal.fields) {
      const id = inputIdForField(field, values);
      if (id) add(id, { key: `refusal-${field}`, severity: 'error', text: refusal.text });
    }
  }
  return byInput;
}
