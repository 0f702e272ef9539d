// The texts of src/app/target/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { PANELS_TARGET_TEXTS } from './texts-en.ts';

export const PANELS_TARGET_TEXTS_ZH = translate(PANELS_TARGET_TEXTS, {
  title: '目标',
  lead: '选择浏览器把表单提交到哪里。',
  postTo: '提交到',
  sandbox: '本地沙箱',
  region: 'OSS 公共云',
  custom: '自定义域名',
  noSandbox: '未在 /__sandbox/info 找到本地沙箱：运行 {command} 可同时启动页面和沙箱。',
  sandboxFound:
    '已在本机找到本地沙箱：它像 OSS 一样判定请求，并把文件（Object）存在本地。下方已填入它的演示 AccessKey。',
  endpoint: '访问域名（Endpoint）',
  endpointRegionHint: '由存储空间和地域生成：https://BUCKET.oss-REGION.aliyuncs.com',
  endpointSandboxHint: '随本页面一起启动的本地沙箱。',
  endpointCustomHint: '绑定到存储空间的自定义域名（CNAME），以 https:// 开头。',
  bucket: '存储空间（Bucket）',
  bucketHint: (p) =>
    `${p.min}~${p.max} 个字符，只能包含小写字母、数字和短划线（-），且必须以小写字母或数字开头和结尾。`,
  regionLabel: '地域（Region）',
  regionHint: 'V4 签名的范围（scope）会用到它，例如 cn-hangzhou。',
  internalEndpoint:
    '内网（-internal）访问域名只能在阿里云内部（同一地域）访问，浏览器无法向它提交表单。请使用外网访问域名。',
  plainHttp: '明文 http 会以未加密的方式发送上传策略和签名，请使用 https。',
});
