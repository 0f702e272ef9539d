import { defineTexts } from '../oss/index.ts';

// The texts of the always-shown presentational components (English; other languages come from the
// catalogue in ./i18n/zh-CN). The Result pane's components have theirs in ./result-messages.ts,
// which loads with them.

/** A labelled input. */
export const UI_FIELD_TEXTS = defineTexts('ui.field', {
  flagged: 'The error or check above points at this field.',
});
