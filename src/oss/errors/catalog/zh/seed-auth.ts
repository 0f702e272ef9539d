// Chinese cause and solution of every entry in ../seed-auth.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';

const SHARED_FIX =
  '发送请求头 Authorization: OSS <AccessKeyId>:<Signature>，其中 Signature 是以 AccessKey Secret 为密钥、对待签名字符串计算 HMAC-SHA1 后的 Base64 编码；待签名字符串依次由 VERB、Content-MD5、Content-Type、Date、规范化的 x-oss- 请求头和资源组成。PostObject 表单的签名放在表单域中，而不是这个请求头里。';

/**
 * The Chinese texts of SEED_AUTH_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * SEED_AUTH_ZH['invalid-argument-authorization-header-invalid'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const SEED_AUTH_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-argument-authorization-header-invalid': {
    cause: '无法将 Authorization 头解析为 OSS 签名。',
    solution: SHARED_FIX,
  },
  'invalid-argument-authorization-header-invalid-bad': {
    cause: 'Authorization 头无法拆分为预期的“OSS”、AccessKey ID 和签名三部分。',
    solution: SHARED_FIX,
  },
  'invalid-argument-accesskeyid-signature-missing-authorization': {
    cause: 'Authorization 头缺少 AccessKey ID，或缺少冒号之后的签名。',
    solution: SHARED_FIX,
  },
  'invalid-argument-authorization-header-value-empty': {
    cause: '发送了 Authorization 头，但其值为空。',
    solution: '匿名访问时去掉该请求头，否则填入计算好的 OSS 签名。',
  },
  'invalid-argument-unknown-parameter-authorization-header': {
    cause: 'Authorization 头中包含 OSS 在所选签名版本下无法识别的部分。',
    solution: '使用 OSS SDK，或按所用签名版本的文档格式重新构造该请求头。',
  },
  'invalid-argument-either-signature-query-string': {
    cause:
      '请求被签名了两次：既在 URL 中（OSSAccessKeyId、Expires、Signature），又在 Authorization 头中。',
    solution: '只保留一种签名方式：签名 URL 或 Authorization 头，不要同时使用。',
  },
  'invalid-argument-oss-authentication-requires-valid': {
    cause: 'Date 头缺失，或不是合法的 GMT 日期。',
    solution:
      '以 RFC 1123 GMT 格式发送 Date，例如“Sun, 22 Nov 2015 08:16:38 GMT”，并确保生成它的时钟已同步。',
  },
  'invalid-argument-invalid-date-must-later': {
    cause: '某个日期值早于或等于 Unix 纪元。',
    solution: '发送晚于 1970-01-01 00:00:00 UTC 的日期。',
  },
  'invalid-argument-invalid-date-cannot-later': {
    cause: '某个日期值位于将来。',
    solution: '发送不晚于当前时间的日期，并检查生成该日期的机器的时钟。',
  },
  'invalid-argument-bad-date-format': {
    cause: '某个日期值不是 OSS 预期的格式。',
    solution: '使用 RFC 1123 格式，例如“Sun, 06 Nov 1994 08:49:37 GMT”。',
  },
  'missing-access-key-id': {
    cause: '请求中没有 AccessKey ID，但该操作要求调用者经过身份验证。',
    solution:
      '使用有效的 AccessKey ID 为请求签名（在 PostObject 表单中为 OSSAccessKeyId 或 x-oss-credential）。',
  },
  'invalid-request-security-token-must-provided': {
    cause: '使用 STS 临时访问凭证生成的签名 URL 缺少 security-token 查询参数。',
    solution:
      '在签名 URL 中添加 security-token=<STS token>（向 SDK 传入 token 时，SDK 会自动添加）。',
  },
  'invalid-request-request-specific-response-headers': {
    cause: '匿名 GET 请求要求 OSS 覆盖响应头（response-content-type 等）。',
    solution: '为请求签名，或去掉 response-* 查询参数。',
  },
};
