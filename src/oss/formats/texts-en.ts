// The formats' sentences in English (Base64 and JSON syntax errors), by id and parameters: the one
// home of each sentence (src/oss/texts.ts); texts-zh.ts says the same in Chinese.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { defineTexts } from '../texts.ts';

/**
 * What a JSON scan expected where it stopped, by key (the same keys in every language).
 *
 * @example JSON_EXPECTED_EN['colon'] // "':'"
 * @see https://www.rfc-editor.org/rfc/rfc8259
 */
export const JSON_EXPECTED_EN = {
  value: 'a value (string, number, object, array, true, false or null)',
  'control-char': 'a closing quote (control characters must be escaped, e.g. \\n)',
  escape: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)',
  'closing-quote': 'a closing quote',
  number: 'a number',
  depth: 'less deeply nested JSON',
  'member-name': 'a string (member name)',
  colon: "':'",
  'comma-brace': "',' or '}'",
  'comma-bracket': "',' or ']'",
  end: 'the end of the text',
} as const;

/** The keys of JSON_EXPECTED_EN. */
export type JsonExpected = keyof typeof JSON_EXPECTED_EN;

/**
 * The formats' sentences in English.
 *
 * @example FORMATS_TEXTS['base64-length']({ length: 3 }) // 'Base64 length 3 is not a multiple of 4: …'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const FORMATS_TEXTS = defineTexts('formats', {
  'json-expected': (p: { expected: string; found: string }) =>
    `expected ${JSON_EXPECTED_EN[p.expected as JsonExpected] ?? p.expected} but found ${p.found === '' ? 'the end of the text' : `'${p.found}'`}`,
  'base64-url-safe': (p: { ch: string; position: number }) =>
    `Character '${p.ch}' at position ${p.position} belongs to URL-safe Base64; OSS expects standard Base64 (use '+' and '/', with '=' padding).`,
  'base64-padding': (p: { position: number }) =>
    `Padding '=' at position ${p.position} is only allowed as the last one or two characters.`,
  'base64-whitespace': (p: { position: number }) =>
    `Not Base64: whitespace at position ${p.position}. Use standard Base64 (A–Z, a–z, 0–9, '+', '/', '=' padding) with no spaces or line breaks.`,
  'base64-char': (p: { ch: string; position: number }) =>
    `Not Base64: character '${p.ch}' at position ${p.position}. Use standard Base64 (A–Z, a–z, 0–9, '+', '/', '=' padding) with no spaces or line breaks.`,
  'base64-length': (p: { length: number }) =>
    `Base64 length ${p.length} is not a multiple of 4: the text is cut off or its '=' padding is missing.`,
});
