// Chinese cause and solution of every entry in ../postobject-auth.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';
import { minutesOf, V4_MAX_SKEW_MS } from '../../../limits.ts';

/**
 * The Chinese texts of POST_OBJECT_AUTH_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * POSTOBJECT_AUTH_ZH['InvalidArgument|0002-00000706|The bucket POST must contain the specified \'OSSAccessKeyId\'. If it is specified, please check the order of the fields'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const POSTOBJECT_AUTH_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-argument-0002-00000706': {
    cause:
      '发送了 policy 或 Signature，但 file 部分之前没有 OSSAccessKeyId（缺失、拼写错误，或位于 file 之后）。',
    solution:
      '在 file 之前发送 OSSAccessKeyId（拼写须完全一致），或改用 V4 表单，它在 x-oss-credential 中指明 AccessKey ID。',
  },
  'invalid-argument-0002-00000702': {
    cause: '带签名的表单在 file 部分之前没有 policy 表单域。',
    solution: '在 file 之前以 policy 表单域发送 Base64 编码的 policy。',
  },
  'invalid-argument-0002-00000703': {
    cause: 'V1 表单在 file 部分之前没有 Signature 表单域。',
    solution: '将 Base64 编码的 HMAC-SHA1 签名作为 Signature 发送；V4 表单使用 x-oss-signature。',
  },
  'invalid-argument-bucket-post-must-contain-specified': {
    cause: 'V4 表单在 file 部分之前没有 x-oss-signature 表单域。',
    solution: '将小写十六进制的 HMAC-SHA256 签名作为 x-oss-signature 发送。',
  },
  'invalid-argument-0002-00000707': {
    cause: 'AccessKey ID 表单域存在但为空。',
    solution: '填写 OSSAccessKeyId（V1）或 x-oss-credential 中的 AccessKey ID 部分（V4）。',
  },
  'invalid-argument-0002-00000704': {
    cause: '签名表单域存在但为空。',
    solution:
      '基于实际发送的 Base64 policy 计算签名，填入 Signature（V1）或 x-oss-signature（V4）。',
  },
  'invalid-argument-0002-00000701': {
    cause: 'x-oss-signature-version 的值不是 OSS4-HMAC-SHA256。',
    solution: '在表单和 Policy 中都将 x-oss-signature-version 设为 OSS4-HMAC-SHA256，一字不差。',
  },
  'invalid-argument-0002-00000710': {
    cause: 'x-oss-credential 不是 AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request 格式。',
    solution: '按 <AccessKeyId>/<UTC 日期>/<不带“oss-”前缀的地域>/oss/aliyun_v4_request 构造。',
  },
  'invalid-argument-0002-00000709': {
    cause: `x-oss-credential 中的日期或 x-oss-date 格式错误、不在同一个 UTC 日，或与服务器时钟相差超过 ${minutesOf(V4_MAX_SKEW_MS)} 分钟。`,
    solution: '两者取自同一次 UTC 时钟读数（YYYYMMDD 和 YYYYMMDDTHHMMSSZ），并在上传前一刻签名。',
  },
  'signature-does-not-match': {
    cause:
      'OSS 计算出的签名与提供的不同：AccessKey Secret 错误、policy 文本与签名时的不同、V4 的地域或日期错误，或签名放错了表单域。',
    solution:
      '用该 AccessKey ID 对应的 AccessKey Secret，对实际作为 policy 发送的 Base64 字符串签名；V4 还须使用与 x-oss-credential 相同的日期和地域。',
  },
  'invalid-access-key-id-oss-access-key-id': {
    cause: 'OSS 不认识该 AccessKey ID：输入错误、已删除、已禁用，或是已过期的 STS 临时 AccessKey。',
    solution: '从 RAM 控制台复制一个处于启用状态的 AccessKey ID，或重新获取 STS 临时访问凭证。',
  },
  'invalid-access-key-id-0002-00000003': {
    cause: '发送了 STS AccessKey ID（STS.… 开头），但没有附带其安全令牌（SecurityToken）。',
    solution:
      '添加 x-oss-security-token，值为与该 STS AccessKey 一同下发的 SecurityToken（如果 Policy 中约束了它，也要填入相同的值）。',
  },
  'invalid-access-key-id-0002-00000002': {
    cause:
      '请求中带有非空的安全令牌，OSS 因此将 AccessKey ID 当作 STS 凭证处理，但它并不是有效的 STS AccessKey。',
    solution: '只在使用 STS 临时访问凭证时发送 x-oss-security-token；使用长期 AccessKey 时去掉它。',
  },
  'invalid-security-token': {
    cause: 'x-oss-security-token 的值不是 STS 为该 AccessKey 签发的令牌。',
    solution: '按 STS 返回的原样发送 SecurityToken，并搭配与之对应的临时 AccessKey ID。',
  },
  'security-token-expired': {
    cause: 'STS 临时访问凭证已过期。',
    solution: '重新获取 STS 临时访问凭证并重新签名。',
  },
  'access-denied-have-no-right-access': {
    cause: '上传请求未签名（或为匿名请求），而 Bucket 的读写权限（ACL）不允许公共写。',
    solution: '为表单签名（policy 加签名表单域），或上传到读写权限为 public-read-write 的 Bucket。',
  },
  'access-denied-access-denied-by-authorizer': {
    cause: 'RAM 权限策略、STS 策略或 Bucket Policy 不允许该身份写入此 Object。',
    solution:
      '为该身份（以及 STS 会话策略）授予对 acs:oss:*:*:<bucket>/<key prefix> 的 oss:PutObject 权限。',
  },
  'access-denied-signaturedoesnotmatch-request-signature-we': {
    cause: '文档中记载的签名不匹配错误：OSS 计算出的签名与请求中发送的签名不一致。',
    solution:
      '用表单中 AccessKey ID 对应的 AccessKey Secret，对实际发送的 Base64 编码的 policy 签名。',
  },
  'invalid-argument-0002-00000715': {
    cause:
      'x-oss-credential 中的地域不是存储空间所在地域的地域 ID：写成了其他地域、带“oss-”前缀的 Endpoint 写法（oss-cn-hangzhou），或 OSS 不认识的地域 ID。',
    solution:
      '在签名范围中填写存储空间所在地域的地域 ID（不带“oss-”前缀，例如 cn-hangzhou），并用同一地域签名。',
  },
};
