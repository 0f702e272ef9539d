// The form rules' sentences in English (bucket names, object keys, spec notes, the built form's own
// checks), by id and parameters: the one home of each sentence (src/oss/texts.ts); texts-zh.ts says
// the same in Chinese.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { defineTexts } from '../texts.ts';

/**
 * The form rules' sentences, in English.
 *
 * @example FORM_TEXTS['key-empty']() // 'The object key is empty; …'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const FORM_TEXTS = defineTexts('form', {
  'bucket-length': (p: { name: string; length: number; min: number; max: number }) =>
    `The bucket name "${p.name}" has ${p.length} characters; OSS needs ${p.min} to ${p.max}.`,
  'bucket-characters': (p: { name: string }) =>
    `The bucket name "${p.name}" may only contain lower-case letters, digits and hyphens (-); rename it or pick the right bucket.`,
  'bucket-edges': (p: { name: string }) =>
    `The bucket name "${p.name}" must start and end with a lower-case letter or a digit, not a hyphen.`,
  'key-empty': () =>
    'The object key is empty; give the upload a name such as "uploads/${filename}".',
  'key-too-long': (p: { bytes: number; max: number }) =>
    `The object key is ${p.bytes} UTF-8 bytes; OSS allows at most ${p.max}. Shorten it.`,
  'key-leading-slash': (p: { key: string; first: string }) =>
    `The object key "${p.key}" starts with "${p.first}"; OSS keys cannot. Remove the leading character.`,
  'key-not-utf8': () =>
    'The object key holds a broken character that cannot be encoded as UTF-8; retype it.',
  'callback-invalid': () =>
    'The callback settings need at least one URL and a body (e.g. urls ["https://example.com/cb"], body "object=${object}"); no callback field was added.',
  'now-invalid': (p: { now: string }) =>
    `The signing time is not a valid date between years 0000 and 9999; the current time (${p.now}) was used.`,
  'expiration-invalid': () =>
    'The expiration is neither an ISO 8601 time nor a number of seconds from now; set e.g. "2030-01-01T00:00:00.000Z" or 3600 seconds.',
  'field-invalid': (p: { name: string }) =>
    `A field without a name or with a non-text value was left out (${p.name === '' ? 'empty name' : `"${p.name}"`}). Give every field a name and a text value.`,
  'secret-trimmed': () =>
    'The AccessKey secret had spaces or line breaks around it; they were removed before signing.',
  // `source`: 'key', 'callback' or 'signature' — which builder setting writes the field.
  'field-owned': (p: { field: string; source: string }) =>
    `The field "${p.field}" you added is written by the builder (${p.source === 'key' ? 'from the object key' : p.source === 'callback' ? 'from the callback settings' : 'from the signature settings'}); your copy was dropped so the form carries one value, the signed one.`,
  'field-duplicate': (p: { name: string }) =>
    `The field "${p.name}" appears more than once (names match without regard to case); only the first value is sent. Remove the other one.`,
  'field-renamed': (p: { field: string; name: string }) =>
    `"${p.field}" is sent as "${p.name}", the spelling the OSS API reference uses.`,
  'signature-failed': (p: { error: string }) =>
    `The signature could not be computed: ${p.error}. Use a browser or Node ≥ 20 with Web Crypto (crypto.subtle).`,
  // `problem` is the policy Problem's English message; `problemKey` and the rest its policy text.
  'policy-refused': (p: { problem: string; problemKey: string; code: string; ec: string }) =>
    `${p.problem} OSS would answer ${p.code || 'an error'}${p.ec ? `, EC ${p.ec}` : ''}.`,
  'checks-failed': (p: { error: string }) =>
    `The form checks stopped early (${p.error}); the form itself is built.`,
});
