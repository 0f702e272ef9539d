// The texts of src/app/readiness/verdict-texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { READINESS_VERDICT_TEXTS } from './verdict-texts-en.ts';

export const READINESS_VERDICT_TEXTS_ZH = translate(READINESS_VERDICT_TEXTS, {
  notVerified: '未针对您的存储空间验证。',
});
