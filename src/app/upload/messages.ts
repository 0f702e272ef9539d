import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

// The Upload section speak through these (English; other languages come from the catalogue,
// src/ui/i18n/zh-CN/panels.json, under the same `panels.*` names).

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
