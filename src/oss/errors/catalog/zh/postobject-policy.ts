// Chinese cause and solution of every entry in ../postobject-policy.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';

/**
 * The Chinese texts of POST_OBJECT_POLICY_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * POSTOBJECT_POLICY_ZH['invalid-policy-document-0006-00000201'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const POSTOBJECT_POLICY_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-policy-document-0006-00000201': {
    cause: '解码后的 Policy 不是合法的 JSON，或某个条件的结构 OSS 不接受。',
    solution:
      '用 JSON 库序列化 Policy，条件只使用 {field: value}、eq、starts-with、content-length-range、in 和 not-in。',
  },
  'invalid-policy-document-0006-00000205': {
    cause: 'policy 表单域为空。',
    solution: '在 policy 表单域中发送 Policy JSON 的 Base64 编码。',
  },
  'invalid-policy-document-0006-00000208': {
    cause: 'policy 中没有 expiration。',
    solution: '在 Policy 中添加 "expiration": "YYYY-MM-DDTHH:MM:SS.000Z"（UTC）。',
  },
  'invalid-policy-document-0006-00000209': {
    cause: 'policy 中既没有 expiration 也没有 conditions。',
    solution: '编写一个包含 expiration 字符串和 conditions 数组的 Policy 对象。',
  },
  'invalid-policy-document-0006-00000210': {
    cause: 'expiration 不是 JSON 字符串（例如数字时间戳）。',
    solution: '将 expiration 写成带引号的 ISO 8601 UTC 字符串。',
  },
  'invalid-policy-document-0006-00000211': {
    cause: 'expiration 是空字符串。',
    solution: '将 expiration 设为将来的某个 UTC 时间。',
  },
  'invalid-policy-document-0006-00000212': {
    cause: 'expiration 不是 ISO 8601 格式。',
    solution: '使用 2030-01-01T12:00:00.000Z 这样的格式（UTC，带 Z）。',
  },
  'invalid-policy-document-0006-00000220': {
    cause:
      'content-length-range 的上下限不是整数（常见于以字符串形式发送数字），或最小值大于最大值。',
    solution: '用纯整数写成 ["content-length-range", 1, 10485760]，且最小值 ≤ 最大值。',
  },
  'invalid-policy-document-0006-00000224': {
    cause: '某个条件值的 JSON 类型与其运算符不匹配，例如 in / not-in 使用了字符串而不是数组。',
    solution: 'in 和 not-in 使用字符串数组，eq / starts-with 使用字符串。',
  },
  'invalid-policy-document-invalid-policy-invalid-simple': {
    cause: '对象形式的条件包含零个或多个属性，或 conditions 列表为空。',
    solution: '每个 {field: value} 形式的条件只写一个属性，或改用 ["eq", "$field", "value"]。',
  },
  'access-denied-invalid-according-policy-policy': {
    cause: 'OSS 收到上传时 Policy 的 expiration 已过，常见原因是签名机器的时钟偏慢或有效期太短。',
    solution: '用更晚的 expiration 重新签名；检查签名机器的时钟（UTC，带 Z）。',
  },
  'access-denied-invalid-according-policy-policy-condition': {
    cause:
      '表单不满足 OSS 在错误消息中回显的 Policy 条件（对象形式的条件会被回显为 ["eq", "$field", "value"]）：要么条件所指的表单域没有在 file 之前发送，要么它的值不匹配。',
    solution:
      '修改所指表单域的值以满足条件，或修改条件后重新签名；条件校验的是 ${filename} 被替换之前的值。',
  },
  'access-denied-invalid-according-policy-policy-condition-failed': {
    cause:
      'policy 把 x-oss-security-token 固定为空值，但表单没有发送这个表单域，条件无从比较。总是写入令牌条件的签名程序在使用长期 AccessKey（没有 STS 令牌）时会出现这种情况。',
    solution:
      '不使用 STS 时，在 file 之前发送一个值为空的 x-oss-security-token（空令牌不算 STS），或删除该条件后重新签名。',
  },
  'access-denied-invalid-according-policy-policy-condition-failed-eq': {
    cause:
      '条件中的表单域名不是 OSS 定义的名称：把已知表单域的短划线写成了下划线（x_oss_object_acl 应为 x-oss-object-acl）。按正确拼写发送的表单永远不会带这个名称的表单域，所以条件不可能满足。',
    solution: '在 Policy 和表单中都按 OSS 的写法（使用短划线）拼写表单域名，然后重新签名。',
  },
};
