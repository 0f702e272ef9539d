import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

// The Build pane's panels speak through these (English; other languages come from the catalogue,
// src/ui/i18n/zh-CN/panels.json). One component name per panel or editor.

/** Step 1: where the form posts. */
export const targetMessages = i18n('panels.target', {
  title: 'Target',
  lead: 'Where the browser posts the form.',
  postTo: 'Post to',
  sandbox: 'The local sandbox',
  region: 'OSS public cloud',
  custom: 'Custom domain',
  noSandbox: 'No local sandbox answered at /__sandbox/info: {command} starts the page with one.',
  sandboxFound:
    'The local sandbox was found on this machine: it judges posts as OSS does and stores objects locally. Its demo AccessKey is filled in below.',
  endpoint: 'Endpoint',
  endpointRegionHint: 'Built from bucket and region: https://BUCKET.oss-REGION.aliyuncs.com',
  endpointSandboxHint: 'The local sandbox started beside this page.',
  endpointCustomHint: 'Your custom domain bound to the bucket (CNAME), with https://.',
  bucket: 'Bucket',
  bucketHint: params(
    '{min}–{max} lower-case letters, digits and hyphens; starts and ends with a letter or digit.',
  ),
  regionLabel: 'Region',
  regionHint: 'The V4 signature scope uses it, e.g. cn-hangzhou.',
  internalEndpoint:
    'An -internal endpoint is only reachable from inside Alibaba Cloud (same region): a browser cannot post to it. Use the public endpoint.',
  plainHttp: 'Plain http sends the policy and signature unencrypted; use https.',
});

/** Step 2: who signs. */
export const credentialsMessages = i18n('panels.credentials', {
  title: 'Credentials',
  lead: 'Signing happens in this page with Web Crypto.',
  signatureVersion: 'Signature version',
  signatureVersionHint: params(
    'V4 (OSS4-HMAC-SHA256) is the default. OSS closed V1 to accounts opened from {accounts} and to buckets created from {buckets}.',
  ),
  v4: 'V4 (OSS4-HMAC-SHA256, default)',
  v1Legacy: params(
    'V1 (HMAC-SHA1): accounts opened before {accounts}, buckets created before {buckets}',
  ),
  accessKeySecret: 'AccessKey secret',
  secretNote:
    'Memory only: kept in this tab, never stored, never put in a URL, a log or any request. Signing happens in this page.',
  showSecret: 'Show secret',
  hideSecret: 'Hide secret',
  securityToken: 'Security token',
  securityTokenHint:
    'Only with STS temporary credentials; sent as x-oss-security-token and pinned in the policy. Leave empty for a permanent AccessKey.',
});

/** The STS part of step 2: temporary credentials from the user's own URL. */
export const stsMessages = i18n('panels.sts', {
  summary: 'Get temporary credentials from a URL',
  hint: 'Your own endpoint that returns STS JSON (AccessKeyId, AccessKeySecret, SecurityToken, Expiration; top level or under Credentials). Nothing from this page is sent to it.',
  url: 'Credentials URL',
  method: 'Method',
  fetch: 'Get temporary credentials',
  filled: 'Temporary credentials filled in.',
  filledUntil: params('Temporary credentials filled in; they expire at {expiration}.'),
});

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

/** Step 5: checks and the dry run. */
export const checksMessages = i18n('panels.checks', {
  title: 'Checks and dry run',
  lead: 'What OSS would say, computed here before sending.',
  dryRun: 'Dry run',
  loadingDryRun: 'Loading the dry run…',
  chooseFile:
    "Choose a file under Test upload to see OSS's verdict on it: size, type and the final key.",
});

/** Step 6: the test upload, its file and its answer. */
export const uploadMessages = i18n('panels.upload', {
  title: 'Test upload',
  lead: 'Sends the form from this browser, freshly signed, with the file last.',
  file: 'File',
  fileHint: 'Choose a file or drop one here.',
  chosen: 'Chosen:',
  // The chosen file's size and type, right after its name.
  sizeAndType: params(', {size}, {type}'),
  noType: 'no type (the browser sends application/octet-stream)',
  advanced: 'Advanced: send fields in a custom order',
  order: 'Field order',
  orderHint: 'Reproduce a broken client on purpose: OSS only reads fields before the file.',
  orderStandard: 'Standard: key first, file last',
  orderKeyAfterFile: 'Key after the file (a common client bug)',
  upload: 'Upload',
  chooseFirst: 'Choose a file first.',
  loadingDetails: 'Loading the details of the answer…',
  reading: params('OSS answered HTTP {status}: reading the error…'),
  aborted: 'Upload aborted: nothing was stored.',
  noResponse: 'The upload got no readable answer (status 0): see the diagnosis below.',
  success: params('Uploaded: HTTP {status}.'),
  refused: params('OSS refused the upload: {code} (HTTP {status}).'),
  failed: params('The upload failed with HTTP {status}.'),
});

/** The page's last resort: a render error. */
export const crashMessages = i18n('panels.crash', {
  heading: 'Something broke on this page',
  unexpected: 'The page hit an error it did not expect:',
  secretSafe: 'Your secret was not stored anywhere, so reloading starts clean.',
  tryAgain: 'Try again',
  reload: 'Reload the page',
});
