import { params } from '@nanostores/i18n';
import { i18n } from './i18n/i18n.ts';

// The texts of the Result pane's presentational components (English; other languages come from the
// catalogue in ./i18n/zh-CN). They load with those components, after the first paint, so they
// live apart from ./messages.ts, which the always-shown inputs use. Accessible names stay English
// for English readers.

/** The upload in flight. */
export const progressMessages = i18n('ui.progress', {
  label: 'Upload progress',
  facts: params('{loaded} of {total} ({percent}%) · {speed}/s · {left} left'),
  abort: 'Abort',
  seconds: params('{s} s'),
  minutes: params('{m} min {s} s'),
  hours: params('{h} h {m} min'),
});

/** A post with no readable answer. */
export const failureMessages = i18n('ui.failure', {
  heading: 'OSS error',
  noAnswer: 'No readable answer (status 0):',
  noAnswerWhy: 'the browser got nothing it may show this page.',
  findingOut: 'Finding out whether the server is reachable…',
  corsTitle: 'Most likely CORS.',
  cors: params(
    'The server answers, but the browser withheld its response from this page: the bucket has no CORS rule allowing POST from {origin}. Add the rule below (OSS console → the bucket → Content Security → CORS, or PUT /?cors).',
  ),
  networkTitle: 'Most likely the network.',
  network:
    'The server did not answer at all: check the endpoint, DNS, that you are online, and that an https page does not post to an http endpoint. An -internal endpoint is only reachable from inside Alibaba Cloud.',
  corsRule: 'CORS rule for this page',
  plainForm: 'A plain HTML form is not subject to CORS: it shows OSS’s raw answer in a new tab.',
  sendPlain: 'Send as a plain HTML form in a new tab',
});

/** The checks grouped by severity. */
export const checksMessages = i18n('ui.checks', {
  none: 'No findings: the form meets every rule the checks know.',
  errors: params('Errors: OSS will refuse this form ({count})'),
  warnings: params('Warnings ({count})'),
  notes: params('Notes ({count})'),
  goTo: params('Go to {field}'),
  docs: 'OSS docs',
});

/** Bytes before the file against OSS's limits. */
export const sizeMeterMessages = i18n('ui.size-meter', {
  fields: params('Field names and values: {size} of {limit}'),
  beforeData: params('Bytes ahead of the data part: {size} of {limit}'),
  over8m: params('Over {limit} before the file: OSS answers {code}.'),
  over4k: params('Over {limit} of fields: OSS’s error reference says this can give {code}.'),
});

/** What OSS answered for an accepted upload. */
export const uploadSuccessMessages = i18n('ui.upload-success', {
  objectKey: 'Object key',
  requestId: 'Request id',
  notReadable: params('not readable (expose {header} in the bucket CORS rule)'),
  storedObject: 'Stored object',
  openObject: 'Open the stored object',
  responseBody: 'Response body',
});

/** The dry run's decision on the chosen file. */
export const verdictViewMessages = i18n('ui.verdict-view', {
  accept: 'OSS would accept this upload.',
  refuse: 'OSS would refuse this upload.',
  file: params('File {name}, {size} ({bytes} bytes), type {type}.'),
  noType: '(none)',
  finalKey: 'Final object key',
  answer: 'Answer',
  storedType: 'Stored Content-Type',
  fields: 'Fields',
});

/** OSS's error and our explanation. */
export const ossErrorMessages = i18n('ui.oss-error', {
  heading: 'OSS error',
  notOssError: params('HTTP {status}, and the body is not an OSS error document.'),
  responseBody: 'Response body',
  empty: '(empty)',
  cause: 'What it means',
  solution: 'How to fix it',
  docs: 'OSS documentation',
  notInCatalog: 'This code is not in our catalog yet; the message above is OSS’s own.',
  fields: 'Fields concerned (highlighted in the form):',
});
