import type { PolicyCondition, PolicyDocument } from './policy-types.ts';

/** One condition present on both sides with the same operator and field but another value. */
export interface ChangedCondition {
  /** `eq $key`, `starts-with $key`, `content-length-range` … */
  label: string;
  before: PolicyCondition;
  after: PolicyCondition;
}

/** What changed from policy `a` to policy `b`. */
export interface PolicyDiff {
  /** Set when the expiration differs. */
  expiration?: { before: string; after: string };
  added: PolicyCondition[];
  removed: PolicyCondition[];
  changed: ChangedCondition[];
  unchanged: PolicyCondition[];
  /** True when nothing differs (conditions compared as OSS reads them, order ignored). */
  same: boolean;
}

/** `{"bucket": "b"}` and `["eq", "$bucket", "b"]` mean the same: both become `eq $bucket`. */
function identify(condition: PolicyCondition): { label: string; value: string } {
  if (!Array.isArray(condition)) {
    const entries = Object.entries(condition);
    if (entries.length !== 1)
      return {
        label: `object ${JSON.stringify(Object.keys(condition))}`,
        value: JSON.stringify(condition),
      };
    const [name, value] = entries[0];
    return { label: `eq $${name.toLowerCase()}`, value: JSON.stringify(value) };
  }
  const [operator, ...rest] = condition as unknown[];
  const op = String(operator).toLowerCase();
  if (op === 'content-length-range') return { label: op, value: JSON.stringify(rest) };
  const field =
    typeof rest[0] === 'string'
      ? rest[0].toLowerCase().replace(/^\$?/, '$')
      : JSON.stringify(rest[0]);
  const value = rest.length === 2 ? JSON.stringify(rest[1]) : JSON.stringify(rest.slice(1));
  return { label: `${op} ${field}`, value };
}

/**
 * Compares two policies as OSS reads them: conditions matched by operator and field (field
 * names case-insensitive, `{"f": v}` equal to `["eq", "$f", v]`, order ignored), reported as
 * added, removed, changed (same operator and field, other value) and unchanged, plus a changed
 * expiration. Several conditions on one operator and field pair up in order.
 *
 * @example
 * diffPolicies(
 *   { expiration: '2030-01-01T00:00:00Z', conditions: [['starts-with', '$key', 'a/'], { bucket: 'b' }] },
 *   { expiration: '2030-01-02T00:00:00Z', conditions: [['eq', '$bucket', 'b'], ['starts-with', '$key', 'c/']] },
 * )
 * // { expiration: { before: '2030-01-01T00:00:00Z', after: '2030-01-02T00:00:00Z' }, added: [], removed: [],
 * //   changed: [{ label: 'starts-with $key', before: [...'a/'], after: [...'c/'] }], unchanged: [{ bucket: 'b' }], same: false }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function diffPolicies(a: PolicyDocument, b: PolicyDocument): PolicyDiff {
  const remaining = b.conditions.map((condition) => ({
    condition,
    ...identify(condition),
    used: false,
  }));
  const removedOrChanged: { condition: PolicyCondition; label: string }[] = [];
  const unchanged: PolicyCondition[] = [];
  for (const condition of a.conditions) {
    const id = identify(condition);
    const twin = remaining.find((r) => !r.used && r.label === id.label && r.value === id.value);
    if (twin) {
      twin.used = true;
      unchanged.push(condition);
    } else {
      removedOrChanged.push({ condition, label: id.label });
    }
  }
  const changed: ChangedCondition[] = [];
  const removed: PolicyCondition[] = [];
  for (const { condition, label } of removedOrChanged) {
    const other = remaining.find((r) => !r.used && r.label === label);
    if (other) {
      other.used = true;
      changed.push({ label, before: condition, after: other.condition });
    } else {
      removed.push(condition);
    }
  }
  const added = remaining.filter((r) => !r.used).map((r) => r.condition);
  const expiration =
    a.expiration === b.expiration ? undefined : { before: a.expiration, after: b.expiration };
  return {
    ...(expiration ? { expiration } : {}),
    added,
    removed,
    changed,
    unchanged,
    same: !expiration && added.length === 0 && removed.length === 0 && changed.length === 0,
  };
}
