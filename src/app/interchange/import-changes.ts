import type { BuilderValues } from '../form/builder-schema.ts';

/** A builder value an import may change, named as the page labels it. */
const WATCHED: { label: string; read: (values: BuilderValues) => unknown }[] = [
  { label: 'Post to', read: (v) => v.target.mode },
  { label: 'Endpoint', read: (v) => v.target.endpoint },
  { label: 'Bucket', read: (v) => v.target.bucket },
  { label: 'Region', read: (v) => v.target.region },
  { label: 'Signature version', read: (v) => v.credentials.signatureVersion },
  { label: 'AccessKey ID', read: (v) => v.credentials.accessKeyId },
  { label: 'Security token', read: (v) => v.credentials.securityToken },
  { label: 'Object key', read: (v) => v.key },
  { label: 'Expiration', read: (v) => v.expiration },
  { label: 'Conditions', read: (v) => v.conditions },
  { label: 'Optional fields', read: (v) => v.fields },
  { label: 'Callback', read: (v) => [v.callbackUrl, v.callbackBody] },
];

function show(value: unknown): string {
  return typeof value === 'string' ? (value === '' ? '(empty)' : value) : '';
}

/**
 * What an import changed in the builder, one line per input, with old → new for plain values.
 * @example describeImportChanges(before, { ...before, key: 'user/${filename}' }) // ['Object key: uploads/${filename} → user/${filename}']
 */
export function describeImportChanges(before: BuilderValues, after: BuilderValues): string[] {
  return WATCHED.flatMap(({ label, read }) => {
    const was = read(before);
    const now = read(after);
    if (JSON.stringify(was) === JSON.stringify(now)) return [];
    if (label === 'Security token' && typeof now === 'string') {
      return [`${label}: ${now === '' ? 'cleared' : 'set'}`]; // never echo a token
    }
    return typeof was === 'string' ? [`${label}: ${show(was)} → ${show(now)}`] : [label];
  });
}

/** The import would switch a V4 form to the legacy V1 signature (asked before it is applied). */
export function switchesToV1(before: BuilderValues, after: BuilderValues): boolean {
  return (
    before.credentials.signatureVersion === 'v4' && after.credentials.signatureVersion === 'v1'
  );
}
