// Why each field of a built form is there, and why in that place, in Simplified Chinese: the same
// keys and parameters as texts-en.ts. Backticks mark code, as in the English: the page renders them
// as code (src/ui/inline-code.tsx). Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { translate } from '../../texts.ts';
import { FIELD_WHY_TEXTS } from './texts-en.ts';

/**
 * Why each field of a built form is there, and why in that place, in Chinese.
 *
 * @example FIELD_WHY_TEXTS_ZH.file.startsWith('文件内容') // true
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const FIELD_WHY_TEXTS_ZH = translate(FIELD_WHY_TEXTS, {
  'field.key':
    'Object 的名称（可包含 ${filename}）。最先发送：缺失或位于文件之后的 `key` 都会被报告为缺失。',
  'field.OSSAccessKeyId': 'V1：AccessKey ID（使用 STS 时为 STS.… 开头的临时 ID）。',
  'field.policy': '已签名的 Policy JSON 原文（UTF-8）的 Base64 编码；签名覆盖的正是这些字节。',
  'field.Signature':
    'V1：以 AccessKey Secret 为密钥，对 policy 表单域计算 HMAC-SHA1 后的 Base64 编码。',
  'field.x-oss-signature-version': 'V4：指定 OSS4-HMAC-SHA256；Policy 中约束了相同的值。',
  'field.x-oss-credential':
    'V4：签名范围 AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request（UTC 日期，地域不带 oss- 前缀）；Policy 中约束了相同的值。',
  'field.x-oss-date': (p) =>
    `V4：UTC 签名时间（YYYYMMDDTHHMMSSZ），与 x-oss-credential 中的日期为同一天；Policy 中约束了相同的值；OSS 允许 ${p.skewMinutes} 分钟的时间偏差。`,
  'field.x-oss-signature':
    'V4：用派生的 V4 签名密钥对 policy 表单域计算 HMAC-SHA256，以小写十六进制表示。',
  'field.x-oss-security-token':
    'STS 安全令牌（SecurityToken），使用临时访问凭证时必须携带；Policy 中约束了相同的值。',
  'field.success_action_status':
    '上传成功时返回的状态码：200 或 204（响应体为空），或 201（返回 XML 格式的 PostResponse）。',
  'field.success_action_redirect': '上传成功后浏览器跳转到的地址。',
  'field.Content-Type': '保存为 Object 的 Content-Type。',
  'field.Cache-Control': '保存为 Object 的 Cache-Control 头。',
  'field.Content-Disposition': '保存为 Object 的 Content-Disposition 头。',
  'field.Content-Encoding': '保存为 Object 的 Content-Encoding 头。',
  'field.Expires': '保存为 Object 的 Expires 头。',
  'field.x-oss-content-type': '强制设置 Object 的 Content-Type，优先于文件部分自带的类型。',
  'field.x-oss-object-acl':
    'Object 的读写权限（ACL）：default、private、public-read、public-read-write。',
  'field.x-oss-storage-class': 'Object 的存储类型。',
  'field.x-oss-forbid-overwrite':
    '为 true 时拒绝覆盖已有的同名 Object（返回 409 FileAlreadyExists）。',
  'field.x-oss-server-side-encryption': '服务端加密方式：AES256 或 KMS。',
  'field.x-oss-server-side-encryption-key-id': '使用 KMS 加密时所用的 KMS 密钥。',
  'field.callback':
    '上传回调 JSON（callbackUrl、callbackHost、callbackBody、callbackBodyType）的 Base64 编码；OSS 存储 Object 后会调用它。',
  'pattern.meta': (p) =>
    `用户自定义元数据，随 Object 一起保存（所有 x-oss-meta-* 合计最多 ${p.metaSize}）。`,
  'pattern.callback-variable': (p) =>
    `回调自定义变量，在 PostObject 中作为单独的表单域发送（在回调请求体中以 \${${p.name}} 引用）。`,
  'pattern.custom': '您添加的表单域；只有在 Policy 条件中指定了它时，OSS 才会校验。',
  'place.auth':
    '紧跟在 `key` 之后，与其他签名表单域一起发送，以便 OSS 在读取文件之前完成身份验证。',
  'place.optional': '在签名表单域之后，`file` 之前发送：OSS 不会读取文件之后的表单域。',
  reason: (p) => `${p.what}${p.place}`,
  file: '文件内容（该部分的 Content-Type 由浏览器设置）。放在最后且只出现一次：OSS 会忽略文件之后的所有表单域，因此文件之后不能再有任何表单域。',
});
