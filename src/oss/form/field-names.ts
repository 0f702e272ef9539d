// Form field names: OSS matches them case-insensitively (docs/oss-rules.md#field-name-case), we report canonical spellings.

/**
 * The fields that carry the authorization (V1, V4 and STS), in canonical spelling.
 *
 * @example AUTH_FIELD_NAMES.includes('x-oss-credential') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const AUTH_FIELD_NAMES: readonly string[] = [
  'OSSAccessKeyId',
  'policy',
  'Signature',
  'x-oss-signature-version',
  'x-oss-credential',
  'x-oss-date',
  'x-oss-signature',
  'x-oss-security-token',
];

/**
 * The canonical spelling of every field name the API reference documents.
 *
 * @example CANONICAL_FIELD_NAMES.includes('OSSAccessKeyId') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const CANONICAL_FIELD_NAMES = [
  'key',
  'file',
  'policy',
  'OSSAccessKeyId',
  'Signature',
  'success_action_redirect',
  'success_action_status',
  'Cache-Control',
  'Content-Type',
  'Content-Disposition',
  'Content-Encoding',
  'Expires',
  'callback',
  'bucket',
] as const;

const CANONICAL_BY_LOWER = new Map<string, string>(
  CANONICAL_FIELD_NAMES.map((name) => [name.toLowerCase(), name]),
);

/**
 * The canonical spelling of a form field name: documented names as the API reference writes them,
 * `x-oss-*` in lower case, anything else as sent.
 *
 * @example
 * canonicalFieldName('content-type') // 'Content-Type'
 * canonicalFieldName('X-OSS-Meta-Tag') // 'x-oss-meta-tag'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function canonicalFieldName(name: string): string {
  const lower = name.toLowerCase();
  const known = CANONICAL_BY_LOWER.get(lower);
  if (known) return known;
  if (lower.startsWith('x-oss-')) return lower;
  return name;
}

/**
 * A named text field of a form or request.
 *
 * @example const field: NamedValue = { name: 'key', value: 'user/${filename}' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface NamedValue {
  name: string;
  value: string;
}

/**
 * Case-insensitive lookup over form fields; the first field of a name wins.
 *
 * @example
 * const find = indexFields([{ name: 'Content-Type', value: 'image/png' }]);
 * find('content-type') // { name: 'Content-Type', value: 'image/png' }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function indexFields(
  fields: readonly NamedValue[],
): (name: string) => NamedValue | undefined {
  const byLower = new Map<string, NamedValue>();
  for (const field of fields) {
    const lower = field.name.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, field);
  }
  return (name) => byLower.get(name.toLowerCase());
}
