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
  const name = typeof rest[0] === 'string' ? rest[0].toLowerCase() : undefined;
  const field =
    name === undefined ? JSON.stringify(rest[0]) : name.startsWith('$') ? name : `$${name}`;
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
  // Conditions of `b` queued by label and by label + value: each lookup is a map read, so the
  // diff is linear in the number of conditions (a search per condition was quadratic).
  const remaining = b.conditions.map((condition) => ({
    condition,
    ...identify(condition),
    used: false,
  }));
  const byLabelValue = new Queues<(typeof remaining)[number]>();
  const byLabel = new Queues<(typeof remaining)[number]>();
  for (const r of remaining) {
    byLabelValue.push(`${r.label}\u0000${r.value}`, r);
    byLabel.push(r.label, r);
  }
  const removedOrChanged: { condition: PolicyCondition; label: string }[] = [];
  const unchanged: PolicyCondition[] = [];
  for (const condition of a.conditions) {
    const id = identify(condition);
    const twin = byLabelValue.take(`${id.label}\u0000${id.value}`, (r) => !r.used);
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
    const other = byLabel.take(label, (r) => !r.used);
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

/** First-in, first-out lists by key; `take` skips (and drops) items that no longer qualify. */
class Queues<T> {
  private readonly lists = new Map<string, { items: T[]; next: number }>();

  push(key: string, item: T): void {
    const list = this.lists.get(key);
    if (list) list.items.push(item);
    else this.lists.set(key, { items: [item], next: 0 });
  }

  take(key: string, usable: (item: T) => boolean): T | undefined {
    const list = this.lists.get(key);
    if (!list) return undefined;
    while (list.next < list.items.length) {
      const item = list.items[list.next];
      if (usable(item)) return item;
      list.next += 1;
    }
    return undefined;
  }
}
