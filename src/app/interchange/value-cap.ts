// How long one value the page takes may be. Every value of the builder is signed, checked, quoted
// in findings, shown in the signed form, written into seven snippets and into the share link on
// each change: a 5 MB object key froze the tab for 10 s and a 5 MB callback body for 17 s.
// OSS's own limits are far lower for almost every field (object key 1,023 bytes, callback
// parameter 5 KB in Base64, user metadata 8 KB in all); only a plain form field may hold up to
// 2 MB, which no form built in a browser page needs.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { BuilderValues } from '../form/builder-schema.ts';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';
import { PAGE_ROWS_MAX_CHARS, PAGE_VALUE_MAX_CHARS } from './input-limits.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

type Texts = typeof HOSTILE_INPUT_TEXTS;

/** The builder's single values, by the name the notes give them. */
const SINGLE_VALUES: [string, (v: BuilderValues) => string | undefined][] = [
  ['target.endpoint', (v) => v.target.endpoint],
  ['target.bucket', (v) => v.target.bucket],
  ['target.region', (v) => v.target.region],
  ['credentials.accessKeyId', (v) => v.credentials.accessKeyId],
  ['credentials.securityToken', (v) => v.credentials.securityToken],
  ['key', (v) => v.key],
  ['expiration.absolute', (v) => v.expiration.absolute],
  ['callbackUrl', (v) => v.callbackUrl],
  ['callbackBody', (v) => v.callbackBody],
  ['callbackHost', (v) => v.callbackHost],
  ['callbackBodyType', (v) => v.callbackBodyType],
];

const tooLong = (value: unknown) =>
  typeof value === 'string' && value.length > PAGE_VALUE_MAX_CHARS;

/** Puts `current`'s value at `path` (one or two levels) into a copy of `values`. */
function keepCurrent(values: BuilderValues, current: BuilderValues, path: string): BuilderValues {
  const [part, member] = path.split('.') as [keyof BuilderValues, string | undefined];
  if (member === undefined) return { ...values, [part]: current[part] };
  const from = current[part] as unknown as Record<string, unknown>;
  const into = values[part] as unknown as Record<string, unknown>;
  return { ...values, [part]: { ...into, [member]: from[member] } };
}

/**
 * The values of a link or an import with every value over PAGE_VALUE_MAX_CHARS refused: a single
 * value keeps the builder's current one, a condition or field row holding one is left out; each
 * refusal is one sentence (in the reader's language) naming the part, its length and the limit.
 * @example capValues({ ...values, key: 'k'.repeat(5_000_000) }, current).notes // ['The link or import sets “key” to 5000000 characters; …']
 */
export function capValues(
  values: BuilderValues,
  current: BuilderValues,
  texts: Texts = textsNow(HOSTILE_INPUT_TEXTS),
): { values: BuilderValues; notes: string[] } {
  const notes: string[] = [];
  let next = values;
  for (const [path, read] of SINGLE_VALUES) {
    const value = read(values);
    if (!tooLong(value)) continue;
    next = keepCurrent(next, current, path);
    notes.push(
      texts.valueRefused({ part: path, length: value?.length ?? 0, max: PAGE_VALUE_MAX_CHARS }),
    );
  }
  const conditions = values.conditions.filter((row) => !Object.values(row).some(tooLong));
  if (conditions.length < values.conditions.length) {
    next = { ...next, conditions };
    notes.push(
      texts.conditionRowsRefused({
        count: values.conditions.length - conditions.length,
        max: PAGE_VALUE_MAX_CHARS,
      }),
    );
  }
  const fields = values.fields.filter((row) => !tooLong(row.name) && !tooLong(row.value));
  if (fields.length < values.fields.length) {
    next = { ...next, fields };
    notes.push(
      texts.fieldRowsRefused({
        count: values.fields.length - fields.length,
        max: PAGE_VALUE_MAX_CHARS,
      }),
    );
  }
  return { values: next, notes };
}

const rowChars = (row: object) =>
  Object.values(row).reduce<number>(
    (sum, value) => sum + (typeof value === 'string' ? value.length : 0),
    0,
  );

/**
 * The rows of a link or an import (at most PAGE_ROW_CAP of each, capRows) cut where their
 * characters together pass PAGE_ROWS_MAX_CHARS, with a sentence saying how many were left out:
 * 95 condition values of 16,384 characters each made every keystroke sign a 1.5 MB policy.
 * @example capRowChars({ ...values, conditions: rows(100, 16_384) }).notes // ['92 rows of the link or import were left out: …']
 */
export function capRowChars(
  values: BuilderValues,
  texts: Texts = textsNow(HOSTILE_INPUT_TEXTS),
): { values: BuilderValues; notes: string[] } {
  let total = 0;
  const within = (row: object) => (total += rowChars(row)) <= PAGE_ROWS_MAX_CHARS;
  const conditions = values.conditions.filter(within);
  const fields = values.fields.filter(within);
  const left = values.conditions.length - conditions.length + values.fields.length - fields.length;
  if (left === 0) return { values, notes: [] };
  return {
    values: { ...values, conditions, fields },
    notes: [texts.rowsOverBudget({ count: left, max: PAGE_ROWS_MAX_CHARS })],
  };
}
