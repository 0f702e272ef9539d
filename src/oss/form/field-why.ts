// Why each field of a built form is there, and why in that place — shown beside the field list.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { minutesOf, sizeInWords, USER_META_MAX_BYTES, V4_MAX_SKEW_MS } from '../limits.ts';
import { AUTH_FIELD_NAMES } from './field-names.ts';
import type { SignatureVersion } from './form-types.ts';

const AUTH_PLACE =
  'Sent right after `key`, with the other signing fields, so OSS can authenticate before the file.';
const OPTIONAL_PLACE =
  'Sent after the signing fields and before `file`: OSS does not read fields that follow the file.';

const WHAT: Record<string, string> = {
  key: 'The object name (may contain ${filename}). Sent first: a `key` missing or placed after the file is reported as missing.',
  OSSAccessKeyId: 'V1: the AccessKey ID (with STS, the temporary STS.… ID).',
  policy:
    'Base64 of the exact UTF-8 policy JSON that was signed; the signature covers these bytes.',
  Signature: 'V1: Base64 HMAC-SHA1 of the policy field, keyed with the AccessKey secret.',
  'x-oss-signature-version': 'V4: selects OSS4-HMAC-SHA256; the policy pins the same value.',
  'x-oss-credential':
    'V4: the scope AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request (UTC day, region without oss-); the policy pins the same value.',
  'x-oss-date': `V4: the signing time in UTC (YYYYMMDDTHHMMSSZ), same day as the credential; the policy pins the same value; OSS allows ${minutesOf(V4_MAX_SKEW_MS)} minutes of skew.`,
  'x-oss-signature': 'V4: lower-case hex HMAC-SHA256 of the policy field with the derived V4 key.',
  'x-oss-security-token':
    'The STS SecurityToken, required with temporary credentials; the policy pins the same value.',
  success_action_status: 'The success status: 200 or 204 (empty body) or 201 (XML PostResponse).',
  success_action_redirect: 'Where the browser is sent after a successful upload.',
  'Content-Type': 'Stored as the object Content-Type.',
  'Cache-Control': 'Stored as the object Cache-Control header.',
  'Content-Disposition': 'Stored as the object Content-Disposition header.',
  'Content-Encoding': 'Stored as the object Content-Encoding header.',
  Expires: 'Stored as the object Expires header.',
  'x-oss-content-type': 'Forces the object Content-Type over the type of the file part.',
  'x-oss-object-acl': 'The object ACL (default, private, public-read, public-read-write).',
  'x-oss-storage-class': 'The storage class of the object.',
  'x-oss-forbid-overwrite': 'true refuses to replace an existing object (409 FileAlreadyExists).',
  'x-oss-server-side-encryption': 'Server-side encryption: AES256 or KMS.',
  'x-oss-server-side-encryption-key-id': 'The KMS key for KMS encryption.',
  callback:
    'Base64 of the callback JSON (callbackUrl, callbackHost, callbackBody, callbackBodyType) OSS calls after storing the object.',
};

const AUTH = new Set(AUTH_FIELD_NAMES);

/**
 * The `why` text of a form field: what it does, then why it sits where it does.
 *
 * @example
 * explainField('x-oss-date', 'v4') // 'V4: the signing time in UTC … Sent right after `key`, …'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function explainField(name: string, _version: SignatureVersion): string {
  if (name === 'key') return WHAT.key;
  const what =
    WHAT[name] ??
    (name.startsWith('x-oss-meta-')
      ? `User metadata, stored with the object (all x-oss-meta-* together at most ${sizeInWords(USER_META_MAX_BYTES)}).`
      : name.toLowerCase().startsWith('x:')
        ? 'A callback variable, its own form field in PostObject (used as ${' +
          name +
          '} in the callback body).'
        : 'A field you added; OSS only enforces it when a policy condition names it.');
  return `${what} ${AUTH.has(name) ? AUTH_PLACE : OPTIONAL_PLACE}`;
}

/** The `why` of the file entry. @example FILE_WHY.startsWith('The file') // true */
export const FILE_WHY =
  'The file content (the browser sets its part Content-Type). Last and only once: OSS ignores every field after the file, so nothing may follow it.';
