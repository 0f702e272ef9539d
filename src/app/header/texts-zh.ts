// The texts of src/app/header/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { HEADER_TEXTS } from './texts-en.ts';

export const HEADER_TEXTS_ZH = translate(HEADER_TEXTS, {
  product: 'OSS PostObject Builder',
  tagline: '在本页中构建、签名、检查并测试阿里云 OSS 表单上传（PostObject）。',
  skipLinks: '跳转链接',
  skipToBuild: '跳到“构建”',
  skipToResult: '跳到“结果”',
  skipToPresets: '跳到“预设”',
  tools: '工具',
  compare: '对比 Policy',
  share: '分享链接',
  selfTest: '自检',
  language: '语言',
  targetSandbox: '本地沙箱',
  targetSandboxAccount: (p) => `本地沙箱 · 账号开通于 ${p.created}`,
  targetRegion: 'OSS 公共云',
  targetCustom: '自定义域名',
  targetLabel: '目标',
  startOver: '重新开始',
  startOverHint:
    '表单会保存在本浏览器中，重新加载后仍在（从不保存 AccessKey Secret 和安全令牌）。“重新开始”会清除保存的表单并恢复初始表单。',
});
