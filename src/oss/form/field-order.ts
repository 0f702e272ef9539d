// The order a PostObject form is sent in: `key` first, the policy and auth fields, the token, the
// optional fields in the API reference's order, callback and its `x:` variables, then `file` —
// last and once; OSS does not read anything after `file` (docs/oss-rules.md#send-order).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { canonicalFieldName } from './field-names.ts';
import type { FormEntry } from './form-types.ts';

/**
 * Known field names in send order; `x-oss-meta-*`, other fields and `x:` vars slot in by rule.
 *
 * @example
 * FIELD_SEND_ORDER[0] // 'key'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const FIELD_SEND_ORDER = [
  'key',
  'OSSAccessKeyId',
  'x-oss-signature-version',
  'x-oss-credential',
  'x-oss-date',
  'policy',
  'Signature',
  'x-oss-signature',
  'x-oss-security-token',
  'success_action_status',
  'success_action_redirect',
  'Content-Type',
  'Cache-Control',
  'Content-Disposition',
  'Content-Encoding',
  'Expires',
  'x-oss-content-type',
  'x-oss-meta-*',
  'x-oss-object-acl',
  'x-oss-storage-class',
  'x-oss-forbid-overwrite',
  'x-oss-server-side-encryption',
  'x-oss-server-side-encryption-key-id',
  '*',
  'callback',
  'x:*',
] as const;

const RANK = new Map<string, number>(FIELD_SEND_ORDER.map((name, i) => [name, i]));

/**
 * Where a field goes in the send order (lower first): its index in `FIELD_SEND_ORDER`.
 *
 * @example
 * fieldRank('key') < fieldRank('policy') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function fieldRank(name: string): number {
  const known = RANK.get(name);
  if (known !== undefined) return known;
  if (name.startsWith('x-oss-meta-')) return RANK.get('x-oss-meta-*')!;
  if (name.toLowerCase().startsWith('x:')) return RANK.get('x:*')!;
  return RANK.get('*')!;
}

/**
 * Puts form entries in the order OSS needs: canonical names, `key` first, then by
 * `FIELD_SEND_ORDER` (entries of equal rank keep their given order), and exactly one `file`
 * entry at the end — extra file entries are dropped, nothing follows the file.
 *
 * @example
 * orderFormFields([
 *   { kind: 'file', name: 'file', why: '' },
 *   { kind: 'field', name: 'policy', value: 'eyJ…', why: '' },
 *   { kind: 'field', name: 'KEY', value: 'a.png', why: '' },
 * ]).map((e) => e.name) // ['key', 'policy', 'file']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function orderFormFields(entries: readonly FormEntry[]): FormEntry[] {
  const fields: FormEntry[] = [];
  let file: FormEntry | undefined;
  for (const entry of entries) {
    if (entry.kind === 'file' || entry.name.toLowerCase() === 'file') {
      file ??= { kind: 'file', name: 'file', why: entry.why };
      continue;
    }
    fields.push({ ...entry, name: canonicalFieldName(entry.name) });
  }
  const ordered = fields
    .map((entry, i) => ({ entry, i, rank: fieldRank(entry.name) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ entry }) => entry);
  return [
    ...ordered,
    file ?? {
      kind: 'file',
      name: 'file',
      why: 'The file part goes last and only once: OSS ignores every field that follows it.',
    },
  ];
}
