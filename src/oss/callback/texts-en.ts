// The callback's sentences in English: the one home of the words of every Problem that
// validateCallback and checkCallbackVarName write (namespace `callback`). A key is the Problem id
// without its `callback.` prefix, or that plus a suffix for one case of it (the Base64 error found,
// the rule an `x:` name breaks). OSS's own InvalidArgument Messages are not here: servers send them
// verbatim (callback-messages.ts). The Chinese table of the same shape is in texts-zh.ts.
// https://help.aliyun.com/en/oss/developer-reference/callback
import { CALLBACK_BODY_TYPES } from '../limits.ts';
import { defineTexts } from '../texts.ts';

/**
 * The Base64 decoder's own sentence for the error it found (`cause`, in English only: the
 * formats folder is its home); the other parameters say the same error as values, for a
 * translation to word it from.
 *
 * @example const cause: Base64Cause = { cause: "Base64 length 3 is not a multiple of 4: …" };
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export interface Base64Cause {
  cause: string;
}

const notBase64 = (p: Base64Cause) =>
  `The callback field is not Base64: ${p.cause} Send Base64 of the callback JSON.`;

/**
 * The callback validation's sentences (namespace `callback`).
 *
 * @example CALLBACK_TEXTS['body-invalid']() // 'callbackBody must be a string.'
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export const CALLBACK_TEXTS = defineTexts('callback', {
  'too-long': (p: { length: number; max: number }) =>
    `The Base64 callback is ${p.length} bytes; OSS allows ${p.max}. Shorten the callback body or URLs.`,
  // One key per error the Base64 decoder finds (formats/base64.ts), the same sentence in English.
  'not-base64.url-safe': (p: Base64Cause & { ch: string; position: number }) => notBase64(p),
  'not-base64.padding': (p: Base64Cause & { position: number }) => notBase64(p),
  'not-base64.whitespace': (p: Base64Cause & { position: number }) => notBase64(p),
  'not-base64.char': (p: Base64Cause & { ch: string; position: number }) => notBase64(p),
  'not-base64.length': (p: Base64Cause & { length: number }) => notBase64(p),
  'not-json': () =>
    'The callback decodes to something that is not a JSON object; it must be {"callbackUrl": …, "callbackBody": …}.',
  'url-missing': () =>
    'The callback has no callbackUrl; add the URL OSS should call after the upload.',
  'too-many-urls': (p: { count: number; max: number }) =>
    `The callback names ${p.count} URLs; OSS tries at most ${p.max}. Remove some.`,
  'private-address': (p: { url: string }) =>
    `OSS cannot call "${p.url}": it is a private or loopback address. Use a publicly reachable callback server.`,
  'host-invalid': () => 'callbackHost must be a host name string, e.g. "example.com".',
  'body-empty': () =>
    'The callback has no callbackBody; add one, e.g. "bucket=${bucket}&object=${object}".',
  'body-invalid': () => 'callbackBody must be a string.',
  // `value` is the body type as JSON (a quoted string, or a number, object, … as written).
  'body-type': (p: { value: string }) =>
    `callbackBodyType ${p.value} is not supported; use ${CALLBACK_BODY_TYPES.join(' or ')}.`,
  'var-name.prefix': (p: { name: string }) =>
    `The callback variable "${p.name}" must start with "x:" followed by a name, e.g. "x:my_var".`,
  'var-name.lower-case': (p: { name: string; lower: string }) =>
    `The callback variable "${p.name}" must be lower case: rename it "${p.lower}" here and in the callback body.`,
});
