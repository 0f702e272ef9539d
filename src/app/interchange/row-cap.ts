// What the page renders from a share link or an import: at most PAGE_ROW_CAP condition rows and
// PAGE_ROW_CAP field rows. A hostile link with 10,000 rows froze the tab for 46 s rendering them;
// no real PostObject form has more than a few dozen (its fields before the file total 8 MB).
import type { BuilderValues } from '../form/builder-schema.ts';
import { SHARE_TARGET_TEXTS } from './share-target-texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

/**
 * Rows of one kind the page takes from a link or an import.
 * @example PAGE_ROW_CAP // 200
 */
export const PAGE_ROW_CAP = 200;

/**
 * The values with conditions and fields cut to PAGE_ROW_CAP rows each, and a sentence for each
 * list that was cut (in the reader's language).
 * @example capRows({ ...values, conditions: rows(10_000) }).notes // ['The link or import holds 10000 condition rows; …']
 */
export function capRows(values: BuilderValues): { values: BuilderValues; notes: string[] } {
  const t = textsNow(SHARE_TARGET_TEXTS);
  const notes: string[] = [];
  if (values.conditions.length > PAGE_ROW_CAP) {
    notes.push(t.conditionsCapped({ count: values.conditions.length, cap: PAGE_ROW_CAP }));
  }
  if (values.fields.length > PAGE_ROW_CAP) {
    notes.push(t.fieldsCapped({ count: values.fields.length, cap: PAGE_ROW_CAP }));
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
