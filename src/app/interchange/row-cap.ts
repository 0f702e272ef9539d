// What the page renders from a share link or an import: at most PAGE_ROW_CAP condition rows and
// PAGE_ROW_CAP field rows. A hostile link with 10,000 rows froze the tab for 46 s rendering them;
// no real PostObject form has more than a few dozen (its fields before the file total 8 MB).
import type { BuilderValues } from '../form/builder-schema.ts';
import type { PolicyJsonReading } from '../form/policy-json.ts';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';
import { PAGE_ROW_CAP } from './input-limits.ts';
import { SHARE_TARGET_TEXTS } from './share-target-texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

export { PAGE_ROW_CAP };

/**
 * The values with conditions and fields cut to PAGE_ROW_CAP rows each, and a sentence for each
 * list that was cut (in the reader's language).
 * @example capRows({ ...values, conditions: rows(10_000) }).notes // ['The link or import holds 10000 condition rows; …']
 */
export function capRows(
  values: BuilderValues,
  /** The rows the source held, when it was cut before (a share link's rows are, before zod reads them). */
  counts = { conditions: values.conditions.length, fields: values.fields.length },
): { values: BuilderValues; notes: string[] } {
  const t = textsNow(SHARE_TARGET_TEXTS);
  const notes: string[] = [];
  if (counts.conditions > PAGE_ROW_CAP) {
    notes.push(t.conditionsCapped({ count: counts.conditions, cap: PAGE_ROW_CAP }));
  }
  if (counts.fields > PAGE_ROW_CAP) {
    notes.push(t.fieldsCapped({ count: counts.fields, cap: PAGE_ROW_CAP }));
  }
  if (notes.length === 0) return { values, notes };
  return {
    values: {
      ...values,
      conditions: values.conditions.slice(0, PAGE_ROW_CAP),
      fields: values.fields.slice(0, PAGE_ROW_CAP),
    },
    notes,
  };
}

/**
 * A policy-editor reading with more than PAGE_ROW_CAP conditions becomes a problem (in the reader's
 * language) instead of thousands of rows: the builder keeps the conditions it had.
 * @example capPolicyReading({ ok: true, conditions: rows(5_000), … }) // { ok: false, problems: [{ message: 'This policy has 5000 conditions; …' }] }
 */
export function capPolicyReading(reading: PolicyJsonReading): PolicyJsonReading {
  if (!reading.ok || reading.conditions.length <= PAGE_ROW_CAP) return reading;
  const message = textsNow(HOSTILE_INPUT_TEXTS).policyTooManyConditions({
    count: reading.conditions.length,
    max: PAGE_ROW_CAP,
  });
  return { ok: false, problems: [{ message }] };
}
