// The texts of src/app/credentials/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { PANELS_CREDENTIALS_TEXTS, PANELS_STS_TEXTS } from './texts-en.ts';

export const PANELS_CREDENTIALS_TEXTS_ZH = translate(PANELS_CREDENTIALS_TEXTS, {
  title: '凭证',
  lead: '签名在本页面中通过 Web Crypto 完成。',
  signatureVersion: '签名版本',
  signatureVersionHint: (p) =>
    `默认使用 V4（OSS4-HMAC-SHA256）。OSS 已对 ${p.accounts} 及之后开通的账号和 ${p.buckets} 及之后创建的存储空间关闭 V1 签名。`,
  v4: 'V4（OSS4-HMAC-SHA256，默认）',
  v1Legacy: (p) =>
    `V1（HMAC-SHA1）：仅限 ${p.accounts} 之前开通的账号、${p.buckets} 之前创建的存储空间`,
  accessKeySecret: 'AccessKey Secret（密钥）',
  secretNote:
    '仅保存在内存中：只留在此标签页，不会被存储，也不会出现在 URL、日志或任何请求中。签名在本页面中完成。',
  showSecret: '显示 Secret',
  hideSecret: '隐藏 Secret',
  securityToken: '安全令牌（SecurityToken）',
  securityTokenHint:
    '仅用于 STS 临时访问凭证；以 x-oss-security-token 发送，并固定在上传策略中。使用长期 AccessKey 时请留空。',
});

export const PANELS_STS_TEXTS_ZH = translate(PANELS_STS_TEXTS, {
  summary: '从 URL 获取临时访问凭证',
  hint: '您自己的接口，返回 STS JSON（AccessKeyId、AccessKeySecret、SecurityToken、Expiration；位于顶层或 Credentials 下）。本页面不会向它发送任何内容。',
  url: '凭证 URL',
  method: '请求方法',
  fetch: '获取临时访问凭证',
  filled: '已填入临时访问凭证。',
  filledUntil: (p) => `已填入临时访问凭证，到期时间为 ${p.expiration}。`,
});
