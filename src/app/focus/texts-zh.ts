// The texts of src/app/focus/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { FOCUS_TEXTS } from './texts-en.ts';

export const FOCUS_TEXTS_ZH = translate(FOCUS_TEXTS, {
  backToError: '返回错误',
});
