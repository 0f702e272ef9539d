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
  return String(template ?? '').replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    const isVar = name.toLowerCase().startsWith('x:');
    const value = isVar
      ? (lowerVars.get(name.toLowerCase()) ?? '')
      : Object.hasOwn(values, name)
        ? values[name]
        : undefined;
    if (value === undefined) return whole;
    return json ? JSON.stringify(value) : encodeURIComponent(value);
  });
}
