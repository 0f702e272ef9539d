import {
  endpointUrl,
  parseOssEndpoint,
  describeCondition,
  FILENAME_TEMPLATE,
  readCondition,
  standardRegion,
  suggestKeyPrefix,
  validateCallback,
  type ImportedForm,
  type PolicyDocument,
  type SignatureVersion,
} from '../../oss/index.ts';
import type { BuilderValues, ExtraField } from '../form/builder-schema.ts';
import { conditionToRow, rowToCondition, userConditions } from '../form/condition-rows.ts';
import type { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { capRows } from './row-cap.ts';
import { capRowChars, capValues } from './value-cap.ts';

type ToolsTexts = typeof INTERCHANGE_TOOLS_TEXTS;

/** Where the page's sandbox posts, so an import aimed at it keeps the sandbox target. */
export interface SandboxTarget {
  endpoint: string;
  bucket: string;
  region: string;
}

/** One value an import changes: where it lives in the builder's values, before and after. */
export interface ImportChange {
  /** The builder value's path, e.g. `key`, `target.bucket`, `credentials.signatureVersion`. */
  field: string;
  from: string;
  to: string;
}

/** The builder's values after an import, and what the import could not carry over. */
export interface ImportedValues {
  values: BuilderValues;
  /** Plain sentences for the page: what was kept from before, what was left out. */
  notes: string[];
  /** Every value the import changes, in the page's order (target, credentials, policy, fields). */
  changes: ImportChange[];
  /** Set when the import switches the signature version (the page asks before V4 → V1). */
  versionChange: { from: SignatureVersion; to: SignatureVersion } | null;
}

// Fields the builder writes itself (auth, policy, callback) or that are no form value (file).
const BUILDER_OWNED = new Set([
  'key',
  'policy',
  'file',
  'ossaccesskeyid',
  'signature',
  'x-oss-signature',
  'x-oss-signature-version',
  'x-oss-credential',
  'x-oss-date',
  'x-oss-security-token',
  'callback',
  'submit',
]);

/**
 * A Content-Type field the sender fills from the chosen file (the HTML snippet's empty input, the
 * curl snippet's `$(file --mime-type …)`): not a value the form fixes, so not imported as one.
 */
function filledFromFile(field: { name: string; value: string }): boolean {
  return field.name.toLowerCase() === 'content-type' && /^(|\$\(.*\))$/s.test(field.value);
}

function fieldValue(imported: ImportedForm, name: string): string | undefined {
  return imported.fields.find((f) => f.name.toLowerCase() === name)?.value;
}

function policyBucket(policy: PolicyDocument | undefined): string | undefined {
  for (const condition of policy?.conditions ?? []) {
    const test = readCondition(condition);
    if (test.op === 'eq' && test.field === 'bucket') return test.value;
  }
  return undefined;
}

function readTarget(
  imported: ImportedForm,
  current: BuilderValues['target'],
  sandbox: SandboxTarget | null,
): BuilderValues['target'] {
  const credentialRegion = fieldValue(imported, 'x-oss-credential')?.split('/')[2];
  const bucket = policyBucket(imported.policy);
  const region = credentialRegion === undefined ? undefined : standardRegion(credentialRegion);
  const url = imported.url?.trim().replace(/\/+$/, '');
  if (!url) {
    return { ...current, ...(bucket ? { bucket } : {}), ...(region ? { region } : {}) };
  }
  if (sandbox && url === sandbox.endpoint.replace(/\/+$/, '')) {
    return {
      mode: 'sandbox',
      endpoint: sandbox.endpoint,
      bucket: bucket ?? sandbox.bucket,
      region: region ?? sandbox.region,
    };
  }
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    // Not a URL: kept as a custom endpoint so the form's own validation explains it.
  }
  const oss = parseOssEndpoint(host);
  if (oss?.bucket !== undefined) {
    return {
      mode: 'region',
      endpoint: url,
      bucket: bucket ?? oss.bucket,
      region: region ?? oss.region,
    };
  }
  return {
    mode: 'custom',
    endpoint: url,
    bucket: bucket ?? current.bucket,
    region: region ?? current.region,
  };
}

/**
 * The key a policy allows: its `eq $key` value, or the current key moved under its `starts-with $key`
 * prefix (the current file-name part kept); the current key when it already fits.
 */
function keyForPolicy(policy: PolicyDocument | undefined, key: string): string {
  for (const condition of policy?.conditions ?? []) {
    const test = readCondition(condition);
    if (test.op === 'eq' && test.field === 'key') return test.value;
    if (test.op === 'starts-with' && test.field === 'key' && !key.startsWith(test.value)) {
      const name = key.slice(suggestKeyPrefix(key).length);
      return `${test.value}${name === '' ? FILENAME_TEMPLATE : name}`;
    }
  }
  return key;
}

/** Marks a relative expiration in a change (`after-signing:1 hours`): the report words it. */
export const EXPIRATION_AFTER_SIGNING = 'after-signing:';

const shownSecret = (value: string) => (value === '' ? '(none)' : '(set)');

