import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

// The form's texts (English; other languages come from the catalogue,
// src/ui/i18n/zh-CN/panels.json). The schema and the readers of this folder write message ids;
// the panels put them in the reader's words (`sayFormError`), so the rules stay pure data.

/** The builder schema's validation messages, by the id the schema writes as the message. */
export const schemaMessages = i18n('form.schema', {
  choice: params('Choose one of: {choices}.'),
  bucketLength: params('A bucket name has 3 to 63 characters ({url}).'),
  bucketCharacters: 'Use lower-case letters, digits and hyphens only in a bucket name.',
  bucketEdges: 'A bucket name starts and ends with a letter or a digit.',
  regionMissing: 'Choose a region, e.g. cn-hangzhou.',
  regionCharacters: 'A region is lower-case letters, digits and hyphens, e.g. cn-hangzhou.',
  endpointUrl: 'An endpoint is a URL starting with https:// (or http:// for a local sandbox).',
  accessKeyIdMissing: 'Enter the AccessKey ID (STS ids start with STS.).',
  accessKeySecretMissing: 'Enter the AccessKey secret; it stays in this tab.',
  wholeNumber: 'Enter a whole number.',
  sizeNegative: 'A size cannot be negative.',
  fieldNameMissing: 'Name the form field, e.g. Content-Type or x-oss-meta-author.',
  fieldNameReserved: 'key, policy and file are set by the builder itself.',
  number: 'Enter a number.',
  expirationPositive: 'The policy must live a while: > 0.',
  keyLength: 'An object key has 1 to 1023 UTF-8 bytes (InvalidObjectName otherwise).',
  keyLeadingSlash: 'An object key cannot start with / or \\ (InvalidObjectName).',
  instant: 'Use an ISO 8601 instant such as 2030-01-01T00:00:00.000Z.',
});

/** The policy JSON editor's reading problems (policy-json.ts writes their ids). */
export const policyJsonReadMessages = i18n('form.policy-json', {
  invalidJson: params('Invalid JSON: {detail}'),
  notObject: 'A policy is a JSON object: { "expiration", "conditions" }.',
  expirationNotString: '"expiration" must be an ISO 8601 string, e.g. "2030-01-01T00:00:00.000Z".',
  conditionsNotArray: '"conditions" must be an array of conditions.',
});

/** The presets of the Policy panel (presets.ts), by preset id. */
export const presetMessages = i18n('form.presets', {
  imagesLabel: 'Images up to 2 MiB into a user folder',
  imagesDescription: 'Key users/alice/${filename}, image/* content types only, 1 B – 2 MiB.',
  documentsLabel: 'Documents downloaded with their name',
  documentsDescription:
    'PDF or Word into docs/, up to 20 MiB, saved with Content-Disposition: attachment.',
  noOverwriteLabel: 'Private files that never overwrite',
  noOverwriteDescription: 'Key uploads/…, private ACL, x-oss-forbid-overwrite true, up to 100 MiB.',
});

/** What the condition editor calls the kinds that are not OSS operators. */
export const conditionKindMessages = i18n('form.condition-kinds', {
  match: '{field: value} exact',
  raw: 'raw JSON',
});
