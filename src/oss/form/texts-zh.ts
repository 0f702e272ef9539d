// The form rules' sentences in Simplified Chinese: the same keys and parameters as texts-en.ts.
// Terms as OSS's Chinese docs write them (docs/glossary-zh.md): 存储空间（Bucket）, Object, 表单域.
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { POLICY_TEXTS_ZH } from '../policy/texts-zh.ts';
import { localizeText, translate } from '../texts.ts';
import { FORM_TEXTS } from './texts-en.ts';

const OWNER_ZH: Readonly<Record<string, string>> = {
  key: '根据 Object 名称',
  callback: '根据回调设置',
  signature: '根据签名设置',
};

/**
 * The form rules' sentences, in Chinese.
 *
 * @example FORM_TEXTS_ZH['key-empty']() // 'Object 名称为空；…'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const FORM_TEXTS_ZH = translate(FORM_TEXTS, {
  'bucket-length': (p) =>
    `存储空间名称“${p.name}”有 ${p.length} 个字符；OSS 要求 ${p.min} 到 ${p.max} 个字符。`,
  'bucket-characters': (p) =>
    `存储空间名称“${p.name}”只能包含小写字母、数字和短划线（-）；请重命名，或选择正确的存储空间。`,
  'bucket-edges': (p) => `存储空间名称“${p.name}”必须以小写字母或数字开头和结尾，不能是短划线。`,
  'key-empty': () => 'Object 名称为空；请为上传的文件命名，例如“uploads/${filename}”。',
  'key-too-long': (p) =>
    `Object 名称有 ${p.bytes} 个 UTF-8 字节；OSS 最多允许 ${p.max} 个。请缩短名称。`,
  'key-leading-slash': (p) =>
    `Object 名称“${p.key}”以“${p.first}”开头；OSS 的 Object 名称不能这样开头。请删除开头的字符。`,
  'key-not-utf8': () => 'Object 名称中含有无法编码为 UTF-8 的残缺字符；请重新输入。',
  'callback-invalid': () =>
    '回调设置至少需要一个 URL 和回调请求体（例如 urls ["https://example.com/cb"]，body “object=${object}”）；未添加回调表单域。',
  'now-invalid': (p) => `签名时间不是 0000 到 9999 年之间的有效日期；已改用当前时间（${p.now}）。`,
  'expiration-invalid': () =>
    '到期时间既不是 ISO 8601 时间，也不是距现在的秒数；请设置为例如“2030-01-01T00:00:00.000Z”或 3600 秒。',
  'field-invalid': (p) =>
    `已忽略一个没有名称或值不是文本的表单域（${p.name === '' ? '名称为空' : `“${p.name}”`}）。请为每个表单域提供名称和文本值。`,
  'secret-trimmed': () => 'AccessKey Secret 前后有空格或换行；签名前已将其去除。',
  'field-owned': (p) =>
    `表单域“${p.field}”由构建器${OWNER_ZH[p.source] ?? OWNER_ZH.signature}自动填写，您添加的同名表单域已忽略：表单中只保留已签名的那个值。`,
  'field-duplicate': (p) =>
    `表单域“${p.name}”出现了多次（名称比较不区分大小写）；只发送第一个值。请删除其余的。`,
  'field-renamed': (p) => `“${p.field}”以“${p.name}”发送，这是 OSS API 参考中的写法。`,
  'signature-failed': (p) =>
    `无法计算签名：${p.error}。请使用支持 Web Crypto（crypto.subtle）的浏览器或 Node ≥ 20。`,
  'policy-refused': (p) =>
    `${localizeText({ message: p.problem, text: { id: `policy.${p.problemKey}`, params: p } }, { policy: POLICY_TEXTS_ZH })}OSS 会返回 ${p.code || '错误'}${p.ec ? `，EC ${p.ec}` : ''}。`,
  'checks-failed': (p) => `表单检查提前中止（${p.error}）；表单本身已生成。`,
});
