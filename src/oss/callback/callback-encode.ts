import { encodeUtf8Base64 } from '../formats/base64.ts';
import type { NamedValue } from '../form/field-names.ts';
import type { CallbackSpec } from '../form/form-types.ts';
import { CALLBACK_BODY_TYPES } from '../limits.ts';

/**
 * The callback JSON OSS reads, with its members in the documented order.
 *
 * @example
 * callbackJson({ urls: ['https://a.example/cb'], body: 'object=${object}' })
 * // '{"callbackUrl":"https://a.example/cb","callbackBody":"object=${object}","callbackBodyType":"application/x-www-form-urlencoded"}'
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function callbackJson(spec: CallbackSpec): string {
  return JSON.stringify({
    callbackUrl: spec.urls.join(';'),
    ...(spec.host ? { callbackHost: spec.host } : {}),
    callbackBody: spec.body,
    callbackBodyType: spec.bodyType ?? CALLBACK_BODY_TYPES[0],
  });
}

/**
 * The `callback` form field value: Base64 of the UTF-8 callback JSON.
 *
 * @example
 * encodeCallback({ urls: ['https://a.example/cb'], body: 'size=${size}', bodyType: 'application/json' })
 * // Base64 of '{"callbackUrl":"https://a.example/cb","callbackBody":"size=${size}","callbackBodyType":"application/json"}'
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function encodeCallback(spec: CallbackSpec): string {
  return encodeUtf8Base64(callbackJson(spec));
}

/**
 * The form fields a callback adds: `callback`, then each `x:` variable as its own field
 * (PostObject does not use `callback-var`).
 *
 * @example
 * callbackFormFields({ urls: ['https://a.example/cb'], body: 'v=${x:v}', vars: { 'x:v': '1' } })
 * // [{ name: 'callback', value: 'eyJj…' }, { name: 'x:v', value: '1' }]
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function callbackFormFields(spec: CallbackSpec): NamedValue[] {
  const vars = Object.entries(spec.vars ?? {}).map(([name, value]) => ({ name, value }));
  return [{ name: 'callback', value: encodeCallback(spec) }, ...vars];
}
