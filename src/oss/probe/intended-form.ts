// The form a policy intends: for each field its conditions name, the first value that meets all of
// them; a key inside the granted prefix; a file size and content type the policy admits. The probes
// are this form with one change each (docs/policy-probe.md#the-intended-form).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { AUTH_FIELD_NAMES, canonicalFieldName, type NamedValue } from '../form/field-names.ts';
import { matchCondition, readCondition } from '../policy/condition-match.ts';
import type { PolicyCondition, PolicyDocument } from '../policy/policy-types.ts';
import type { ProbeUpload } from './probe-types.ts';

/** Fields the target supplies (auth) or that are not form fields at all. */
const NOT_INTENDED = new Set([...AUTH_FIELD_NAMES, 'bucket', 'file'].map((n) => n.toLowerCase()));

/**
 * The folder every probe's object goes under, so a real bucket's probe objects are easy to find.
 *
 * @example `uploads/${PROBE_KEY_FOLDER}intended.txt` // 'uploads/oss-policy-probe/intended.txt'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBE_KEY_FOLDER = 'oss-policy-probe/';

/** Values tried, in order, for a field whose conditions give no candidate of their own. */
const FALLBACK_VALUES: Readonly<Record<string, readonly string[]>> = {
  'content-type': ['image/png', 'text/plain', 'application/octet-stream'],
  success_action_status: ['201', '200', '204'],
  'x-oss-object-acl': ['private', 'default'],
  'x-oss-forbid-overwrite': ['true'],
  'x-oss-storage-class': ['Standard'],
};

/** Candidate values one condition suggests for its field. */
function candidatesOf(condition: PolicyCondition, name: string, keyName: string): string[] {
  const test = readCondition(condition);
  switch (test.op) {
    case 'eq':
      return [test.value];
    case 'in':
      return [...test.values];
    case 'starts-with':
      if (name === 'key') return [`${test.value}${PROBE_KEY_FOLDER}${keyName}`];
      if (name === 'content-type' && test.value.endsWith('/')) return [`${test.value}png`];
      return [test.value];
    default:
      return [];
  }
}

/**
 * The conditions on each named form field, by lower-case name.
 *
 * @example conditionsByField({ expiration: 'E', conditions: [['eq', '$Content-Type', 'image/png']] }).get('content-type') // [['eq', '$Content-Type', 'image/png']]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function conditionsByField(policy: PolicyDocument): Map<string, PolicyCondition[]> {
  const byField = new Map<string, PolicyCondition[]>();
  for (const condition of policy.conditions) {
    const test = readCondition(condition);
    if (test.op === 'unknown' || test.op === 'content-length-range') continue;
    const list = byField.get(test.field) ?? [];
    list.push(condition);
    byField.set(test.field, list);
  }
  return byField;
}

/**
 * The first value that meets every condition on the field, or undefined.
 *
 * @example satisfyingValue('content-type', [['starts-with', '$content-type', 'image/']]) // 'image/png'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function satisfyingValue(
  name: string,
  conditions: readonly PolicyCondition[],
  extra: readonly string[] = [],
  keyName = 'probe.txt',
): string | undefined {
  const tried = [
    ...conditions.flatMap((c) => candidatesOf(c, name, keyName)),
    ...extra,
    ...(FALLBACK_VALUES[name] ?? []),
    'oss-policy-probe',
  ];
  return tried.find((value) =>
    conditions.every((c) => matchCondition(c, (n) => (n === name ? value : undefined)).ok),
  );
}

/**
 * The file sizes the policy allows: the tightest `content-length-range` (inclusive bytes).
 *
 * @example sizeRange({ expiration: 'E', conditions: [['content-length-range', 1, 1024]] }) // { min: 1, max: 1024 }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function sizeRange(policy: PolicyDocument): { min: number; max: number } | undefined {
  let range: { min: number; max: number } | undefined;
  for (const condition of policy.conditions) {
    const test = readCondition(condition);
    if (test.op !== 'content-length-range') continue;
    range = {
      min: Math.max(range?.min ?? 0, test.min),
      max: Math.min(range?.max ?? Number.MAX_SAFE_INTEGER, test.max),
    };
  }
  return range;
}

/**
 * The bucket a policy pins (`{"bucket": …}` or `eq $bucket`), if any.
 *
 * @example pinnedBucket({ expiration: 'E', conditions: [{ bucket: 'examplebucket' }] }) // 'examplebucket'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function pinnedBucket(policy: PolicyDocument): string | undefined {
  const conditions = conditionsByField(policy).get('bucket') ?? [];
  return conditions.length ? satisfyingValue('bucket', conditions) : undefined;
}

/**
 * The form the policy intends, or the names of the fields no value satisfies. The key is
 * `<prefix>oss-policy-probe/<name>` under a `starts-with $key` prefix, so probe objects on a real
 * bucket sit in one folder; `name` makes each probe's key its own.
 *
 * @example
 * deriveIntendedForm({ expiration: '2030-01-01T00:00:00.000Z', conditions: [['starts-with', '$key', 'u/'], ['content-length-range', 1, 10]] }, 'examplebucket', 'intended.txt')
 * // { ok: true, upload: { bucket: 'examplebucket', fields: [{ name: 'key', value: 'u/oss-policy-probe/intended.txt' }],
 * //   file: { filename: 'intended.txt', size: 1, contentType: 'text/plain' } } }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function deriveIntendedForm(
  policy: PolicyDocument,
  bucket: string,
  name: string,
): { ok: true; upload: ProbeUpload } | { ok: false; fields: string[] } {
  const byField = conditionsByField(policy);
  const unmet: string[] = [];
  const key = satisfyingValue(
    'key',
    byField.get('key') ?? [],
    [`${PROBE_KEY_FOLDER}${name}`],
    name,
  );
  if (key === undefined) unmet.push('key');
  const fields: NamedValue[] = [{ name: 'key', value: key ?? '' }];
  for (const [field, conditions] of byField) {
    if (field === 'key' || NOT_INTENDED.has(field)) continue;
    const value = satisfyingValue(field, conditions);
    if (value === undefined) unmet.push(canonicalFieldName(field));
    else fields.push({ name: canonicalFieldName(field), value });
  }
  const range = sizeRange(policy);
  if (range && range.max < Math.max(range.min, 1)) unmet.push('file');
  const size = range ? Math.max(range.min, 1) : 1;
  const sentType = fields.find((f) => f.name === 'Content-Type')?.value;
  if (unmet.length) return { ok: false, fields: unmet };
  return {
    ok: true,
    upload: {
      bucket: pinnedBucket(policy) ?? bucket,
      fields,
      file: { filename: name, size, contentType: sentType ?? 'text/plain' },
    },
  };
}

/**
 * The region a V4 policy's pinned `x-oss-credential` names, if any.
 *
 * @example
 * policyRegion({ expiration: 'E', conditions: [{ 'x-oss-credential': 'AK/20300101/cn-beijing/oss/aliyun_v4_request' }] }) // 'cn-beijing'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function policyRegion(policy: PolicyDocument): string | undefined {
  const credential = satisfyingValue(
    'x-oss-credential',
    conditionsByField(policy).get('x-oss-credential') ?? [],
  );
  const region = credential?.split('/')[2];
  return region && region !== '' ? region : undefined;
}
