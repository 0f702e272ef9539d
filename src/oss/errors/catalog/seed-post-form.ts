// Seed entries (OSS HTTP 400 reference) about the PostObject form itself.
// Codes and messages verbatim (read from the core's refusals where the core produces the error);
// causes and solutions in our own words.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import { catalogEntry as e, refusalEntry } from './entry.ts';
import { OSS_REFUSALS } from '../../evaluate/messages.ts';
import {
  FIELD_NAME_MAX_BYTES,
  FIELD_VALUE_MAX_BYTES,
  NON_FILE_FIELDS_WARN_BYTES,
  OBJECT_MAX_BYTES,
  POSTOBJECT_DOC_URL,
  PRE_FILE_DATA_MAX_BYTES,
  sizeInWords,
} from '../../limits.ts';

/**
 * Seed errors raised by the shape of a PostObject form: multipart body, fields, policy, file.
 *
 * @example
 * SEED_POST_FORM_ENTRIES.find((x) => x.code === 'MalformedPOSTRequest')?.ec // '0006-00000103'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const SEED_POST_FORM_ENTRIES: readonly CatalogEntry[] = [
  refusalEntry(
    'method-not-allowed',
    OSS_REFUSALS.methodNotAllowed,
    'The POST reached the bucket with no Content-Type header at all (OSS names the method and resource type in the answer), or the method is not one this resource serves.',
    "Send the upload as multipart/form-data: a FormData body (or your HTTP library's multipart helper) sets the Content-Type with its boundary; for downloads use GET or HEAD on the object URL.",
    { docUrl: POSTOBJECT_DOC_URL },
  ),
  refusalEntry(
    'request-is-not-multi-part-content',
    OSS_REFUSALS.notMultipart,
    'The POST carried a Content-Type other than multipart/form-data, so OSS cannot read it as a form upload.',
    'Send the form with enctype="multipart/form-data" (or a FormData body) and let the client set the Content-Type with its boundary; do not set Content-Type by hand.',
  ),
  e(
    'invalid-argument-post-request-accesskeyid-empty',
    'InvalidArgument',
    'Post request accessKeyId is empty',
    'The OSSAccessKeyId field is there but blank, or missing while policy or Signature is sent.',
    'Put your AccessKey ID (the STS.… id when using STS) in OSSAccessKeyId. Only a public-read-write bucket may omit all three of OSSAccessKeyId, policy and Signature.',
    { fields: ['OSSAccessKeyId'] },
  ),
  e(
    'invalid-argument-post-request-signature-empty',
    'InvalidArgument',
    'Post request signature is empty',
    'The Signature field is blank, or missing while OSSAccessKeyId or policy is sent.',
    'Sign the Base64 policy text with HMAC-SHA1 and your AccessKey secret, Base64 the digest and send it as Signature (V4 forms use x-oss-signature instead).',
    { fields: ['Signature', 'x-oss-signature'] },
  ),
  e(
    'invalid-argument-bucket-post-must-contain',
    'InvalidArgument',
    'The bucket POST must contain the specified field name',
    'A form part has no usable name, or a field value is in a form OSS does not accept.',
    'Give every part a Content-Disposition: form-data; name="…" header and check the field values against the PostObject reference.',
  ),
  e(
    'invalid-argument-bucket-post-contains-unrecognized',
    'InvalidArgument',
    'The bucket POST contains unrecognized field name',
    'The file part carries extra header lines after its filename line; OSS only expects the part Content-Type there.',
    'Let the browser or HTTP library build the file part; if you write it by hand, follow the filename line with a Content-Type line only.',
    { fields: ['file'] },
  ),
  refusalEntry(
    'invalid-argument-bucket-post-must-contain-specified-key',
    OSS_REFUSALS.keyMissing,
    'OSS found no key field before the file part: it is missing, misspelled, or placed after file (fields after file are never read).',
    'Send key before file; keep file as the very last field. Upload widgets that append the file first need their order changed.',
    { fields: ['key', 'file'] },
  ),
  e(
    'invalid-argument-post-body-size-must',
    'InvalidArgument',
    'Post body size must be less than 5G',
    `The whole POST body is larger than ${sizeInWords(OBJECT_MAX_BYTES)}.`,
    `Keep form uploads under ${sizeInWords(OBJECT_MAX_BYTES)}; use multipart upload for larger objects.`,
    { fields: ['file'] },
  ),
  e(
    'max-post-pre-data-length-exceeded-error',
    'MaxPOSTPreDataLengthExceededError',
    'Your POST request fields preceding the upload file were too large',
    `The fields sent before the file part add up to more than OSS accepts (${sizeInWords(PRE_FILE_DATA_MAX_BYTES)} in the current reference).`,
    'Shrink what precedes file: a shorter policy, fewer or smaller x-oss-meta-* values, a smaller callback.',
    { ec: '0006-00000112', fields: ['policy', 'callback', 'x-oss-meta-*'] },
  ),
  e(
    'field-item-too-long',
    'FieldItemTooLong',
    'Your name of form field is too long',
    `A form field name or value is over the size limit (${sizeInWords(FIELD_NAME_MAX_BYTES)} for a name, ${sizeInWords(FIELD_VALUE_MAX_BYTES)} for a value; older docs cap all non-file fields at ${sizeInWords(NON_FILE_FIELDS_WARN_BYTES)}).`,
    'Find the oversized field (often policy, callback or metadata) and shorten it.',
    { ec: '0006-00000110', fields: ['policy', 'callback', 'x-oss-meta-*'] },
  ),
  refusalEntry(
    'malformed-post-request',
    OSS_REFUSALS.malformedMultipart,
    'The multipart body could not be parsed: broken or missing boundaries, a part without a name, file not the last part, or a part whose headers are out of order (a Content-Type line before Content-Disposition, as some Dart HTTP clients write file parts).',
    'Build the body with FormData or your HTTP library and append file last; do not hand-edit boundaries. If your client writes Content-Type first in the file part, write Content-Disposition first (or use another multipart encoder).',
    { fields: ['file'] },
  ),
  e(
    'invalid-policy-document-invalid-policy-invalid-simple-condition',
    'InvalidPolicyDocument',
    'Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified',
    'An object-form condition such as {"bucket": "x"} holds zero or several properties, or the conditions list is empty.',
    'Write each {field: value} condition with exactly one property, or use ["eq", "$field", "value"].',
    { fields: ['policy'] },
  ),
  e(
    'invalid-policy-document-invalid-policy-invalid-json',
    'InvalidPolicyDocument',
    'Invalid Policy: Invalid JSON: unknown char e',
    'The decoded policy is not valid JSON at the reported character (unquoted text, single quotes, bad escape).',
    'Produce the policy with a JSON serializer, then Base64 its UTF-8 bytes; check the character OSS names.',
    { fields: ['policy'] },
  ),
  e(
    'invalid-policy-document-invalid-policy-invalid-json-expected',
    'InvalidPolicyDocument',
    'Invalid Policy: Invalid JSON: , or ] expected',
    'The policy JSON breaks off inside an array: a missing comma or closing bracket.',
    'Serialize the policy with JSON.stringify (or your language equivalent) instead of building it by string concatenation.',
    { fields: ['policy'] },
  ),
  e(
    'incorrect-number-of-files-in-post-request',
    'IncorrectNumberOfFilesInPOSTRequest',
    'POST requires exactly one file upload per request',
    'The form holds no file part or more than one.',
    'Send exactly one field named file, as the last field; upload several files with several requests.',
    { fields: ['file'] },
  ),
  // The HTTP 400 reference's wording (no final dot); the EC is the core's.
  e(
    'entity-too-small',
    'EntityTooSmall',
    'Your proposed upload smaller than the minimum allowed size',
    'The file is smaller than the minimum of the policy content-length-range condition.',
    'Pick a larger file, or lower the minimum in content-length-range and sign the policy again.',
    { ec: OSS_REFUSALS.entityTooSmall.ec, fields: ['file', 'policy'] },
  ),
  e(
    'entity-too-large',
    'EntityTooLarge',
    'Your proposed upload exceeds the maximum allowed size or Source object Length exceeds the maximum allowed size.',
    `The file is larger than the policy content-length-range maximum, or than the ${sizeInWords(OBJECT_MAX_BYTES)} form upload limit.`,
    `Pick a smaller file, or raise the maximum in content-length-range and sign again; over ${sizeInWords(OBJECT_MAX_BYTES)} use multipart upload.`,
    { ec: '0006-00000003', fields: ['file', 'policy'] },
  ),
];
