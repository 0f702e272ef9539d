// Why each field of a built form is there, and why in that place, in English: the one home of the
// field table's reasons (explainField in ../field-why.ts puts them together). The Chinese table of the
// same shape is in texts-zh.ts. Code in these sentences is marked with backticks: the page renders
// them as code (src/ui/inline-code.tsx).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { defineTexts } from '../../texts.ts';

/**
 * Why each field of a built form is there, and why in that place (namespace `field-why`): `field.<name>`
 * for a field OSS names, `pattern.*` for user metadata, a callback variable or a field the user added,
 * `place.*` for where it is sent, `reason` joining the two, and `file` for the file entry. The rule
 * numbers come in as parameters from limits.ts (explainField gives them).
 *
 * @example FIELD_WHY_TEXTS['place.optional'] // 'Sent after the signing fields and before `file`: …'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const FIELD_WHY_TEXTS = defineTexts('field-why', {
  'field.key':
    'The object name (may contain ${filename}). Sent first: a `key` missing or placed after the file is reported as missing.',
  'field.OSSAccessKeyId': 'V1: the AccessKey ID (with STS, the temporary STS.… ID).',
  'field.policy':
    'Base64 of the exact UTF-8 policy JSON that was signed; the signature covers these bytes.',
  'field.Signature': 'V1: Base64 HMAC-SHA1 of the policy field, keyed with the AccessKey secret.',
  'field.x-oss-signature-version': 'V4: selects OSS4-HMAC-SHA256; the policy pins the same value.',
  'field.x-oss-credential':
    'V4: the scope AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request (UTC day, region without oss-); the policy pins the same value.',
  'field.x-oss-date': (p: { skewMinutes: number }) =>
    `V4: the signing time in UTC (YYYYMMDDTHHMMSSZ), same day as the credential; the policy pins the same value; OSS allows ${p.skewMinutes} minutes of skew.`,
  'field.x-oss-signature':
    'V4: lower-case hex HMAC-SHA256 of the policy field with the derived V4 key.',
  'field.x-oss-security-token':
    'The STS SecurityToken, required with temporary credentials; the policy pins the same value.',
  'field.success_action_status':
    'The success status: 200 or 204 (empty body) or 201 (XML PostResponse).',
  'field.success_action_redirect': 'Where the browser is sent after a successful upload.',
  'field.Content-Type': 'Stored as the object Content-Type.',
  'field.Cache-Control': 'Stored as the object Cache-Control header.',
  'field.Content-Disposition': 'Stored as the object Content-Disposition header.',
  'field.Content-Encoding': 'Stored as the object Content-Encoding header.',
  'field.Expires': 'Stored as the object Expires header.',
  'field.x-oss-content-type': 'Forces the object Content-Type over the type of the file part.',
  'field.x-oss-object-acl': 'The object ACL (default, private, public-read, public-read-write).',
  'field.x-oss-storage-class': 'The storage class of the object.',
  'field.x-oss-forbid-overwrite':
    'true refuses to replace an existing object (409 FileAlreadyExists).',
  'field.x-oss-server-side-encryption': 'Server-side encryption: AES256 or KMS.',
  'field.x-oss-server-side-encryption-key-id': 'The KMS key for KMS encryption.',
  'field.callback':
    'Base64 of the callback JSON (callbackUrl, callbackHost, callbackBody, callbackBodyType) OSS calls after storing the object.',
  'pattern.meta': (p: { metaSize: string }) =>
    `User metadata, stored with the object (all x-oss-meta-* together at most ${p.metaSize}).`,
  'pattern.callback-variable': (p: { name: string }) =>
    'A callback variable, its own form field in PostObject (used as ${' +
    p.name +
    '} in the callback body).',
  'pattern.custom': 'A field you added; OSS only enforces it when a policy condition names it.',
  'place.auth':
    'Sent right after `key`, with the other signing fields, so OSS can authenticate before the file.',
  'place.optional':
    'Sent after the signing fields and before `file`: OSS does not read fields that follow the file.',
  reason: (p: { what: string; place: string }) => `${p.what} ${p.place}`,
  file: 'The file content (the browser sets its part Content-Type). Last and only once: OSS ignores every field after the file, so nothing may follow it.',
});
