// The CORS rules' sentences in Simplified Chinese: the same keys and parameters as texts-en.ts.
// Terms as OSS's Chinese docs write them (docs/glossary-zh.md): 跨域规则, 来源.
// https://help.aliyun.com/zh/oss/developer-reference/putbucketcors
import { translate } from '../texts.ts';
import { CORS_TEXTS } from './texts-en.ts';

/**
 * The CORS rules' sentences, in Chinese.
 *
 * @example CORS_TEXTS_ZH['no-rule']() // '请至少添加一条 <CORSRule>。'
 * @see https://help.aliyun.com/zh/oss/developer-reference/putbucketcors
 */
export const CORS_TEXTS_ZH = translate(CORS_TEXTS, {
  xml: () => '该文本不是格式正确的 XML；请检查标签和转义（& 应写作 &amp;）。',
  root: (p) => `根元素是 <${p.root}>；它必须是 <CORSConfiguration>。`,
  'no-rule': () => '请至少添加一条 <CORSRule>。',
  'too-many-rules': (p) =>
    `共有 ${p.count} 条跨域规则；OSS 最多允许 ${p.max} 条。请合并设置相同的规则。`,
  'response-vary': (p) => `ResponseVary 为“${p.vary}”；请使用 true 或 false。`,
  'origin-missing': (p) =>
    `${p.path} 没有 AllowedOrigin；请添加页面的来源，例如 https://www.example.com，或 *。`,
  'origin-wildcards': (p) => `AllowedOrigin “${p.origin}”含有多个 *；OSS 每个来源只允许一个。`,
  'method-missing': (p) => `${p.path} 没有 AllowedMethod；表单上传请添加 POST。`,
  method: (p) => `AllowedMethod “${p.method}”不是 ${p.methods} 之一（须大写）。`,
  'header-wildcards': (p) => `AllowedHeader “${p.header}”含有多个 *。`,
  'expose-wildcard': (p) =>
    `ExposeHeader “${p.header}”含有 *；请逐个列出头名称，例如 ETag、x-oss-request-id。`,
  'max-age-repeated': (p) => `${p.path} 有 ${p.count} 个 MaxAgeSeconds；请只保留一个。`,
  'max-age': (p) => `MaxAgeSeconds “${p.value}”不是整数秒。`,
});