/** What each compared value looks like in a change: text a person can read. */
const SHOWN: [string, (values: BuilderValues) => string][] = [
  ['target.mode', (v) => v.target.mode],
  ['target.endpoint', (v) => (v.target.mode === 'region' ? '' : v.target.endpoint)],
  ['target.bucket', (v) => v.target.bucket],
  ['target.region', (v) => v.target.region],
  ['credentials.signatureVersion', (v) => v.credentials.signatureVersion],
  ['credentials.accessKeyId', (v) => v.credentials.accessKeyId],
  ['credentials.securityToken', (v) => shownSecret(v.credentials.securityToken)],
  ['key', (v) => v.key],
  [
    'expiration',
    (v) =>
      v.expiration.mode === 'absolute'
        ? v.expiration.absolute
        : `${EXPIRATION_AFTER_SIGNING}${v.expiration.amount} ${v.expiration.unit}`,
  ],
  [
    'conditions',
    (v) =>
      v.conditions
        .map(rowToCondition)
        .map((c) => (c === null ? '(incomplete row)' : describeCondition(c)))
        .join('; '),
  ],
  ['fields', (v) => v.fields.map((f) => `${f.name}=${f.value}`).join('; ')],
  ['callbackUrl', (v) => v.callbackUrl],
  ['callbackBody', (v) => v.callbackBody],
  ['callbackHost', (v) => v.callbackHost ?? ''],
  ['callbackBodyType', (v) => v.callbackBodyType ?? ''],
  ['sendOrder', (v) => v.sendOrder],
];

/** The values that differ between two builder states, as the page shows them. */
export function listChanges(before: BuilderValues, after: BuilderValues): ImportChange[] {
  return SHOWN.flatMap(([field, show]) => {
    const from = show(before);
    const to = show(after);
    return from === to ? [] : [{ field, from, to }];
  });
}

/**
 * An imported form → the builder's values. What the import says replaces what the form had
 * (target, signature version, AccessKey ID, token, key, expiration, conditions, extra fields,
 * callback with its host and body type); the AccessKey secret is never part of an import and stays as it was. A policy-only
 * import (no form fields) keeps the fields and credentials the form had, and the key moved under
 * the policy's key prefix when it is not already there. `changes` lists what differs from before.
 */
export function importedToValues(
  imported: ImportedForm,
  current: BuilderValues,
  sandbox: SandboxTarget | null,
  texts: ToolsTexts,
): ImportedValues {
  const notes: string[] = [];
  const policyOnly = imported.source === 'policy-base64' || imported.source === 'policy-json';
  const { policy } = imported;

  const credential = fieldValue(imported, 'x-oss-credential');
  const accessKeyId =
    fieldValue(imported, 'ossaccesskeyid') ?? credential?.split('/')[0] ?? undefined;
  const token = fieldValue(imported, 'x-oss-security-token');
  const credentials: BuilderValues['credentials'] = {
    ...current.credentials,
    // A bare policy without V4 conditions does not say V1: the builder signs it either way.
    signatureVersion:
      policyOnly && imported.version === 'v1'
        ? current.credentials.signatureVersion
        : imported.version,
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(policyOnly ? {} : { securityToken: token ?? '' }),
  };

  let { callbackUrl, callbackBody, callbackHost, callbackBodyType } = current;
  let fields: ExtraField[] = current.fields;
  if (!policyOnly) {
    fields = imported.fields
      .filter((f) => !BUILDER_OWNED.has(f.name.toLowerCase()) && !filledFromFile(f))
      .map((f) => ({ name: f.name, value: f.value }));
    callbackUrl = '';
    callbackBody = '';
    callbackHost = '';
    callbackBodyType = '';
    const callback = fieldValue(imported, 'callback');
    if (callback !== undefined) {
      const decoded = validateCallback(callback);
      if (decoded.ok) {
        callbackUrl = decoded.value.urls.join(';');
        callbackBody = decoded.value.body;
        callbackHost = decoded.value.host ?? '';
        callbackBodyType = decoded.value.bodyType;
      } else {
        notes.push(texts.callbackNotTaken({ why: decoded.issues.map((i) => i.message).join(' ') }));
      }
    }
  }

  const expiration: BuilderValues['expiration'] = policy
    ? { ...current.expiration, mode: 'absolute', absolute: policy.expiration }
    : current.expiration;
  if (!policy) notes.push(texts.noPolicy);
  notes.push(texts.secretNotImported);

  const sentKey = policyOnly ? undefined : fieldValue(imported, 'key');
  const values: BuilderValues = {
    ...current,
    target: readTarget(imported, current.target, sandbox),
    credentials,
    key: sentKey ?? keyForPolicy(policy, current.key),
    expiration,
    conditions: policy ? userConditions(policy.conditions).map(conditionToRow) : current.conditions,
    fields,
    callbackUrl,
    callbackBody,
    callbackHost,
    callbackBodyType,
    sendOrder: 'standard',
  };
  const taken = capValues(values, current);
  notes.push(...taken.notes);
  const counted = capRows(taken.values);
  notes.push(...counted.notes);
  const capped = capRowChars(counted.values);
  notes.push(...capped.notes);
  const url = imported.url?.trim() ?? '';
  if (/^http:\/\//i.test(url) && capped.values.target.mode === 'region') {
    // Region mode posts to the bucket's public HTTPS endpoint: said, not switched quietly.
    const endpoint = endpointUrl(capped.values.target.bucket, capped.values.target.region);
    notes.push(texts.httpsInstead({ url, endpoint }));
  }
  const from = current.credentials.signatureVersion;
  const to = capped.values.credentials.signatureVersion;
  return {
    values: capped.values,
    notes,
    changes: listChanges(current, capped.values),
    versionChange: from === to ? null : { from, to },
  };
}
