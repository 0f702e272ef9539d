import { defineTexts } from '../../oss/index.ts';

/** The field-focus texts (English; the Chinese is in texts-zh.ts beside it). */
export const FOCUS_TEXTS = defineTexts('focus', {
  backToError: 'Back to the error',
});
