import {
  parseOssEndpoint,
  readCondition,
  standardRegion,
  validateCallback,
  type ImportedForm,
  type PolicyDocument,
} from '../../oss/index.ts';
import type { BuilderValues, ExtraField } from '../form/builder-schema.ts';
import { conditionToRow, userConditions } from '../form/condition-rows.ts';

/** Where the page's sandbox posts, so an import aimed at it keeps the sandbox target. */
export interface SandboxTarget {
  endpoint: string;
  bucket: string;
  region: string;
}

/** The builder's values after an import, and what the import could not carry over. */
export interface ImportedValues {
  values: BuilderValues;
  /** Plain sentences for the page: what was kept from before, what was left out. */
  notes: string[];
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
 * An imported form → the builder's values. What the import says replaces what the form had
 * (target, signature version, AccessKey ID, token, key, expiration, conditions, extra fields,
 * callback with its host and body type); the AccessKey secret is never part of an import and stays as it was. A policy-only
 * import (no form fields) keeps the key, fields and credentials the form had.
 */
export function importedToValues(
  imported: ImportedForm,
  current: BuilderValues,
  sandbox: SandboxTarget | null = null,
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
    signatureVersion: imported.version,
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(policyOnly ? {} : { securityToken: token ?? '' }),
  };

  let { callbackUrl, callbackBody, callbackHost, callbackBodyType } = current;
  let fields: ExtraField[] = current.fields;
  if (!policyOnly) {
    fields = imported.fields
      .filter((f) => !BUILDER_OWNED.has(f.name.toLowerCase()))
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
        notes.push(
          `The callback field was not taken over: ${decoded.issues.map((i) => i.message).join(' ')}`,
        );
      }
    }
  }

  const expiration: BuilderValues['expiration'] = policy
    ? { ...current.expiration, mode: 'absolute', absolute: policy.expiration }
    : current.expiration;
  if (!policy) notes.push('No policy came in: expiration and conditions are the ones you had.');
  notes.push('The AccessKey secret is never imported: the builder signs with the one you entered.');

  return {
    values: {
      ...current,
      target: readTarget(imported, current.target, sandbox),
      credentials,
      key: policyOnly ? current.key : (fieldValue(imported, 'key') ?? current.key),
      expiration,
      conditions: policy
        ? userConditions(policy.conditions).map(conditionToRow)
        : current.conditions,
      fields,
      callbackUrl,
      callbackBody,
      callbackHost,
      callbackBodyType,
      sendOrder: 'standard',
    },
    notes,
  };
}
