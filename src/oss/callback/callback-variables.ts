// OSS's callback system variables and how OSS fills them into the callbackBody: URL-encoded for
// application/x-www-form-urlencoded, as JSON strings (quoted and escaped) for application/json.
// https://www.alibabacloud.com/help/en/oss/developer-reference/callback

/**
 * The system variables OSS fills into a callbackBody (`${bucket}`, `${imageInfo.width}`, …), in the
 * order OSS's callback reference lists them. The image variables are empty for non-image objects.
 *
 * @example
 * CALLBACK_SYSTEM_VARIABLES.includes('crc64') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export const CALLBACK_SYSTEM_VARIABLES = [
  'bucket',
  'object',
  'etag',
  'size',
  'mimeType',
  'imageInfo.height',
  'imageInfo.width',
  'imageInfo.format',
  'crc64',
  'contentMd5',
  'vpcId',
  'clientIp',
  'reqId',
  'operation',
] as const;

/**
 * One of OSS's callback system variable names.
 *
 * @example const name: CallbackSystemVariable = 'mimeType';
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export type CallbackSystemVariable = (typeof CALLBACK_SYSTEM_VARIABLES)[number];

/**
 * The callbackBody OSS sends: each `${name}` replaced by its system variable or `x:` variable
 * (`x:` names are matched case-insensitively, since OSS stores them lower case). With
 * `application/json` a value is written as a JSON string, quotes included, so
 * `{"object":${object}}` becomes `{"object":"a \"b\".txt"}`; otherwise it is URL-encoded. An
 * `x:` variable the form did not send becomes empty; any other unknown `${…}` is left as written.
 *
 * @example
 * fillCallbackBody('{"size":${size},"v":${x:v}}', { size: '3', 'x:v': 'a"b' }, 'application/json')
 * // '{"size":"3","v":"a\"b"}'
 * fillCallbackBody('o=${object}', { object: 'a b' }, 'application/x-www-form-urlencoded')
 * // 'o=a%20b'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export function fillCallbackBody(
  template: string,
  values: Readonly<Record<string, string>>,
  bodyType: string,
): string {
  const json = String(bodyType ?? '')
    .toLowerCase()
    .startsWith('application/json');
  const lowerVars = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    if (name.toLowerCase().startsWith('x:')) lowerVars.set(name.toLowerCase(), value);
  }
  // One pass, left to right: each `${` looks for the next `}` once, so an unclosed `${` costs one
  // scan of the rest, never one per `${` (a regex with `[^}]+` backtracks quadratically).
  const text = String(template ?? '');
  let out = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('${', at);
    const close = open < 0 ? -1 : text.indexOf('}', open + 2);
    if (open < 0 || close < 0) break;
    out += text.slice(at, open);
    at = close + 1;
    const name = text.slice(open + 2, close);
    const value = name === '' ? undefined : lookup(name);
    out +=
      value === undefined
        ? text.slice(open, at)
        : json
          ? JSON.stringify(value)
          : encodeURIComponent(value);
  }
  return out + text.slice(at);

  function lookup(name: string): string | undefined {
    if (name.toLowerCase().startsWith('x:')) return lowerVars.get(name.toLowerCase()) ?? '';
    return Object.hasOwn(values, name) ? values[name] : undefined;
  }
}
