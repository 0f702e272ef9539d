import { i18n } from '../../ui/i18n/i18n.ts';

/** The field-focus texts (English; other languages come from the catalogue). */
export const focusMessages = i18n('focus', {
  backToError: 'Back to the error',
});
