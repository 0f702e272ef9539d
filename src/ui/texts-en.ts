import { defineTexts } from '../oss/index.ts';

// The texts of the always-shown presentational components (English; the Chinese is in the
// texts-zh.ts beside it). The Result pane's components have theirs in ./result-texts-en.ts, which
// loads with them.

/** A labelled input. */
export const UI_FIELD_TEXTS = defineTexts('ui.field', {
  flagged: 'The error or check above points at this field.',
});
