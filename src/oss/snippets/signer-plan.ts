// What a server-side signer must rebuild at run time: which parts of a signed form are fixed text
// and which depend on the credentials and the clock. Shared by the Node, Python, Go and Java snippets.
import type { PostForm } from '../form/form-types.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import type { SnippetTexts } from './texts-en.ts';
import { wellFormedValue } from './escape-text.ts';

/** A value the signer computes when it runs, never a literal in the snippet. */
export type DynamicValue =
  'accessKeyId' | 'policy' | 'signature' | 'credential' | 'date' | 'securityToken';

/** One form field to emit: a literal, or a value computed at run time. */
export type PlannedField =
  | { kind: 'static'; name: string; value: string }
  | { kind: 'dynamic'; name: string; source: DynamicValue };

/** One policy condition to emit: a literal, or a pin on a run-time value (same JSON shape). */
export type PlannedCondition =
  | { kind: 'static'; condition: PolicyCondition }
  | { kind: 'dynamic'; field: string; source: DynamicValue; shape: 'simple' | 'eq' };

/** Everything a signer snippet needs to reproduce the form with fresh credentials and dates. */
export interface SignerPlan {
  url: string;
  version: PostForm['version'];
  /** V4 region without `oss-`, from the form's credential; empty for V1. */
  region: string;
  /** Policy lifetime, measured from the moment the signer runs. */
  expiresInSeconds: number;
  /** Send order, without the file (the caller appends it last). */
  fields: PlannedField[];
  conditions: PlannedCondition[];
}

/** Options shared by the signer renderers. */
export interface SignerSnippetOptions {
  /** Policy lifetime when the form does not tell it (V1 forms). Default 3600. */
  expiresInSeconds?: number;
  /** The comments' table, in the reader's language. Default English; code, names and JSON are the same in every language. */
  texts?: SnippetTexts;
}

// Maps, not plain objects: a field named `__proto__` or `constructor` must not find
// Object.prototype's members and be taken for a run-time value.
const DYNAMIC_FIELDS = new Map<string, DynamicValue>([
  ['ossaccesskeyid', 'accessKeyId'],
  ['policy', 'policy'],
  ['signature', 'signature'],
  ['x-oss-signature', 'signature'],
  ['x-oss-credential', 'credential'],
  ['x-oss-date', 'date'],
  ['x-oss-security-token', 'securityToken'],
]);

/** Conditions that pin a run-time value (the builder adds them; V4 and STS). */
const DYNAMIC_CONDITIONS = new Map<string, DynamicValue>([
  ['x-oss-credential', 'credential'],
  ['x-oss-date', 'date'],
  ['x-oss-security-token', 'securityToken'],
]);

const DEFAULT_EXPIRES_IN_SECONDS = 3600;
const V4_MAX_SECONDS = 7 * 24 * 3600;

function planCondition(written: PolicyCondition): PlannedCondition {
  const condition = wellFormedValue(written);
  if (Array.isArray(condition)) {
    const field = typeof condition[1] === 'string' ? condition[1].replace(/^\$/, '') : '';
    const source = DYNAMIC_CONDITIONS.get(field.toLowerCase());
    if (condition[0] === 'eq' && source) return { kind: 'dynamic', field, source, shape: 'eq' };
    return { kind: 'static', condition };
  }
  const names = Object.keys(condition);
  const source = names.length === 1 ? DYNAMIC_CONDITIONS.get(names[0].toLowerCase()) : undefined;
  if (source) return { kind: 'dynamic', field: names[0], source, shape: 'simple' };
  return { kind: 'static', condition };
}

/** Seconds between the form's `x-oss-date` and its expiration; undefined when unknown. */
function formLifetime(form: PostForm): number | undefined {
  const expires = Date.parse(form.policy.expiration);
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(form.date ?? '');
  if (!match || Number.isNaN(expires)) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const signed = Date.UTC(y, mo - 1, d, h, mi, s);
  const seconds = Math.round((expires - signed) / 1000);
  return seconds > 0 ? seconds : undefined;
}

/** `AK/YYYYMMDD/region/oss/aliyun_v4_request` → `region`. */
function regionOf(form: PostForm): string {
  const parts = (form.credential ?? '').split('/');
  return parts.length >= 5 ? parts[parts.length - 3] : '';
}

/**
 * Splits a signed form into literal parts and run-time parts, so that a server-side signer
 * rebuilds the same policy and fields with its own credentials, date and expiration.
 * The STS token is always dynamic: where the form has one, the signer sends the token of its
 * environment in the same place; where it has none, the signer adds it (after the builder's
 * own conditions and the signature field) when its environment has one.
 *
 * @example
 * const plan = planSigner(form); // plan.fields[0] → { kind: 'static', name: 'key', value: 'a.png' }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function planSigner(form: PostForm, options: SignerSnippetOptions = {}): SignerPlan {
  const fields: PlannedField[] = [];
  for (const entry of form.fields) {
    if (entry.kind === 'file') continue;
    const source = DYNAMIC_FIELDS.get(entry.name.toLowerCase());
    fields.push(
      source
        ? { kind: 'dynamic', name: entry.name, source }
        : { kind: 'static', name: entry.name, value: entry.value },
    );
  }
  const conditions = form.policy.conditions.map(planCondition);
  if (!conditions.some((c) => c.kind === 'dynamic' && c.source === 'securityToken')) {
    const anchor = lastIndex(conditions, (c) => c.kind === 'dynamic' || isBucket(c));
    conditions.splice(anchor + 1, 0, {
      kind: 'dynamic',
      field: 'x-oss-security-token',
      source: 'securityToken',
      shape: 'simple',
    });
  }
  if (!fields.some((f) => f.kind === 'dynamic' && f.source === 'securityToken')) {
    const anchor = lastIndex(fields, (f) => f.kind === 'dynamic' && f.source === 'signature');
    fields.splice(anchor < 0 ? fields.length : anchor + 1, 0, {
      kind: 'dynamic',
      name: 'x-oss-security-token',
      source: 'securityToken',
    });
  }
  const lifetime = options.expiresInSeconds ?? formLifetime(form) ?? DEFAULT_EXPIRES_IN_SECONDS;
  const cap = form.version === 'v4' ? V4_MAX_SECONDS : Number.MAX_SAFE_INTEGER;
  return {
    url: form.url,
    version: form.version,
    region: form.version === 'v4' ? regionOf(form) : '',
    expiresInSeconds: Math.max(1, Math.min(Math.round(lifetime), cap)),
    fields,
    conditions,
  };
}

function isBucket(c: PlannedCondition): boolean {
  return c.kind === 'static' && !Array.isArray(c.condition) && Object.hasOwn(c.condition, 'bucket');
}

function lastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i])) return i;
  return -1;
}
