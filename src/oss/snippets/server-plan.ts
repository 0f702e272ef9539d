// What a signing server snippet must rebuild per request: the signer's plan (signer-plan.ts) with
// the key pinned to a per-user prefix, the bucket overridable, and the form fields laid out as the
// members of Alibaba's app-server answer, plus `fields` for every other field the policy requires.
// https://www.alibabacloud.com/help/doc-detail/31926.html
import type { PostForm } from '../form/form-types.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import {
  planSigner,
  type DynamicValue,
  type PlannedCondition,
  type SignerSnippetOptions,
} from './signer-plan.ts';

/** A policy condition a server emits: the signer's, the bucket (overridable), or the user's key prefix. */
export type ServerCondition = PlannedCondition | { kind: 'bucket' } | { kind: 'key-prefix' };

/** One member of the JSON answer: a literal, or a value computed per request. */
export type AnswerMember =
  | { member: string; kind: 'static'; value: string }
  | { member: string; kind: 'dynamic'; source: DynamicValue };

/** Everything a signing server snippet needs. */
export interface ServerPlan {
  url: string;
  version: PostForm['version'];
  region: string;
  bucket: string;
  /** The prefix under which each user gets a random folder (the builder's key folder). */
  keyPrefix: string;
  /** Short on purpose: a page asks again for each upload. */
  expiresInSeconds: number;
  conditions: ServerCondition[];
  /** App-server members in answer order (without `host`, `dir` and `fields`). */
  members: AnswerMember[];
  /** The other form fields the policy requires, by form name. */
  fields: { name: string; value: string }[];
  /** Origins allowed to read the answer (CORS): the page's origin, or none (see `pageOrigin`). */
  corsOrigins: string[];
  /** `host:port` values whose `x-oss-pub-key-url` the callback route trusts by default. */
  keyHosts: string[];
}

/** Options of the server renderers. */
export interface ServerSnippetOptions extends SignerSnippetOptions {
  /**
   * The page's origin (the page passes `window.location.origin`), which the server's CORS
   * allow-list names by default. Without it — or when it is not an `http:`/`https:` origin (a
   * `file:` page's `null`, a pasted URL with a path) — the list written into the code is empty:
   * no browser page on another origin may read the answer until `OSS_CORS_ORIGINS` names it
   * (comma-separated), while same-origin pages, mini-programs and servers are not affected by CORS.
   * `OSS_CORS_ORIGINS`, when set, replaces the written list in every case.
   */
  pageOrigin?: string;
}

/** Where OSS publishes its callback public key (the only host trusted by default). */
export const OSS_CALLBACK_KEY_HOST = 'gosspublic.alicdn.com';

/** The server's lifetime cap: 10 minutes. */
const SERVER_MAX_SECONDS = 600;

/**
 * Form field (lower case) → member of Alibaba's app-server answer. A Map, not a plain object: a
 * field named `constructor` or `__proto__` must not find Object.prototype's members.
 */
const MEMBERS = new Map<string, string>([
  ['ossaccesskeyid', 'accessid'],
  ['policy', 'policy'],
  ['signature', 'signature'],
  ['x-oss-signature', 'signature'],
  ['x-oss-signature-version', 'x_oss_signature_version'],
  ['x-oss-credential', 'x_oss_credential'],
  ['x-oss-date', 'x_oss_date'],
  ['x-oss-security-token', 'security_token'],
  ['callback', 'callback'],
]);

function keyCondition(c: PolicyCondition): string | null {
  if (Array.isArray(c)) {
    const field = typeof c[1] === 'string' ? c[1].toLowerCase() : '';
    return field === '$key' && (c[0] === 'eq' || c[0] === 'starts-with') ? String(c[2]) : null;
  }
  const names = Object.keys(c);
  return names.length === 1 && names[0].toLowerCase() === 'key' ? String(c[names[0]]) : null;
}

/**
 * The page origin as the CORS list names it, or none: only an `http:`/`https:` origin that is
 * exactly its own origin (no path, no credentials) is written into the server's code.
 */
