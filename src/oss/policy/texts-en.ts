// The policy rules' sentences in English, by id and parameters: the one home of each sentence
// (src/oss/texts.ts); texts-zh.ts says the same in Chinese.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { defineTexts } from '../texts.ts';

/** A JSON value as sentences show it: its kind and its JSON (or `String`) spelling. */
export interface ShownValue {
  kind: string;
  shown: string;
}

/**
 * The parameters that describe a JSON value in a sentence: language-neutral (a kind and the
 * value's JSON), so each language words "the string …" its own way.
 *
 * @example
 * jsonValueParams('1024') // { kind: 'string', shown: '"1024"' }
 * jsonValueParams([1])    // { kind: 'array', shown: '' }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function jsonValueParams(value: unknown): ShownValue {
  if (value === null) return { kind: 'null', shown: 'null' };
  if (Array.isArray(value)) return { kind: 'array', shown: '' };
  if (typeof value === 'string') return { kind: 'string', shown: JSON.stringify(value) };
  if (typeof value === 'object') return { kind: 'object', shown: '' };
  return { kind: typeof value, shown: String(value) };
}

/**
 * A described JSON value in English, e.g. `the string "1024"`, `an array`, `null`.
 *
 * @example showValueEn({ kind: 'number', shown: '5' }) // 'the number 5'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function showValueEn(p: ShownValue): string {
  if (p.kind === 'null') return 'null';
  if (p.kind === 'array') return 'an array';
  if (p.kind === 'object') return 'an object';
  return `the ${p.kind} ${p.shown}`;
}

type At = { path: string };
type Op = At & { op: string };

/**
 * The policy rules' sentences (Problems from decodePolicy / validatePolicyValue), in English.
 *
 * @example POLICY_TEXTS['blank']() // 'The policy is empty. …'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const POLICY_TEXTS = defineTexts('policy', {
  'json-syntax-at': (p: {
    fromBase64: number;
    position: number;
    line: number;
    column: number;
    /** The English syntax message; `expected`/`found` are its parts (formats/texts-en.ts). */
    what: string;
    expected: string;
    found: string;
  }) =>
    `${p.fromBase64 ? 'The policy decodes to text that is not valid JSON' : 'The policy is not valid JSON'}: at character ${p.position} (line ${p.line}, column ${p.column}) ${p.what}. Check quotes, commas and brackets; escape '"' and '\\' inside strings.`,
  'json-syntax': (p: { fromBase64: number }) =>
    `${p.fromBase64 ? 'The policy decodes to text that is not valid JSON' : 'The policy is not valid JSON'}. Check quotes, commas and brackets.`,
  'not-text': (p: { type: string }) => `The policy must be text (Base64 or JSON), not ${p.type}.`,
  blank: () =>
    'The policy is empty. Send the Base64 of the UTF-8 policy JSON in the "policy" field, the same text that was signed.',
  // `cause` is the Base64 Problem's English message; `causeKey` and the rest its formats text.
  base64: (p: {
    cause: string;
    causeKey: string;
    ch?: string;
    position?: number;
    length?: number;
  }) =>
    `The policy is neither JSON nor valid Base64. ${p.cause} The "policy" field carries Base64 of the UTF-8 JSON text, exactly as signed.`,
  utf8: () =>
    'The Base64 decodes to bytes that are not UTF-8 text. Encode the policy JSON as UTF-8 (TextEncoder) before Base64, never btoa on the string.',
  'expiration-not-string': (p: ShownValue & { example: string }) =>
    `"expiration" is ${showValueEn(p)}; it must be a string with an ISO 8601 UTC time, e.g. "${p.example}".`,
  'expiration-empty': (p: { example: string }) =>
    `"expiration" is empty; set the time the policy stops working, in ISO 8601 UTC, e.g. "${p.example}".`,
  'expiration-format': (p: { value: string; example: string }) =>
    `"expiration" ${p.value} is not ISO 8601 UTC. Write YYYY-MM-DDTHH:mm:ss.sssZ with a 'T' and a final 'Z' (milliseconds optional), e.g. "${p.example}" — Date.prototype.toISOString() gives this form.`,
  'conditions-missing': () =>
    `"conditions" is missing; it must be a JSON array with at least one condition, e.g. [{"bucket": "examplebucket"}, ["content-length-range", 1, 10485760]].`,
  'conditions-empty': () =>
    `"conditions" is an empty array; it must be a JSON array with at least one condition, e.g. [{"bucket": "examplebucket"}, ["content-length-range", 1, 10485760]].`,
  'conditions-not-array': (p: ShownValue) =>
    `"conditions" is ${showValueEn(p)}; it must be a JSON array with at least one condition, e.g. [{"bucket": "examplebucket"}, ["content-length-range", 1, 10485760]].`,
  'not-object': (p: ShownValue & { example: string }) =>
    `The policy is ${showValueEn(p)}; it must be a JSON object with "expiration" and "conditions", e.g. {"expiration": "${p.example}", "conditions": [{"bucket": "examplebucket"}]}.`,
  'missing-both': (p: { example: string }) =>
    `The policy has neither "expiration" nor "conditions"; add both, e.g. {"expiration": "${p.example}", "conditions": [{"bucket": "examplebucket"}]}.`,
  'expiration-missing': (p: { example: string }) =>
    `The policy has no "expiration"; add the time it stops working, in ISO 8601 UTC, e.g. "expiration": "${p.example}".`,
  'simple-arity': (p: At & { count: number }) =>
    `The object condition at ${p.path} has ${p.count} properties; an object condition must have exactly one, like {"bucket": "examplebucket"}. Split it into one object per field.`,
  'simple-value-type': (p: At & ShownValue & { field: string; value: string }) =>
    `The value of "${p.field}" at ${p.path} is ${showValueEn(p)}; an exact-match condition compares text, so write it as a string, e.g. {"${p.field}": "${p.value}"}.`,
  'unknown-operator': (p: At & ShownValue & { operators: string; lower: string }) =>
    `The condition at ${p.path} starts with ${showValueEn(p)}, which is not an operator OSS knows. Use one of ${p.operators}.${p.lower ? ` Operators are lower case: write "${p.lower}".` : ''}`,
  arity: (p: Op & { count: number; shape: string }) =>
    `The "${p.op}" condition at ${p.path} has ${p.count} items; it must have exactly 3: ${p.shape}.`,
  'not-condition': (p: At & ShownValue) =>
    `The condition at ${p.path} is ${showValueEn(p)}; a condition is an object with one property ({"bucket": "examplebucket"}) or an array starting with an operator (["starts-with", "$key", "user/"]).`,
  field: (p: Op & ShownValue & { suggest: string }) =>
    `The second item of the "${p.op}" condition at ${p.path} is ${showValueEn(p)}; it must name a form field with a leading '$', e.g. "$key".${p.suggest ? ` Write "${p.suggest}".` : ''}`,
  'text-value-type': (p: Op & ShownValue) =>
    `The third item of the "${p.op}" condition at ${p.path} is ${showValueEn(p)}; "${p.op}" compares text, so it must be a string.`,
  'list-not-array': (p: Op & ShownValue) =>
    `The third item of the "${p.op}" condition at ${p.path} is ${showValueEn(p)}; "${p.op}" takes a JSON array of strings, e.g. ["${p.op}", "$content-type", ["image/png", "image/jpeg"]].`,
  'list-item-type': (p: Op & ShownValue & { index: number }) =>
    `Item ${p.index} of the "${p.op}" list at ${p.path} is ${showValueEn(p)}; list items must be strings.`,
  'range-not-integer': (p: At & ShownValue & { bound: string; digits: string }) =>
    `The ${p.bound} of "content-length-range" at ${p.path} is ${showValueEn(p)}; both bounds must be JSON integers ≥ 0 (bytes), e.g. ["content-length-range", 1, 10485760].${p.digits ? ` Write ${p.digits} without quotes.` : ''}`,
  'range-inverted': (p: At & { min: string; max: string }) =>
    `"content-length-range" at ${p.path} has minimum ${p.min} above maximum ${p.max}; swap them so the minimum comes first.`,
});
