// Chinese cause and solution of every entry in ../seed-post-form.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';
import {
  FIELD_NAME_MAX_BYTES,
  FIELD_VALUE_MAX_BYTES,
  NON_FILE_FIELDS_WARN_BYTES,
  OBJECT_MAX_BYTES,
  PRE_FILE_DATA_MAX_BYTES,
  sizeInWords,
} from '../../../limits.ts';

/**
 * The Chinese texts of SEED_POST_FORM_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * SEED_POST_FORM_ZH['request-is-not-multi-part-content'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const SEED_POST_FORM_ZH: Readonly<Record<string, ChineseText>> = {
  'request-is-not-multi-part-content': {
    cause: 'POST 请求的 Content-Type 不是 multipart/form-data，OSS 无法将其作为表单上传解析。',
    solution:
      '以 enctype="multipart/form-data"（或 FormData 请求体）提交表单，并让客户端自动设置带 boundary 的 Content-Type；不要手动设置 Content-Type。',
  },
  'invalid-argument-post-request-accesskeyid-empty': {
    cause: 'OSSAccessKeyId 表单域存在但为空，或在发送了 policy 或 Signature 时缺失。',
    solution:
      '在 OSSAccessKeyId 中填写您的 AccessKey ID（使用 STS 时为 STS.… 开头的 ID）。只有读写权限为 public-read-write 的 Bucket 才可以同时省略 OSSAccessKeyId、policy 和 Signature 三者。',
  },
  'invalid-argument-post-request-signature-empty': {
    cause: 'Signature 表单域为空，或在发送了 OSSAccessKeyId 或 policy 时缺失。',
    solution:
      '用 AccessKey Secret 对 Base64 编码后的 Policy 文本计算 HMAC-SHA1，将摘要做 Base64 编码后作为 Signature 发送（V4 表单改用 x-oss-signature）。',
  },
  'invalid-argument-bucket-post-must-contain': {
    cause: '某个表单部分没有可用的名称，或某个表单域的值格式 OSS 不接受。',
    solution:
      '为每个部分设置 Content-Disposition: form-data; name="…" 头，并对照 PostObject 文档检查各表单域的值。',
  },
  'invalid-argument-bucket-post-contains-unrecognized': {
    cause:
      'file 部分在 filename 那一行之后还带有额外的头部行；OSS 在此处只接受该部分的 Content-Type。',
    solution:
      '让浏览器或 HTTP 库生成 file 部分；如需手写，filename 那一行之后只跟一行 Content-Type。',
  },
  'invalid-argument-bucket-post-must-contain-specified-key': {
    cause:
      'OSS 在 file 部分之前没有找到 key 表单域：缺失、拼写错误，或位于 file 之后（file 之后的表单域不会被读取）。',
    solution:
      '将 key 放在 file 之前，并让 file 作为最后一个表单域。先追加文件的上传组件需要调整表单域顺序。',
  },
  'invalid-argument-post-body-size-must': {
    cause: `整个 POST 请求体超过 ${sizeInWords(OBJECT_MAX_BYTES)}。`,
    solution: `表单上传请保持在 ${sizeInWords(OBJECT_MAX_BYTES)} 以下；更大的 Object 请使用分片上传。`,
  },
  'max-post-pre-data-length-exceeded-error': {
    cause: `file 部分之前的表单域总大小超过 OSS 的上限（当前文档为 ${sizeInWords(PRE_FILE_DATA_MAX_BYTES)}）。`,
    solution: '减小 file 之前的内容：缩短 Policy，减少或缩小 x-oss-meta-* 的值，精简 callback。',
  },
  'field-item-too-long': {
    cause: `某个表单域的名称或值超过大小限制（名称 ${sizeInWords(FIELD_NAME_MAX_BYTES)}，值 ${sizeInWords(FIELD_VALUE_MAX_BYTES)}；旧版文档将 file 以外的所有表单域限制为 ${sizeInWords(NON_FILE_FIELDS_WARN_BYTES)}）。`,
    solution: '找出超长的表单域（通常是 policy、callback 或元数据）并将其缩短。',
  },
  'malformed-post-request': {
    cause:
      '无法解析 multipart 请求体：boundary 损坏或缺失、某个部分没有名称、file 不是最后一个部分，或某个部分的头顺序不对（file 部分中 Content-Type 行在 Content-Disposition 之前，部分 Dart HTTP 客户端会这样写）。',
    solution:
      '用 FormData 或 HTTP 库构造请求体，并最后追加 file；不要手动修改 boundary。如果您的客户端在 file 部分先写 Content-Type，请改为先写 Content-Disposition（或换用其他 multipart 编码器）。',
  },
  'invalid-policy-document-invalid-policy-invalid-simple-condition': {
    cause: '对象形式的条件（如 {"bucket": "x"}）包含零个或多个属性，或 conditions 列表为空。',
    solution: '每个 {field: value} 形式的条件只写一个属性，或改用 ["eq", "$field", "value"]。',
  },
  'invalid-policy-document-invalid-policy-invalid-json': {
    cause: '解码后的 Policy 在报告的字符处不是合法的 JSON（未加引号的文本、单引号、错误的转义）。',
    solution:
      '用 JSON 序列化工具生成 Policy，再对其 UTF-8 字节做 Base64 编码；检查 OSS 指出的那个字符。',
  },
  'invalid-policy-document-invalid-policy-invalid-json-expected': {
    cause: 'policy JSON 在数组内部中断：缺少逗号或右方括号。',
    solution: '用 JSON.stringify（或您所用语言的等价函数）序列化 Policy，不要用字符串拼接构造。',
  },
  'incorrect-number-of-files-in-post-request': {
    cause: '表单中没有 file 部分，或有多个。',
    solution: '只发送一个名为 file 的表单域，并放在最后；多个文件请分多次请求上传。',
  },
  'entity-too-small': {
    cause: '文件小于 Policy 中 content-length-range 条件的最小值。',
    solution: '选择更大的文件，或调低 content-length-range 的最小值后重新签名 Policy。',
  },
  'entity-too-large': {
    cause: `文件大于 Policy 中 content-length-range 的最大值，或超过表单上传 ${sizeInWords(OBJECT_MAX_BYTES)} 的上限。`,
    solution: `选择更小的文件，或调高 content-length-range 的最大值后重新签名；超过 ${sizeInWords(OBJECT_MAX_BYTES)} 请使用分片上传。`,
  },
};
