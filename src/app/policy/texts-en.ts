import { defineTexts } from '../../oss/index.ts';

// The Policy panel and its editors speak through these (English; the Chinese is in texts-zh.ts beside it).

/** Step 3: the policy, with its expiration, conditions, fields and JSON. */
export const PANELS_POLICY_TEXTS = defineTexts('panels.policy', {
  title: 'Policy',
  lead: 'What OSS will accept: the key, how long, which sizes and types.',
  presets: 'Presets',
  startFrom: 'Start from a preset:',
  objectKey: 'Object key',
  objectKeyHint: (p: { filename: string | number; min: string | number; max: string | number }) =>
    `$${p.filename} becomes the uploaded file's name. No leading / or \\; ${p.min}–${p.max} bytes.`,
  updateConditionToo: (p: { rows: string | number; prefix: string | number }) =>
    `Update condition ${p.rows} to “${p.prefix}” too`,
});

/** The policy's expiration. */
export const PANELS_EXPIRATION_TEXTS = defineTexts('panels.expiration', {
  legend: 'Expiration',
  fromNow: 'From now',
  atInstant: 'At an instant',
  validFor: 'Valid for',
  unit: 'Unit',
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  expiresAt: 'Expires at (ISO 8601)',
  expiresAtHint: 'e.g. 2030-01-01T00:00:00.000Z; a past instant reproduces “Policy expired”.',
  instant: (p: { utc: string | number; local: string | number }) =>
    `${p.utc} UTC · ${p.local} local`,
  expires: (p: { instant: string | number; days: string | number }) =>
    `Expires ${p.instant}. V4 policies may live at most ${p.days} days.`,
  expired: (p: { instant: string | number; days: string | number }) =>
    `Already expired: ${p.instant}. V4 policies may live at most ${p.days} days.`,
});

/** The policy's condition rows. */
export const PANELS_CONDITIONS_TEXTS = defineTexts('panels.conditions', {
  legend: 'Conditions',
  hint: 'The builder adds bucket, the V4 fields and the STS token itself. Field values are checked before ${filename} expansion.',
  kind: (p: { n: string | number }) => `Condition ${p.n} kind`,
  minSize: (p: { n: string | number }) => `Condition ${p.n} minimum size`,
  minUnit: (p: { n: string | number }) => `Condition ${p.n} minimum unit`,
  to: 'to',
  maxSize: (p: { n: string | number }) => `Condition ${p.n} maximum size`,
  maxUnit: (p: { n: string | number }) => `Condition ${p.n} maximum unit`,
  json: (p: { n: string | number }) => `Condition ${p.n} JSON`,
  field: (p: { n: string | number }) => `Condition ${p.n} field`,
  values: (p: { n: string | number }) => `Condition ${p.n} values, one per line`,
  value: (p: { n: string | number }) => `Condition ${p.n} value`,
  remove: 'Remove',
  removeRow: (p: { n: string | number }) => `Remove condition ${p.n}`,
  add: 'Add a condition',
});

/** The optional form fields. */
export const PANELS_FIELDS_TEXTS = defineTexts('panels.fields', {
  legend: 'Optional form fields',
  hint: 'Sent after the auth fields, before the file. OSS stores the headers and metadata with the object.',
  name: (p: { n: string | number }) => `Field ${p.n} name`,
  value: (p: { n: string | number }) => `Field ${p.n} value`,
  remove: 'Remove',
  removeRow: (p: { n: string | number }) => `Remove field ${p.n}`,
  add: 'Add a form field',
});

/** The policy as JSON. */
export const PANELS_POLICY_JSON_TEXTS = defineTexts('panels.policy-json', {
  label: 'Policy JSON',
  hint: "Edit freely: valid JSON updates the form above. The bucket, V4 and token conditions are the builder's own and come back when removed.",
  discard: 'Discard my JSON edits',
  at: (p: { line: string | number; column: string | number }) =>
    `Line ${p.line}, column ${p.column}: `,
  refused: (p: { message: string | number }) => `OSS would refuse this policy: ${p.message}`,
});

/** The Policy panel's optional Callback part, around the editor that loads on demand. */
export const PANELS_CALLBACK_PART_TEXTS = defineTexts('panels.callback-part', {
  summary: 'Callback (optional)',
  loading: 'Loading…',
});
