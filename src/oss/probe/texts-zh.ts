// The policy probe's sentences in Simplified Chinese: the same keys and parameters as texts-en.ts.
// Terms as OSS's Chinese docs write them (docs/glossary-zh.md).
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { translate } from '../texts.ts';
import { PROBE_TEXTS } from './texts-en.ts';

/**
 * The policy probe's titles, fixes and notes, in Chinese.
 *
 * @example PROBE_TEXTS_ZH['title.public-acl']() // '公共读写的文件 ACL'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const PROBE_TEXTS_ZH = translate(PROBE_TEXTS, {
  'title.key-outside-prefix': () => '授权前缀之外的文件名',
  'title.other-bucket': () => '同一表单发往其他存储空间',
  'title.oversize': () => '超过大小上限的文件',
  'title.empty-file': () => '空文件',
  'title.html-content-type': () => 'HTML 内容类型',
  'title.svg-content-type': () => 'SVG 内容类型',
  'title.public-acl': () => '公共读写的文件 ACL',
  'title.overwrite': () => '覆盖已有文件',
  'title.storage-class': () => '其他存储类型',
  'title.redirect-elsewhere': () => '跳转到其他网站',
  'title.callback-elsewhere': () => '回调到其他服务器',
  'title.content-disposition': () => '在浏览器中直接打开',
  'title.long-expiry': () => '长期有效的上传策略',
  'fix.key-prefix': (p) =>
    `添加 ["starts-with", "$key", "${p.prefix}"]，持有者只能写入 ${p.prefix} 之下（不能写入存储空间根目录）。`,
  'fix.bucket': (p) => `添加 {"bucket": "${p.bucket}"}，上传策略只对该存储空间有效。`,
  'fix.size-range': (p) =>
    `添加 ["content-length-range", ${p.min}, ${p.max}]，OSS 将拒绝空文件和超过 ${p.max} 字节的文件。`,
  'fix.content-type': (p) =>
    `添加 ["in", "$content-type", [${p.types}]]（网站提供的类型），持有者无法存储可执行脚本的 HTML 或 SVG。`,
  'fix.pin-field': (p) =>
    `添加 ["eq", "$${p.field}", "${p.value}"]，并在表单中发送 ${p.field}: ${p.value}。`,
  'fix.redirect': () =>
    '添加 ["eq", "$success_action_redirect", ""] 并发送空值，上传后不会将浏览器跳转到其他网站。',
  'fix.callback-pin': () =>
    '添加 ["eq", "$callback", "…"]（值为您的回调参数的 Base64），持有者无法让 OSS 回调其他服务器。',
  'fix.callback-none': () =>
    '上传策略无法禁止 callback 表单域：使用上传回调时，请用 ["eq", "$callback", "…"] 固定其值；不使用时，持有者可以让 OSS 回调其自己的公网服务器。',
  'fix.expiry': (p) => `上传策略的有效期最多 ${p.minutes} 分钟，每次上传签发新的上传策略。`,
  'note.dry-run': () =>
    '由模拟判定：此目标无法发送此探测（它只提供一个存储空间，或没有可回调的服务器）。',
  'note.too-large': (p) => `由模拟判定：${p.size} 字节太大，不作为探测发送。`,
  'note.fidelity': (p) => `一致性发现：模拟的结果为 ${p.dryRun}，目标的结果为 ${p.target}。`,
  'note.expiry': (p) => `上传策略还有 ${p.minutes} 分钟有效；在此之前，任何持有者都可以上传。`,
  'note.intended-refused': () => '上传策略预期的表单被拒绝，探测无法区分漏洞与拒绝。',
  'sent.key': (p) => `key: ${p.key}`,
  'sent.bucket': (p) => `bucket: ${p.bucket}`,
  'sent.size': (p) => `file: ${p.size} 字节`,
  'sent.field': (p) => `${p.field}: ${p.value}`,
  'sent.expiry': (p) => `expiration: ${p.expiration}`,
  'input.expired': (p) => `上传策略已于 ${p.expiration} 过期：请签发新的上传策略后再探测。`,
  'input.unmet': (p) => `没有表单能满足上传策略对 ${p.fields} 的条件：请先修正这些条件。`,
});
