import { i18n } from '../i18n/i18n.ts';

/** The import entry's texts (English; other languages come from the catalogue). */
export const interchangeMessages = i18n('interchange', {
  changed: 'The import changed these inputs:',
  unchanged: 'The import changed nothing in the builder.',
  confirmV1Label: 'Switch to V1?',
  confirmV1:
    'What came in is signed with the legacy V1 signature, and the builder is on V4. Switch the builder to V1 (to reproduce it), or keep V4 and sign the imported policy the current way?',
  switchToV1: 'Switch to V1 and import',
  keepV4: 'Keep V4 and import',
});
