// Why each field of a built form is there, and why in that place — shown beside the field list. The
// sentences are a table (field-why/texts-en.ts, and its Chinese beside it); this puts them together
// for one field, in whichever language's table it is given.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { minutesOf, sizeInWords, USER_META_MAX_BYTES, V4_MAX_SKEW_MS } from '../limits.ts';
import { sayEntry } from '../texts.ts';
import { AUTH_FIELD_NAMES } from './field-names.ts';
import { FIELD_WHY_TEXTS } from './field-why/texts-en.ts';
import type { SignatureVersion } from './form-types.ts';

const AUTH = new Set(AUTH_FIELD_NAMES);

/**
 * The field reasons' table, in any language (FIELD_WHY_TEXTS or a translation of it).
 *
 * @example const texts: FieldWhyTexts = FIELD_WHY_TEXTS;
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export type FieldWhyTexts = typeof FIELD_WHY_TEXTS;

/**
 * The `why` text of a form field: what it does, then why it sits where it does; in English, or in
 * the language of the table given.
 *
 * @example
 * explainField('x-oss-date', 'v4') // 'V4: the signing time in UTC … Sent right after `key`, …'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function explainField(
  name: string,
  _version: SignatureVersion,
  texts: FieldWhyTexts = FIELD_WHY_TEXTS,
): string {
  if (name === 'key') return texts['field.key'];
  const params = {
    name,
    skewMinutes: minutesOf(V4_MAX_SKEW_MS),
    metaSize: sizeInWords(USER_META_MAX_BYTES),
  };
  const named = (texts as Readonly<Record<string, FieldWhyTexts[keyof FieldWhyTexts]>>)[
    `field.${name}`
  ];
  const what =
    named !== undefined
      ? sayEntry(named, params)
      : name.startsWith('x-oss-meta-')
        ? texts['pattern.meta'](params)
        : name.toLowerCase().startsWith('x:')
          ? texts['pattern.callback-variable'](params)
          : texts['pattern.custom'];
  const place = AUTH.has(name) ? texts['place.auth'] : texts['place.optional'];
  return texts.reason({ what, place });
}

/** The `why` of the file entry. @example FILE_WHY.startsWith('The file') // true */
export const FILE_WHY = FIELD_WHY_TEXTS.file;
