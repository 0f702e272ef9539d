// The formats' sentences in Simplified Chinese: the same keys and parameters as texts-en.ts.
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { translate } from '../texts.ts';
import { FORMATS_TEXTS, type JSON_EXPECTED_EN, type JsonExpected } from './texts-en.ts';

/**
 * What a JSON scan expected, in Chinese (same keys as JSON_EXPECTED_EN).
 *
 * @example JSON_EXPECTED_ZH['colon'] // "':'"
 * @see https://www.rfc-editor.org/rfc/rfc8259
 */
export const JSON_EXPECTED_ZH: { readonly [K in keyof typeof JSON_EXPECTED_EN]: string } = {
  value: '一个值（字符串、数字、对象、数组、true、false 或 null）',
  'control-char': '右引号（控制字符须转义，例如 \\n）',
  escape: '合法的转义（\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX）',
  'closing-quote': '右引号',
  number: '一个数字',
  depth: '嵌套层级更浅的 JSON',
  'member-name': '一个字符串（成员名）',
  colon: "':'",
  'comma-brace': "',' 或 '}'",
  'comma-bracket': "',' 或 ']'",
  end: '文本结尾',
};

/**
 * The formats' sentences in Chinese.
 *
 * @example FORMATS_TEXTS_ZH['base64-length']({ length: 3 }) // 'Base64 长度 3 不是 4 的倍数：…'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const FORMATS_TEXTS_ZH = translate(FORMATS_TEXTS, {
  'json-expected': (p) =>
    `此处应为${JSON_EXPECTED_ZH[p.expected as JsonExpected] ?? p.expected}，实际却是${p.found === '' ? '文本结尾' : `'${p.found}'`}`,
  'base64-url-safe': (p) =>
    `位置 ${p.position} 的字符 '${p.ch}' 属于 URL 安全的 Base64；OSS 要求标准 Base64（使用 '+' 和 '/'，并以 '=' 填充）。`,
  'base64-padding': (p) => `位置 ${p.position} 的填充符 '=' 只能出现在最后一个或两个字符。`,
  'base64-whitespace': (p) =>
    `不是 Base64：位置 ${p.position} 有空白字符。请使用标准 Base64（A–Z、a–z、0–9、'+'、'/'，以 '=' 填充），不含空格或换行。`,
  'base64-char': (p) =>
    `不是 Base64：位置 ${p.position} 有字符 '${p.ch}'。请使用标准 Base64（A–Z、a–z、0–9、'+'、'/'，以 '=' 填充），不含空格或换行。`,
  'base64-length': (p) => `Base64 长度 ${p.length} 不是 4 的倍数：文本被截断，或缺少 '=' 填充。`,
});
