// The texts of src/app/workspace/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { PANELS_CRASH_TEXTS } from './texts-en.ts';

export const PANELS_CRASH_TEXTS_ZH = translate(PANELS_CRASH_TEXTS, {
  heading: '页面出错了',
  unexpected: '页面遇到了意外错误：',
  secretSafe: '您的 Secret 没有被保存到任何地方，重新加载即可从头开始。',
  tryAgain: '重试',
  reload: '重新加载页面',
});
