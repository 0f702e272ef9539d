import { defineTexts } from '../../oss/index.ts';

/** What the page says while only its first signature is on screen (English; Chinese beside it). */
export const FIRST_PAINT_TEXTS = defineTexts('first-paint', {
  checking: 'Checking the form…',
  loadingEditor: 'Loading the editor…',
  editorFailed: (p: { reason: string | number }) =>
    `Could not load the editor (${p.reason}). Check the connection to this page's server and reload.`,
});
