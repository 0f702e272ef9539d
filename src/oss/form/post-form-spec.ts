// A PostFormSpec as it arrives (typed by the caller, but from forms, URLs or JSON in practice)
// made safe to build from: wrong types become empty values plus a note, never an exception.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { Severity } from '../check-types.ts';
import { sayFrom, type TextRef } from '../texts.ts';
import { FORM_TEXTS } from './texts-en.ts';
import type { CallbackSpec, FieldSpec, PostFormSpec } from './form-types.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';

/** A spec problem found while normalising, shaped like a Check without its doc link. */
export interface SpecProblem {
  id: string;
  severity: Severity;
  message: string;
  /** The message by id and parameters, for the page to show in the reader's language. */
  text?: TextRef;
  fields: string[];
}

const say = sayFrom(FORM_TEXTS);

/** A spec with every member of the right type. */
export type NormalizedSpec = PostFormSpec & {
  signatureVersion: 'v1' | 'v4';
  now: Date;
  conditions: PolicyCondition[];
  fields: FieldSpec[];
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const scalar = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : undefined;

function normalizeCallback(raw: unknown, problems: SpecProblem[]): CallbackSpec | undefined {
  if (raw === undefined || raw === null) return undefined;
  const urls = isObject(raw)
    ? typeof raw.urls === 'string'
      ? [raw.urls]
      : Array.isArray(raw.urls)
        ? raw.urls.filter((u): u is string => typeof u === 'string')
        : []
    : [];
  if (!isObject(raw) || urls.length === 0 || typeof raw.body !== 'string') {
    problems.push({
      id: 'spec.callback-invalid',
      severity: 'error',
      ...say('callback-invalid'),
      fields: ['callback'],
    });
    return undefined;
  }
  const vars: Record<string, string> = {};
  if (isObject(raw.vars)) {
    for (const [name, value] of Object.entries(raw.vars)) {
      const v = scalar(value);
      if (v !== undefined) vars[name] = v;
    }
  }
  const bodyType =
    raw.bodyType === 'application/json'
      ? raw.bodyType
      : raw.bodyType === 'application/x-www-form-urlencoded'
        ? raw.bodyType
        : undefined;
  return {
    urls,
    body: raw.body,
    ...(typeof raw.host === 'string' && raw.host !== '' ? { host: raw.host } : {}),
    ...(bodyType ? { bodyType } : {}),
    ...(Object.keys(vars).length > 0 ? { vars } : {}),
  };
}

/**
 * Normalises a spec: strings where strings belong, `v4` unless `v1`, a valid `now` (else the
 * current time), arrays for conditions and fields, a usable callback or none — and a problem for
 * each thing it had to change.
 *
 * @example
 * normalizeSpec({ target: { bucket: 'b', region: 'cn-hangzhou' }, credentials: {}, key: 'a', expiration: 60 } as never)
 *   .problems.map((p) => p.id) // ['spec.expiration-invalid']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function normalizeSpec(spec: PostFormSpec): {
  spec: NormalizedSpec;
  problems: SpecProblem[];
} {
  const raw: Record<string, unknown> = isObject(spec) ? spec : {};
  const problems: SpecProblem[] = [];
  const target = isObject(raw.target) ? raw.target : {};
  const credentials = isObject(raw.credentials) ? raw.credentials : {};

  let now: Date;
  const year = raw.now instanceof Date ? raw.now.getUTCFullYear() : NaN;
  if (raw.now instanceof Date && year >= 0 && year <= 9999) now = raw.now;
  else {
    now = new Date();
    if (raw.now !== undefined) {
      problems.push({
        id: 'spec.now-invalid',
        severity: 'warning',
        ...say('now-invalid', { now: now.toISOString() }),
        fields: ['x-oss-date'],
      });
    }
  }

  let expiration: PostFormSpec['expiration'] = '';
  if (typeof raw.expiration === 'string') expiration = raw.expiration;
  else if (isObject(raw.expiration) && Number.isFinite(raw.expiration.secondsFromNow)) {
    expiration = { secondsFromNow: raw.expiration.secondsFromNow as number };
  } else {
    problems.push({
      id: 'spec.expiration-invalid',
      severity: 'error',
      ...say('expiration-invalid'),
      fields: ['policy'],
    });
  }

  const fields: FieldSpec[] = [];
  for (const f of Array.isArray(raw.fields) ? (raw.fields as unknown[]) : []) {
    const name = isObject(f) ? text(f.name).trim() : '';
    const value = isObject(f) ? scalar(f.value ?? '') : undefined;
    if (name === '' || value === undefined) {
      problems.push({
        id: 'form.field-invalid',
        severity: 'warning',
        ...say('field-invalid', { name }),
        fields: name === '' ? [] : [name],
      });
      continue;
    }
    fields.push({ name, value });
  }

  // AccessKey secrets never contain spaces; a pasted one often ends in a newline. Like ali-oss,
  // sign with the trimmed secret and say so.
  const rawSecret = text(credentials.accessKeySecret);
  const secret = rawSecret.trim();
  if (secret !== rawSecret) {
    problems.push({
      id: 'credentials.secret-trimmed',
      severity: 'info',
      ...say('secret-trimmed'),
      fields: [],
    });
  }
  const version = raw.signatureVersion === 'v1' ? 'v1' : 'v4';
  const securityToken = text(credentials.securityToken);
  const tokenExpiration = text(credentials.securityTokenExpiration).trim();
  const sandbox = isObject(raw.sandbox)
    ? {
        endpoint: text(raw.sandbox.endpoint).trim(),
        accessKeyId: text(raw.sandbox.accessKeyId).trim(),
      }
    : undefined;
  const endpoint = text(target.endpoint).trim();
  const callback = normalizeCallback(raw.callback, problems);
  return {
    spec: {
      target: {
        bucket: text(target.bucket).trim(),
        region: text(target.region).trim(),
        ...(endpoint ? { endpoint } : {}),
      },
      signatureVersion: version,
      credentials: {
        accessKeyId: text(credentials.accessKeyId).trim(),
        accessKeySecret: secret,
        ...(securityToken ? { securityToken } : {}),
        ...(tokenExpiration ? { securityTokenExpiration: tokenExpiration } : {}),
      },
      key: text(raw.key),
      expiration,
      now,
      conditions: Array.isArray(raw.conditions) ? (raw.conditions as PolicyCondition[]) : [],
      fields,
      ...(callback ? { callback } : {}),
      ...(sandbox ? { sandbox } : {}),
    },
    problems,
  };
}
