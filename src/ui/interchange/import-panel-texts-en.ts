import { defineTexts } from '../../oss/index.ts';

// The Import inputs' texts (English; the Chinese is in import-panel-texts-zh.ts beside it). Apart
// from texts-en.ts because the inputs are in the first view and the views of texts-en.ts are not.

/** Paste or fetch something to import. */
export const UI_IMPORT_PANEL_TEXTS = defineTexts('ui.import-panel', {
  paste: 'Paste to import',
  pasteHint:
    'A Base64 policy, policy JSON, a curl -F command, an HTML form, or a signing server’s JSON answer.',
  import: 'Import',
  serverUrl: 'Signing server URL',
  fetching: 'Fetching…',
  fetch: 'Fetch and import',
  serverHint:
    'Tests your own signing server: the page GETs the URL, lints and decodes its answer, fills the builder, and can upload with the server’s fields as they are. The server must allow this page’s origin in CORS.',
});
