import { defineTexts } from '../oss/index.ts';

// The texts of the Result pane's presentational components (English; the Chinese is in
// result-texts-zh.ts). They load with those components, after the first paint, so they
// live apart from ./texts-en.ts, which the always-shown inputs use. Accessible names stay English
// for English readers.

/** The upload in flight. */
export const UI_PROGRESS_TEXTS = defineTexts('ui.progress', {
  label: 'Upload progress',
  facts: (p: {
    loaded: string | number;
    total: string | number;
    percent: string | number;
    speed: string | number;
    left: string | number;
  }) => `${p.loaded} of ${p.total} (${p.percent}%) · ${p.speed}/s · ${p.left} left`,
  abort: 'Abort',
  seconds: (p: { s: string | number }) => `${p.s} s`,
  minutes: (p: { m: string | number; s: string | number }) => `${p.m} min ${p.s} s`,
  hours: (p: { h: string | number; m: string | number }) => `${p.h} h ${p.m} min`,
});

/** A post with no readable answer. */
export const UI_FAILURE_TEXTS = defineTexts('ui.failure', {
  heading: 'OSS error',
  noAnswer: 'No readable answer (status 0):',
  noAnswerWhy: 'the browser got nothing it may show this page.',
  findingOut: 'Finding out whether the server is reachable…',
  corsTitle: 'Most likely CORS.',
  cors: (p: { origin: string | number }) =>
    `The server answers, but the browser withheld its response from this page: the bucket has no CORS rule allowing POST from ${p.origin}. Add the rule below (OSS console → the bucket → Content Security → CORS, or PUT /?cors).`,
  networkTitle: 'Most likely the network.',
  network:
    'The server did not answer at all: check the endpoint, DNS, that you are online, and that an https page does not post to an http endpoint. An -internal endpoint is only reachable from inside Alibaba Cloud.',
  corsRule: 'CORS rule for this page',
  plainForm: 'A plain HTML form is not subject to CORS: it shows OSS’s raw answer in a new tab.',
  sendPlain: 'Send as a plain HTML form in a new tab',
});

/** The checks grouped by severity. */
export const UI_CHECKS_TEXTS = defineTexts('ui.checks', {
  none: 'No findings: the form meets every rule the checks know.',
  errors: (p: { count: string | number }) => `Errors: OSS will refuse this form (${p.count})`,
  warnings: (p: { count: string | number }) => `Warnings (${p.count})`,
  notes: (p: { count: string | number }) => `Notes (${p.count})`,
  goTo: (p: { field: string | number }) => `Go to ${p.field}`,
  docs: 'OSS docs',
});

/** Bytes before the file against OSS's limits. */
export const UI_SIZE_METER_TEXTS = defineTexts('ui.size-meter', {
  fields: (p: { size: string | number; limit: string | number }) =>
    `Field names and values: ${p.size} of ${p.limit}`,
  beforeData: (p: { size: string | number; limit: string | number }) =>
    `Bytes ahead of the data part: ${p.size} of ${p.limit}`,
  over8m: (p: { limit: string | number; code: string | number }) =>
    `Over ${p.limit} before the file: OSS answers ${p.code}.`,
  over4k: (p: { limit: string | number; code: string | number }) =>
    `Over ${p.limit} of fields: OSS’s error reference says this can give ${p.code}.`,
});

/** What OSS answered for an accepted upload. */
export const UI_UPLOAD_SUCCESS_TEXTS = defineTexts('ui.upload-success', {
  objectKey: 'Object key',
  requestId: 'Request id',
  notReadable: (p: { header: string | number }) =>
    `not readable (expose ${p.header} in the bucket CORS rule)`,
  storedObject: 'Stored object',
  openObject: 'Open the stored object',
  responseBody: 'Response body',
});

/** The dry run's decision on the chosen file. */
export const UI_VERDICT_VIEW_TEXTS = defineTexts('ui.verdict-view', {
  accept: 'OSS would accept this upload.',
  refuse: 'OSS would refuse this upload.',
  file: (p: {
    name: string | number;
    size: string | number;
    bytes: string | number;
    type: string | number;
  }) => `File ${p.name}, ${p.size} (${p.bytes} bytes), type ${p.type}.`,
  noType: '(none)',
  finalKey: 'Final object key',
  answer: 'Answer',
  storedType: 'Stored Content-Type',
  fields: 'Fields',
});

/** OSS's error and our explanation. */
export const UI_OSS_ERROR_TEXTS = defineTexts('ui.oss-error', {
  heading: 'OSS error',
  notOssError: (p: { status: string | number }) =>
    `HTTP ${p.status}, and the body is not an OSS error document.`,
  responseBody: 'Response body',
  empty: '(empty)',
  cause: 'What it means',
  solution: 'How to fix it',
  docs: 'OSS documentation',
  notInCatalog: 'This code is not in our catalog yet; the message above is OSS’s own.',
  fields: 'Fields concerned (highlighted in the form):',
});
