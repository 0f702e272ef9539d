// Why each field of a built form is there, and why in that place — in Chinese, beside field-why.ts
// and keyed the same way (field name, then the x-oss-meta-* and x: patterns, then any other field).
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { minutesOf, sizeInWords, USER_META_MAX_BYTES, V4_MAX_SKEW_MS } from '../limits.ts';
import { AUTH_FIELD_NAMES } from './field-names.ts';
import type { SignatureVersion } from './form-types.ts';

const AUTH_PLACE_ZH =
  '紧跟在 `key` 之后，与其他签名表单域一起发送，以便 OSS 在读取文件之前完成身份验证。';
const OPTIONAL_PLACE_ZH = '在签名表单域之后，`file` 之前发送：OSS 不会读取文件之后的表单域。';
const SKEW_MINUTES = minutesOf(V4_MAX_SKEW_MS);
const META_SIZE = sizeInWords(USER_META_MAX_BYTES);

const WHAT_ZH: Record<string, string> = {
  key: 'Object 的名称（可包含 ${filename}）。最先发送：缺失或位于文件之后的 `key` 都会被报告为缺失。',
  OSSAccessKeyId: 'V1：AccessKey ID（使用 STS 时为 STS.… 开头的临时 ID）。',
  policy: '已签名的 Policy JSON 原文（UTF-8）的 Base64 编码；签名覆盖的正是这些字节。',
  Signature: 'V1：以 AccessKey Secret 为密钥，对 policy 表单域计算 HMAC-SHA1 后的 Base64 编码。',
  'x-oss-signature-version': 'V4：指定 OSS4-HMAC-SHA256；Policy 中约束了相同的值。',
  'x-oss-credential':
    'V4：签名范围 AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request（UTC 日期，地域不带 oss- 前缀）；Policy 中约束了相同的值。',
  'x-oss-date': `V4：UTC 签名时间（YYYYMMDDTHHMMSSZ），与 x-oss-credential 中的日期为同一天；Policy 中约束了相同的值；OSS 允许 ${SKEW_MINUTES} 分钟的时间偏差。`,
  'x-oss-signature':
    'V4：用派生的 V4 签名密钥对 policy 表单域计算 HMAC-SHA256，以小写十六进制表示。',
  'x-oss-security-token':
    'STS 安全令牌（SecurityToken），使用临时访问凭证时必须携带；Policy 中约束了相同的值。',
  success_action_status:
    '上传成功时返回的状态码：200 或 204（响应体为空），或 201（返回 XML 格式的 PostResponse）。',
  success_action_redirect: '上传成功后浏览器跳转到的地址。',
  'Content-Type': '保存为 Object 的 Content-Type。',
  'Cache-Control': '保存为 Object 的 Cache-Control 头。',
  'Content-Disposition': '保存为 Object 的 Content-Disposition 头。',
  'Content-Encoding': '保存为 Object 的 Content-Encoding 头。',
  Expires: '保存为 Object 的 Expires 头。',
  'x-oss-content-type': '强制设置 Object 的 Content-Type，优先于文件部分自带的类型。',
  'x-oss-object-acl':
    'Object 的读写权限（ACL）：default、private、public-read、public-read-write。',
  'x-oss-storage-class': 'Object 的存储类型。',
  'x-oss-forbid-overwrite': '为 true 时拒绝覆盖已有的同名 Object（返回 409 FileAlreadyExists）。',
  'x-oss-server-side-encryption': '服务端加密方式：AES256 或 KMS。',
  'x-oss-server-side-encryption-key-id': '使用 KMS 加密时所用的 KMS 密钥。',
  callback:
    '上传回调 JSON（callbackUrl、callbackHost、callbackBody、callbackBodyType）的 Base64 编码；OSS 存储 Object 后会调用它。',
};

const AUTH = new Set(AUTH_FIELD_NAMES);

/**
 * The reason for any form field that no entry names: user metadata, a callback variable, or a
 * field the user added (the same three cases explainField tells apart).
 */
function patternReason(name: string): string {
  if (name.startsWith('x-oss-meta-'))
    return `用户自定义元数据，随 Object 一起保存（所有 x-oss-meta-* 合计最多 ${META_SIZE}）。`;
  if (name.toLowerCase().startsWith('x:'))
    return `回调自定义变量，在 PostObject 中作为单独的表单域发送（在回调请求体中以 \${${name}} 引用）。`;
  return CUSTOM_FIELD_WHY_ZH;
}

/**
 * The Chinese reason of a field you added yourself, which OSS checks only when a policy condition
 * names it.
 *
 * @example CUSTOM_FIELD_WHY_ZH.includes('policy') // true
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const CUSTOM_FIELD_WHY_ZH = '您添加的表单域；只有在 Policy 条件中指定了它时，OSS 才会校验。';

/**
 * The `why` text of a form field in Chinese: what it does, then why it sits where it does — the
 * Chinese counterpart of explainField, for the same (canonical) field names.
 *
 * @example
 * explainFieldInChinese('x-oss-date', 'v4') // 'V4：UTC 签名时间（YYYYMMDDTHHMMSSZ）…紧跟在 `key` 之后…'
 * explainFieldInChinese('key', 'v4') // 'Object 的名称（可包含 ${filename}）。最先发送…'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function explainFieldInChinese(name: string, _version: SignatureVersion): string {
  if (name === 'key') return WHAT_ZH.key;
  const what = WHAT_ZH[name] ?? patternReason(name);
  return `${what}${AUTH.has(name) ? AUTH_PLACE_ZH : OPTIONAL_PLACE_ZH}`;
}

/**
 * The `why` of the file entry, in Chinese (the counterpart of FILE_WHY).
 *
 * @example FILE_WHY_ZH.startsWith('文件内容') // true
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const FILE_WHY_ZH =
  '文件内容（该部分的 Content-Type 由浏览器设置）。放在最后且只出现一次：OSS 会忽略文件之后的所有表单域，因此文件之后不能再有任何表单域。';
