import { defineTexts } from '../../oss/index.ts';

// What an import changed in the builder (and what a share link left out), in English; the Chinese
// is in changes-texts-zh.ts beside it. Apart from texts-en.ts because only views loaded later
// (the import's outcome, the share link) say them, and texts-en.ts is in the first view.

/** What an import or a share link changed or left out, in words. */
export const APP_INTERCHANGE_TEXTS = defineTexts('app.interchange', {
  changed: 'The import changed these inputs:',
  unchanged: 'The import changed nothing in the builder.',
  confirmV1Label: 'Switch to V1?',
  confirmV1:
    'What came in is signed with the legacy V1 signature, and the builder is on V4. Switch the builder to V1 (to reproduce it), or keep V4 and sign the imported policy the current way?',
  switchToV1: 'Switch to V1 and import',
  keepV4: 'Keep V4 and import',
  // Inputs as the page labels them, for the list of what an import changed.
  postTo: 'Post to',
  endpoint: 'Endpoint',
  bucket: 'Bucket',
  region: 'Region',
  signatureVersion: 'Signature version',
  accessKeyId: 'AccessKey ID',
  securityToken: 'Security token',
  objectKey: 'Object key',
  expiration: 'Expiration',
  conditions: 'Conditions',
  optionalFields: 'Optional fields',
  callback: 'Callback',
  empty: '(empty)',
  tokenSet: 'set',
  tokenCleared: 'cleared',
  // What a share link left out, by row.
  fieldRow: (p: { n: string | number }) => `optional field ${p.n}`,
  conditionRow: (p: { n: string | number }) => `condition ${p.n}`,
  // Values of the list of changes in words, not the builder's internal names.
  modeSandbox: 'the local sandbox',
  modeRegion: 'OSS public cloud',
  modeCustom: 'custom domain',
  afterSigning: (p: { amount: string | number; unit: string | number }) =>
    `${p.amount} ${p.unit} after signing`,
  unitMinutes: 'min',
  unitHours: 'h',
  unitDays: 'd',
  added: (p: { items: string | number }) => `added ${p.items}`,
  removed: (p: { items: string | number }) => `removed ${p.items}`,
});
