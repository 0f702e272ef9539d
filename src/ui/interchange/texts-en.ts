import { defineTexts } from '../../oss/index.ts';

// The import result, compare, share and self-test views' texts (English; the Chinese is in the
// texts-zh.ts beside it). They load with those views; the Import inputs' texts, in the first view,
// are in import-panel-texts-en.ts.

/** What an import read. */
export const UI_IMPORT_RESULT_TEXTS = defineTexts('ui.import-result', {
  region: 'Import result',
  nothing: 'Nothing imported',
  sourcePolicyBase64: 'a Base64 policy',
  sourcePolicyJson: 'policy JSON',
  sourceCurl: 'a curl command',
  sourceHtml: 'an HTML form',
  sourceSigningServer: 'a signing server answer',
  imported: (p: { source: string | number; version: string | number }) =>
    `Imported ${p.source} (${p.version})`,
  importedFrom: (p: {
    source: string | number;
    version: string | number;
    origin: string | number;
  }) => `Imported ${p.source} (${p.version}) from ${p.origin}`,
  holds: 'The builder now holds what came in; the sections above show it signed again.',
  postsTo: 'Posts to',
  fieldsTable: 'Imported fields table',
  fieldsCaption: 'Fields as imported, in send order',
  field: 'Field',
  value: 'Value',
  decodedPolicy: 'Decoded policy',
  lint: 'Lint of what came in',
  sendAsImported: 'Upload with the imported fields',
  sendHint:
    'Sends the fields exactly as imported (their signature, not the builder’s) with the chosen file; the answer shows under Test upload.',
});

/** Two policies side by side. */
export const UI_POLICY_COMPARE_TEXTS = defineTexts('ui.policy-compare', {
  first: 'First policy',
  second: 'Second policy',
  hint: 'Base64 or JSON; leave empty for the builder’s current policy.',
});

/** A policy diff. */
export const UI_POLICY_DIFF_TEXTS = defineTexts('ui.policy-diff', {
  same: 'Same policy: every condition and the expiration match.',
  changed: 'changed',
  added: 'added',
  removed: 'removed',
  unchanged: (p: { count: string | number }) => `${p.count} condition(s) unchanged.`,
});

/** The signing self-test. */
export const UI_SELF_TEST_TEXTS = defineTexts('ui.self-test', {
  running: 'Running…',
  run: 'Run self-test',
  allPass: (p: { passed: string | number; total: string | number }) =>
    `${p.passed} of ${p.total} vectors pass.`,
  somePass: (p: { passed: string | number; total: string | number }) =>
    `${p.passed} of ${p.total} vectors pass: this browser or a proxy changes what is signed.`,
  table: 'Self-test results table',
  caption: 'Self-test results',
  vector: 'Vector',
  result: 'Result',
  expectedGot: 'Expected / got',
  pass: 'pass',
  fail: 'fail',
  got: 'got',
  nothing: '(nothing)',
  base64Differs: '(the policy Base64 differs)',
});

/** The share link. */
export const UI_SHARE_LINK_TEXTS = defineTexts('ui.share-link', {
  label: 'Share link',
  copy: 'Copy share link',
  hint: 'Everything but the AccessKey secret and the security token. Whoever opens it is asked for the secret.',
  hintLeftOut: (p: { names: string | number }) =>
    `Everything but the AccessKey secret and the security token (left out: ${p.names}). Whoever opens it is asked for the secret.`,
});
