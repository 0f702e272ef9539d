// The texts of src/ui/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../oss/index.ts';
import { UI_FIELD_TEXTS } from './texts-en.ts';

export const UI_FIELD_TEXTS_ZH = translate(UI_FIELD_TEXTS, {
  flagged: '上方的错误或检查结果指向此项。',
});
