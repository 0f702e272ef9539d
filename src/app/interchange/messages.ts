import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

/** The import entry's texts (English; other languages come from the catalogue). */
export const interchangeMessages = i18n('interchange', {
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
  fieldRow: params('optional field {n}'),
  conditionRow: params('condition {n}'),
});
