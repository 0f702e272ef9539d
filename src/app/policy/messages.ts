import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

// The Policy panel and its editors speak through these (English; other languages come from the catalogue,
// src/ui/i18n/zh-CN/panels.json, under the same `panels.*` names).

/** Step 3: the policy, with its expiration, conditions, fields and JSON. */
export const policyMessages = i18n('panels.policy', {
  title: 'Policy',
  lead: 'What OSS will accept: the key, how long, which sizes and types.',
  presets: 'Presets',
  startFrom: 'Start from a preset:',
  objectKey: 'Object key',
  objectKeyHint: params(
    "${filename} becomes the uploaded file's name. No leading / or \\; {min}–{max} bytes.",
  ),
  updateConditionToo: params('Update condition {rows} to “{prefix}” too'),
});

/** The policy's expiration. */
export const expirationMessages = i18n('panels.expiration', {
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
  instant: params('{utc} UTC · {local} local'),
  expires: params('Expires {instant}. V4 policies may live at most {days} days.'),
  expired: params('Already expired: {instant}. V4 policies may live at most {days} days.'),
});

/** The policy's condition rows. */
export const conditionsMessages = i18n('panels.conditions', {
  legend: 'Conditions',
  hint: 'The builder adds bucket, the V4 fields and the STS token itself. Field values are checked before ${filename} expansion.',
  kind: params('Condition {n} kind'),
  minSize: params('Condition {n} minimum size'),
  minUnit: params('Condition {n} minimum unit'),
  to: 'to',
  maxSize: params('Condition {n} maximum size'),
  maxUnit: params('Condition {n} maximum unit'),
  json: params('Condition {n} JSON'),
  field: params('Condition {n} field'),
  values: params('Condition {n} values, one per line'),
  value: params('Condition {n} value'),
  remove: 'Remove',
  removeRow: params('Remove condition {n}'),
  add: 'Add a condition',
});

/** The optional form fields. */
export const fieldsMessages = i18n('panels.fields', {
  legend: 'Optional form fields',
  hint: 'Sent after the auth fields, before the file. OSS stores the headers and metadata with the object.',
  name: params('Field {n} name'),
  value: params('Field {n} value'),
  remove: 'Remove',
  removeRow: params('Remove field {n}'),
  add: 'Add a form field',
});

/** The policy as JSON. */
export const policyJsonMessages = i18n('panels.policy-json', {
  label: 'Policy JSON',
  hint: "Edit freely: valid JSON updates the form above. The bucket, V4 and token conditions are the builder's own and come back when removed.",
  discard: 'Discard my JSON edits',
  at: params('Line {line}, column {column}: '),
  refused: params('OSS would refuse this policy: {message}'),
});

/** The Policy panel's optional Callback part, around the editor that loads on demand. */
export const callbackPartMessages = i18n('panels.callback-part', {
  summary: 'Callback (optional)',
  loading: 'Loading…',
});
