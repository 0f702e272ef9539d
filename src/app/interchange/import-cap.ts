// What the import result SHOWS of a large import: the first PAGE_ROW_CAP fields and policy
// conditions, each text cut at PAGE_VALUE_MAX_CHARS, with a sentence for each cut. The import
// itself stays whole ("Upload with the imported fields" sends every field as it came in).
// A 5 MB curl command with 170,000 fields froze the tab for 18 s rendering them all.
import type { ImportedForm, PolicyCondition } from '../../oss/index.ts';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';
import { PAGE_ROW_CAP } from './row-cap.ts';
import { PAGE_VALUE_MAX_CHARS } from './input-limits.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

type Texts = typeof HOSTILE_INPUT_TEXTS;

/** A text cut at the cap, with `…` where it was cut. */
function cut(text: string): string {
  return text.length > PAGE_VALUE_MAX_CHARS ? `${text.slice(0, PAGE_VALUE_MAX_CHARS)}…` : text;
}

function cutCondition(condition: PolicyCondition): PolicyCondition {
  if (Array.isArray(condition)) {
    return condition.map((part) =>
      typeof part === 'string' ? cut(part) : part,
    ) as PolicyCondition;
  }
  return Object.fromEntries(
    Object.entries(condition).map(([name, value]) => [cut(name), cut(String(value))]),
  ) as PolicyCondition;
}

/**
 * The part of an imported form the page shows, and a note for each list or text it cut.
 * @example capShownImport({ ...form, fields: fields(170_000) }).notes // ['Showing the first 200 of 170000 rows; the rest are kept but not shown.']
 */
export function capShownImport(
  imported: ImportedForm,
  texts: Texts = textsNow(HOSTILE_INPUT_TEXTS),
): { shown: ImportedForm; notes: string[] } {
  const notes: string[] = [];
  const rowsNote = (count: number) => {
    if (count > PAGE_ROW_CAP) notes.push(texts.rowsShown({ shown: PAGE_ROW_CAP, count }));
  };
  rowsNote(imported.fields.length);
  const fields = imported.fields.slice(0, PAGE_ROW_CAP);
  const longest = Math.max(
    imported.url?.length ?? 0,
    ...fields.map((field) => Math.max(field.name.length, field.value.length)),
  );
  if (longest > PAGE_VALUE_MAX_CHARS) {
    notes.push(texts.textShown({ shown: PAGE_VALUE_MAX_CHARS, count: longest }));
  }
  const policy = imported.policy && {
    ...imported.policy,
    expiration: cut(imported.policy.expiration),
    conditions: imported.policy.conditions.slice(0, PAGE_ROW_CAP).map(cutCondition),
  };
  if (imported.policy) rowsNote(imported.policy.conditions.length);
  return {
    shown: {
      ...imported,
      ...(imported.url === undefined ? {} : { url: cut(imported.url) }),
      fields: fields.map((field) => ({ name: cut(field.name), value: cut(field.value) })),
      files: imported.files.slice(0, PAGE_ROW_CAP),
      problems: imported.problems.slice(0, PAGE_ROW_CAP),
      ...(policy ? { policy } : {}),
    },
    notes,
  };
}
