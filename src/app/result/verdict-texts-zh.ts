// The texts of src/app/result/verdict-texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { VERDICT_TEXTS } from './verdict-texts-en.ts';

export const VERDICT_TEXTS_ZH = translate(VERDICT_TEXTS, {
  name: '结论',
  signing: '正在为表单签名…',
  signFailed: '无法为表单签名。',
  noProblems: '没有问题：表单满足本页检查的全部规则。',
  oneProblem: (p) => `1 个问题：${p.first}`,
  problems: (p) => `${p.count} 个问题：${p.first}`,
  warnings: (p) => `没有错误；${p.count} 个警告：${p.first}`,
  loadingDryRun: '正在加载试运行…',
  accepted: (p) => `OSS 将接受 ${p.file}：存储为 ${p.key}（HTTP ${p.status}）。`,
  refused: (p) => `OSS 将拒绝 ${p.file}：${p.code}（${p.message}）`,
  signatureMatches: '已使用沙箱自己的 AccessKey 签名，沙箱会校验该签名。',
  idDiffers:
    'AccessKey ID 不是沙箱的，沙箱会返回 InvalidAccessKeyId。请使用沙箱的 AccessKey，或将目标改为您自己的 Bucket。',
  secretDiffers:
    'AccessKey ID 是沙箱的，但 AccessKey Secret 不是，沙箱会返回 SignatureDoesNotMatch。请使用沙箱的 AccessKey，或重新输入其 Secret。',
  useSandboxKey: '使用沙箱的 AccessKey',
  signatureNotVerified: '签名未经验证：本页不知道 OSS 将用于校验的 AccessKey Secret。',
  goToProblem: '转到第一个问题',
  stale: '已过时：下方是对旧版本表单的响应。',
});
