// The callback's sentences in Simplified Chinese, worded as Alibaba Cloud's Chinese callback
// documentation words them (回调参数, 应用服务器, 公网地址, 自定义变量; docs/glossary-zh.md). JSON
// member names, form field names, OSS's Messages and numbers stay as they are. The page loads this
// table only for a Chinese reader.
// https://help.aliyun.com/zh/oss/developer-reference/callback
import { CALLBACK_BODY_TYPES } from '../limits.ts';
import { translate } from '../texts.ts';
import { CALLBACK_TEXTS } from './texts-en.ts';

const notBase64 = (found: string) =>
  `callback 表单域不是 Base64 编码：${found}请发送回调 JSON 的 Base64 编码。`;

const STANDARD_BASE64 =
  "请使用标准 Base64（A–Z、a–z、0–9、'+'、'/' 和 '=' 填充），不要包含空格或换行。";

/**
 * The callback validation's sentences in Chinese, key for key as CALLBACK_TEXTS. The Base64 keys
 * word the decoder's error from its values; its English sentence (`cause`) is not shown.
 *
 * @example CALLBACK_TEXTS_ZH['body-invalid']() // 'callbackBody 必须是字符串。'
 * @see https://help.aliyun.com/zh/oss/developer-reference/callback
 */
export const CALLBACK_TEXTS_ZH = translate(CALLBACK_TEXTS, {
  'too-long': (p) =>
    `Base64 编码后的回调参数长 ${p.length} 字节；OSS 最多允许 ${p.max} 字节。请缩短 callbackBody 或回调 URL。`,
  'not-base64.url-safe': (p) =>
    notBase64(
      `位置 ${p.position} 处的字符 '${p.ch}' 属于 URL 安全的 Base64；OSS 要求标准 Base64（使用 '+' 和 '/'，并以 '=' 填充）。`,
    ),
  'not-base64.padding': (p) =>
    notBase64(`位置 ${p.position} 处出现了填充符 '='；它只能作为最后一个或两个字符。`),
  'not-base64.whitespace': (p) => notBase64(`位置 ${p.position} 处是空白字符。${STANDARD_BASE64}`),
  'not-base64.char': (p) =>
    notBase64(`位置 ${p.position} 处的字符 '${p.ch}' 不属于 Base64。${STANDARD_BASE64}`),
  'not-base64.length': (p) =>
    notBase64(`Base64 长度 ${p.length} 不是 4 的倍数：内容被截断，或缺少 '=' 填充。`),
  'not-json': () =>
    '回调参数解码后不是 JSON 对象；它必须形如 {"callbackUrl": …, "callbackBody": …}。',
  'url-missing': () => '回调参数中没有 callbackUrl；请填写上传完成后 OSS 要回调的 URL。',
  'too-many-urls': (p) =>
    `回调参数中有 ${p.count} 个 URL；OSS 最多依次尝试 ${p.max} 个。请删除一部分。`,
  'private-address': (p) =>
    `OSS 无法回调“${p.url}”：它是私网地址或本机回环地址。请使用可通过公网访问的回调服务器。`,
  'host-invalid': () => 'callbackHost 必须是域名字符串，例如“example.com”。',
  'body-empty': () =>
    '回调参数中没有 callbackBody；请填写一个，例如“bucket=${bucket}&object=${object}”。',
  'body-invalid': () => 'callbackBody 必须是字符串。',
  'body-type': (p) =>
    `不支持 callbackBodyType ${p.value}；请使用 ${CALLBACK_BODY_TYPES.join(' 或 ')}。`,
  'var-name.prefix': (p) => `回调自定义变量“${p.name}”必须以“x:”开头，后接变量名，例如“x:my_var”。`,
  'var-name.lower-case': (p) =>
    `回调自定义变量“${p.name}”必须是小写：请在此处和 callbackBody 中都改名为“${p.lower}”。`,
});
