// The policy rules' sentences in Simplified Chinese: the same keys and parameters as texts-en.ts.
// Terms as OSS's Chinese docs write them: 上传策略 Policy, 表单域, 到期时间.
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { FORMATS_TEXTS_ZH } from '../formats/texts-zh.ts';
import { localizeText, translate } from '../texts.ts';
import { POLICY_TEXTS, type ShownValue } from './texts-en.ts';

const KIND_ZH: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  undefined: '未定义值',
};

/**
 * A described JSON value in Chinese, e.g. `字符串“1024”`, `数组`, `null`.
 *
 * @example showValueZh({ kind: 'number', shown: '5' }) // '数字 5'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function showValueZh(p: ShownValue): string {
  if (p.kind === 'null') return 'null';
  if (p.kind === 'array') return '数组';
  if (p.kind === 'object') return '对象';
  return `${KIND_ZH[p.kind] ?? p.kind} ${p.shown}`;
}

const NOT_JSON = (fromBase64: number) =>
  fromBase64 ? '上传策略 Policy 解码后的文本不是合法的 JSON' : '上传策略 Policy 不是合法的 JSON';
const NEED_CONDITIONS =
  '它必须是至少包含一个条件的 JSON 数组，例如 [{"bucket": "examplebucket"}, ["content-length-range", 1, 10485760]]。';

/**
 * The policy rules' sentences in Chinese.
 *
 * @example POLICY_TEXTS_ZH['blank']() // '上传策略 Policy 为空。…'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const POLICY_TEXTS_ZH = translate(POLICY_TEXTS, {
  'json-syntax-at': (p) =>
    `${NOT_JSON(p.fromBase64)}：第 ${p.position} 个字符处（第 ${p.line} 行，第 ${p.column} 列）${FORMATS_TEXTS_ZH['json-expected'](p)}。请检查引号、逗号和括号；字符串中的 '"' 和 '\\' 须转义。`,
  'json-syntax': (p) => `${NOT_JSON(p.fromBase64)}。请检查引号、逗号和括号。`,
  'not-text': (p) => `上传策略 Policy 必须是文本（Base64 或 JSON），而不是 ${p.type}。`,
  blank: () =>
    '上传策略 Policy 为空。请在 policy 表单域中发送 UTF-8 编码的 Policy JSON 的 Base64，即参与签名的同一段文本。',
  base64: (p) =>
    `上传策略 Policy 既不是 JSON，也不是合法的 Base64。${localizeText({ message: p.cause, text: { id: `formats.${p.causeKey}`, params: p } }, { formats: FORMATS_TEXTS_ZH })} policy 表单域携带的是 UTF-8 JSON 文本的 Base64，须与签名时完全一致。`,
  utf8: () =>
    'Base64 解码后的字节不是 UTF-8 文本。请先用 UTF-8（TextEncoder）编码 Policy JSON 再做 Base64，不要对字符串直接使用 btoa。',
  'expiration-not-string': (p) =>
    `“expiration”是${showValueZh(p)}；它必须是 ISO 8601 UTC 格式的时间字符串，例如“${p.example}”。`,
  'expiration-empty': (p) =>
    `“expiration”为空；请设置 Policy 的到期时间，使用 ISO 8601 UTC 格式，例如“${p.example}”。`,
  'expiration-format': (p) =>
    `"expiration" ${p.value} 不是 ISO 8601 UTC 格式。请写成 YYYY-MM-DDTHH:mm:ss.sssZ，包含 'T' 并以 'Z' 结尾（毫秒可省略），例如“${p.example}”——Date.prototype.toISOString() 即输出此格式。`,
  'conditions-missing': () => `缺少“conditions”；${NEED_CONDITIONS}`,
  'conditions-empty': () => `“conditions”是空数组；${NEED_CONDITIONS}`,
  'conditions-not-array': (p) => `“conditions”是${showValueZh(p)}；${NEED_CONDITIONS}`,
  'not-object': (p) =>
    `上传策略 Policy 是${showValueZh(p)}；它必须是包含“expiration”和“conditions”的 JSON 对象，例如 {"expiration": "${p.example}", "conditions": [{"bucket": "examplebucket"}]}。`,
  'missing-both': (p) =>
    `上传策略 Policy 既没有“expiration”也没有“conditions”；请两者都加上，例如 {"expiration": "${p.example}", "conditions": [{"bucket": "examplebucket"}]}。`,
  'expiration-missing': (p) =>
    `上传策略 Policy 没有“expiration”；请加上到期时间，使用 ISO 8601 UTC 格式，例如 "expiration": "${p.example}"。`,
  'simple-arity': (p) =>
    `${p.path} 处的对象条件有 ${p.count} 个属性；对象条件必须恰好只有一个属性，例如 {"bucket": "examplebucket"}。请拆成每个表单域一个对象。`,
  'simple-value-type': (p) =>
    `${p.path} 处“${p.field}”的值是${showValueZh(p)}；精确匹配条件比较的是文本，请写成字符串，例如 {"${p.field}": "${p.value}"}。`,
  'unknown-operator': (p) =>
    `${p.path} 处的条件以${showValueZh(p)}开头，这不是 OSS 支持的运算符。请使用 ${p.operators} 之一。${p.lower ? `运算符须为小写：写成“${p.lower}”。` : ''}`,
  arity: (p) => `${p.path} 处的“${p.op}”条件有 ${p.count} 项；它必须恰好有 3 项：${p.shape}。`,
  'not-condition': (p) =>
    `${p.path} 处的条件是${showValueZh(p)}；条件应是只有一个属性的对象（{"bucket": "examplebucket"}），或以运算符开头的数组（["starts-with", "$key", "user/"]）。`,
  field: (p) =>
    `${p.path} 处“${p.op}”条件的第二项是${showValueZh(p)}；它必须是以 '$' 开头的表单域名称，例如“$key”。${p.suggest ? `请写成“${p.suggest}”。` : ''}`,
  'text-value-type': (p) =>
    `${p.path} 处“${p.op}”条件的第三项是${showValueZh(p)}；“${p.op}”比较的是文本，因此它必须是字符串。`,
  'list-not-array': (p) =>
    `${p.path} 处“${p.op}”条件的第三项是${showValueZh(p)}；“${p.op}”接受字符串组成的 JSON 数组，例如 ["${p.op}", "$content-type", ["image/png", "image/jpeg"]]。`,
  'list-item-type': (p) =>
    `${p.path} 处“${p.op}”列表的第 ${p.index} 项是${showValueZh(p)}；列表项必须是字符串。`,
  'range-not-integer': (p) =>
    `${p.path} 处“content-length-range”的${p.bound === 'minimum' ? '最小值' : '最大值'}是${showValueZh(p)}；两个边界都必须是 ≥ 0 的 JSON 整数（字节），例如 ["content-length-range", 1, 10485760]。${p.digits ? `请去掉引号，写成 ${p.digits}。` : ''}`,
  'range-inverted': (p) =>
    `${p.path} 处“content-length-range”的最小值 ${p.min} 大于最大值 ${p.max}；请交换两者，使最小值在前。`,
});
