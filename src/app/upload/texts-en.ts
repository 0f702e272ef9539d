import { defineTexts } from '../../oss/index.ts';

// The Upload section speak through these (English; the Chinese is in texts-zh.ts beside it).

/** Step 6: the test upload, its file and its answer. */
export const PANELS_UPLOAD_TEXTS = defineTexts('panels.upload', {
  title: 'Test upload',
  lead: 'Sends the form from this browser, freshly signed, with the file last.',
  file: 'File',
  fileHint: 'Choose a file or drop one here.',
  chosen: 'Chosen:',
  // The chosen file's size and type, right after its name.
  sizeAndType: (p: { size: string | number; type: string | number }) => `, ${p.size}, ${p.type}`,
  noType: 'no type (the browser sends application/octet-stream)',
  advanced: 'Advanced: send fields in a custom order',
  order: 'Field order',
  orderHint: 'Reproduce a broken client on purpose: OSS only reads fields before the file.',
  orderStandard: 'Standard: key first, file last',
  orderKeyAfterFile: 'Key after the file (a common client bug)',
  upload: 'Upload',
  chooseFirst: 'Choose a file first.',
  loadingDetails: 'Loading the details of the answer…',
  // A part of the page that loads on demand (its own chunk) and did not.
  senderFailed: (p: { reason: string | number }) =>
    `Could not load the upload sender (${p.reason}). Nothing was sent: check the connection to this page's server and upload again, or reload.`,
  callbackInspectorFailed: (p: { reason: string | number }) =>
    `Could not load the upload callback's details (${p.reason}). The upload's answer above stands; reload the page to see them.`,
  reading: (p: { status: string | number }) => `OSS answered HTTP ${p.status}: reading the error…`,
  aborted: 'Upload aborted: nothing was stored.',
  noResponse: 'The upload got no readable answer (status 0): see the diagnosis below.',
  success: (p: { status: string | number }) => `Uploaded: HTTP ${p.status}.`,
  refused: (p: { code: string | number; status: string | number }) =>
    `OSS refused the upload: ${p.code} (HTTP ${p.status}).`,
  failed: (p: { status: string | number }) => `The upload failed with HTTP ${p.status}.`,
});