function corsOrigin(pageOrigin: string | undefined): string[] {
  if (!pageOrigin) return [];
  try {
    const url = new URL(pageOrigin);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && url.origin === pageOrigin ? [url.origin] : [];
  } catch {
    return [];
  }
}

function folderOf(key: string): string {
  const beforeName = key.split('${filename}')[0];
  const slash = beforeName.lastIndexOf('/');
  return slash < 0 ? '' : beforeName.slice(0, slash + 1);
}

/** A loopback target (the sandbox) is trusted for callback keys too: it signs its own callbacks. */
function loopbackHost(url: string): string[] {
  try {
    const parsed = new URL(url);
    return /^(127\.0\.0\.1|localhost|\[::1\])$/.test(parsed.hostname) ? [parsed.host] : [];
  } catch {
    return [];
  }
}

/**
 * Plans a signing server for `form`: each request gets a fresh date, credential and expiration
 * (at most ten minutes), and a key prefix of its own under the builder's key folder; the policy
 * pins the key to that prefix instead of the builder's key conditions. The CORS list holds the
 * page's origin when it is a web origin, else nothing (`OSS_CORS_ORIGINS` decides at run time).
 *
 * @example
 * const plan = planServer(form); // plan.keyPrefix → 'uploads/', plan.members[0].member → 'x_oss_signature_version'
 * planServer(form).corsOrigins // [] (no page origin given)
 * planServer(form, { pageOrigin: 'https://example.com' }).corsOrigins // ['https://example.com']
 * @see https://www.alibabacloud.com/help/doc-detail/31926.html
 */
export function planServer(form: PostForm, options: ServerSnippetOptions = {}): ServerPlan {
  const signer = planSigner(form, options);
  const keyValues: string[] = [];
  const conditions: ServerCondition[] = [];
  let bucket = '';
  for (const c of signer.conditions) {
    const key = c.kind === 'static' ? keyCondition(c.condition) : null;
    if (key !== null) {
      keyValues.push(key);
      if (!conditions.some((x) => x.kind === 'key-prefix')) conditions.push({ kind: 'key-prefix' });
      continue;
    }
    if (c.kind === 'static' && !Array.isArray(c.condition) && 'bucket' in c.condition) {
      bucket = String(c.condition.bucket);
      conditions.push({ kind: 'bucket' });
      continue;
    }
    conditions.push(c);
  }
  if (!conditions.some((x) => x.kind === 'key-prefix')) conditions.push({ kind: 'key-prefix' });
  const formKey = signer.fields.find((f) => f.name.toLowerCase() === 'key');
  const startsWith = form.policy.conditions
    .filter((c) => Array.isArray(c) && c[0] === 'starts-with')
    .map(keyCondition)
    .filter((k): k is string => k !== null);
  const keyPrefix =
    startsWith.sort((a, b) => b.length - a.length)[0] ??
    folderOf(formKey?.kind === 'static' ? formKey.value : (keyValues[0] ?? ''));
  const members: AnswerMember[] = [];
  const fields: { name: string; value: string }[] = [];
  for (const f of signer.fields) {
    const name = f.name.toLowerCase();
    if (name === 'key') continue;
    const member = MEMBERS.get(name);
    if (f.kind === 'dynamic')
      members.push({ member: member ?? f.name, kind: 'dynamic', source: f.source });
    else if (member) members.push({ member, kind: 'static', value: f.value });
    else fields.push({ name: f.name, value: f.value });
  }
  return {
    url: signer.url,
    version: signer.version,
    region: signer.region,
    bucket,
    keyPrefix,
    expiresInSeconds: Math.min(signer.expiresInSeconds, SERVER_MAX_SECONDS),
    conditions,
    members,
    fields,
    corsOrigins: corsOrigin(options.pageOrigin),
    keyHosts: [OSS_CALLBACK_KEY_HOST, ...loopbackHost(signer.url)],
  };
}
