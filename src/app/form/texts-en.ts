import { defineTexts } from '../../oss/index.ts';

// The form's texts (English; the Chinese is in texts-zh.ts beside it). The schema and the readers of this folder write message ids;
// the panels put them in the reader's words (`sayFormError`), so the rules stay pure data.

/** The builder schema's validation messages, by the id the schema writes as the message. */
export const FORM_SCHEMA_TEXTS = defineTexts('form.schema', {
  choice: (p: { choices: string | number }) => `Choose one of: ${p.choices}.`,
  bucketLength: (p: { min: string | number; max: string | number; url: string | number }) =>
    `A bucket name has ${p.min} to ${p.max} characters (${p.url}).`,
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
  keyLength: (p: { min: string | number; max: string | number }) =>
    `An object key has ${p.min} to ${p.max} UTF-8 bytes (InvalidObjectName otherwise).`,
  keyLeadingSlash: 'An object key cannot start with / or \\ (InvalidObjectName).',
  kmsKeyWithoutKms:
    'x-oss-server-side-encryption-key-id goes with x-oss-server-side-encryption: KMS only.',
  keyNotUtf8: 'An object key must be valid UTF-8 (a lone surrogate cannot be sent).',
  fieldNameTooLong: (p: { max: string | number }) =>
    `A form field name is at most ${p.max} (FieldItemTooLong, EC 0006-00000110).`,
  fieldValueTooLong: (p: { max: string | number }) =>
    `A form field value is at most ${p.max} (FieldItemTooLong).`,
  userMetaTooLarge: (p: { max: string | number }) =>
    `All x-oss-meta-* names and values together are at most ${p.max}; OSS refuses more (EC 0011-00000002).`,
  instant: 'Use an ISO 8601 instant such as 2030-01-01T00:00:00.000Z.',
});

/** The policy JSON editor's reading problems (policy-json.ts writes their ids). */
export const FORM_POLICY_JSON_TEXTS = defineTexts('form.policy-json', {
  invalidJson: (p: { detail: string | number }) => `Invalid JSON: ${p.detail}`,
  notObject: 'A policy is a JSON object: { "expiration", "conditions" }.',
  expirationNotString: '"expiration" must be an ISO 8601 string, e.g. "2030-01-01T00:00:00.000Z".',
  conditionsNotArray: '"conditions" must be an array of conditions.',
});

/** The presets of the Policy panel (presets.ts), by preset id. */
export const FORM_PRESETS_TEXTS = defineTexts('form.presets', {
  // {key}, {min} and {max} come from the preset itself (presetWords in presets.ts).
  imagesLabel: (p: { max: string | number }) => `Images up to ${p.max} into a user folder`,
  imagesDescription: (p: { key: string | number; min: string | number; max: string | number }) =>
    `Key ${p.key}, image/* content types only, ${p.min} – ${p.max}.`,
  documentsLabel: () => `Documents downloaded with their name`,
  documentsDescription: (p: { max: string | number }) =>
    `PDF or Word into docs/, up to ${p.max}, saved with Content-Disposition: attachment.`,
  noOverwriteLabel: () => `Private files that never overwrite`,
  noOverwriteDescription: (p: { max: string | number }) =>
    `Key uploads/…, private ACL, x-oss-forbid-overwrite true, up to ${p.max}.`,
});

/** What the condition editor calls the kinds that are not OSS operators. */
export const FORM_CONDITION_KINDS_TEXTS = defineTexts('form.condition-kinds', {
  match: '{field: value} exact',
  raw: 'raw JSON',
});
