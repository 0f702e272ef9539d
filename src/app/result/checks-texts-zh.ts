// The texts of src/app/result/checks-texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { PANELS_CHECKS_TEXTS } from './checks-texts-en.ts';

export const PANELS_CHECKS_TEXTS_ZH = translate(PANELS_CHECKS_TEXTS, {
  title: '检查与试运行',
  lead: '不必真正发送，在本地算出 OSS 会返回什么结果。',
  dryRun: '试运行',
  loadingDryRun: '正在加载试运行…',
  chooseFile: '在“测试上传”中选择文件，即可查看 OSS 对它的判定：大小、类型和最终的 Object 名称。',
});
