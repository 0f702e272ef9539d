// Chinese cause and solution of every entry in ../seed-object.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';
import {
  OBJECT_KEY_MAX_BYTES,
  OBJECT_KEY_MIN_BYTES,
  OBJECT_MAX_BYTES,
  sizeInWords,
} from '../../../limits.ts';

const SHARED_FIX = '完成上传时，分片号和 ETag 要与 UploadPart 返回的完全一致。';

/**
 * The Chinese texts of SEED_OBJECT_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * SEED_OBJECT_ZH['invalid-object-name-object-name-can-not'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const SEED_OBJECT_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-object-name-object-name-can-not': {
    cause: 'Object 名称（key）为空。',
    solution: '填写 key 表单域，例如 uploads/${filename}。',
  },
  'invalid-object-name-length-object-name-must': {
    cause: `Object 名称的 UTF-8 编码超过 ${OBJECT_KEY_MAX_BYTES.toLocaleString('en-US')} 字节。`,
    solution: '缩短 Object 名称；非 ASCII 字符每个占 2~4 字节。',
  },
  'invalid-object-name-specified-object-not-valid': {
    cause: 'Object 名称违反命名规范：以 / 或 \\ 开头、不是合法的 UTF-8，或长度不符合要求。',
    solution: `使用 ${OBJECT_KEY_MIN_BYTES}~${OBJECT_KEY_MAX_BYTES.toLocaleString('en-US')} 字节的 UTF-8 名称，且不要以正斜线或反斜线开头。`,
  },
  'invalid-argument-invalid-argument-parameter-invalid': {
    cause: '某个参数值的格式不正确。',
    solution:
      '对照该接口的 API 文档逐一检查参数；若响应中带有 ArgumentName 元素，它会指出是哪个参数。',
  },
  'invalid-argument-copy-source-must-mention': {
    cause: '拷贝请求中没有可用的 x-oss-copy-source。',
    solution: '将 x-oss-copy-source 设为待拷贝 Object 的 /bucket/key。',
  },
  'invalid-argument-invalid-version-id-specified': {
    cause: '该 versionId 不属于此 Object，或 Bucket 未开启版本控制。',
    solution: '先列举该 Object 的所有版本，再使用返回的某个版本 ID。',
  },
  'invalid-argument-version-id-can-not': {
    cause: '发送了 versionId 参数，但没有值。',
    solution: '访问当前版本时不要携带 versionId，否则请填写真实的版本 ID。',
  },
  'invalid-argument-header-x-oss-tagging': {
    cause: 'x-oss-tagging 不是经过 URL 编码的 key=value 键值对，或其中有重复的标签键。',
    solution:
      '对每个键和值分别做 URL 编码，按 k1=v1&k2=v2 拼接，且每个键只出现一次（PostObject 不支持设置标签）。',
  },
  'invalid-argument-x-oss-traffic-limit': {
    cause: '带宽限制同时在 URL 和请求头中指定。',
    solution: 'x-oss-traffic-limit 只在一处指定。',
  },
  'invalid-argument-x-oss-traffic-limit-invalid': {
    cause: '带宽限制超出允许范围。',
    solution: '取值范围为 819200~838860800 bit/s。',
  },
  'not-implemented': {
    cause: '某个请求头或参数要求的功能，该接口无法提供。',
    solution: '删除该接口文档中未列出的请求头。',
  },
  'missing-argument': {
    cause: '缺少该接口要求的参数。',
    solution: '对照该接口的 API 文档补全必选参数。',
  },
  'request-timeout': {
    cause: '发送或接收数据时连接空闲过久，常见于网络缓慢或中断。',
    solution: '重试；大文件请使用更稳定的网络或分片上传。',
  },
  'incomplete-body': {
    cause: '请求体在达到 Content-Length 声明的长度之前就结束了。',
    solution: '让客户端自动计算 Content-Length，并确保上传没有被提前截断。',
  },
  'invalid-digest-malformed': {
    cause:
      'Content-MD5 不是 Base64 编码的 MD5 摘要（解码后不是 16 字节），例如填了十六进制摘要，或对十六进制文本做了 Base64 编码。',
    solution: '发送请求体 MD5 值 16 个原始字节的 Base64 编码，或不携带 Content-MD5。',
  },
  'invalid-digest-mismatch': {
    cause: 'Content-MD5 格式正确，但不是 OSS 收到的请求体的 MD5。',
    solution: '对实际发送的字节（整个请求体）计算摘要，或不携带 Content-MD5。',
  },
  'invalid-crc64': {
    cause: 'OSS 收到的数据的 CRC-64 与客户端预期的不同：数据在传输过程中被改动。',
    solution: '重新上传；如果反复出现，请检查是否有代理改写了请求体。',
  },
  'inline-data-too-large': {
    cause: `Object 超过了该上传方式允许的大小（简单上传、表单上传和追加上传均为 ${sizeInWords(OBJECT_MAX_BYTES)}）。`,
    solution: `超过 ${sizeInWords(OBJECT_MAX_BYTES)} 的 Object 请使用分片上传。`,
  },
  'image-too-large': {
    cause: '源图片超出图片处理的限制（20 MB；单边 30,000 px；旋转时 4,096 px）。',
    solution: '处理更小的图片。',
  },
  'too-many-pipes': {
    cause: '图片处理请求串联的操作数超过上限。',
    solution: '在一次请求中减少操作数。',
  },
  'operation-not-supported': {
    cause:
      '该操作不适用于此类 Object（例如解冻标准存储类型的 Object，或将追加类型的 Object 转为归档存储）。',
    solution: '确认该 Object 的类型和存储类型支持哪些操作。',
  },
  'not-symlink': {
    cause: '对普通 Object 执行了软链接操作。',
    solution: 'GetSymlink/PutSymlink 只能用于软链接。',
  },
  'invalid-target-type': {
    cause: '软链接指向了另一个软链接。',
    solution: '让软链接指向普通 Object。',
  },
  'invalid-tag': {
    cause: '标签的键或值不符合标签规则。',
    solution:
      '键为 1~64 个 UTF-8 字符，不能以 http://、https:// 或 Aliyun. 开头；值最多 128 个字符。',
  },
  'invalid-tagging-key': {
    cause: 'Object 标签的键不符合标签规则。',
    solution:
      '键最多 128 个字符，只能包含字母、数字、空格和 + - = . _ : /，放在请求头中时需做 URL 编码。',
  },
  'user-key-must-be-specified': {
    cause: 'DeleteMultipleObjects 请求中有条目没有 Key。',
    solution: '为请求中的每个 Object 元素填写 Key。',
  },
  'invalid-part-one-more-specified-parts': {
    cause: 'CompleteMultipartUpload 引用了未上传的分片，或分片的 ETag 不正确。',
    solution: SHARED_FIX,
  },
  'invalid-part-one-more-specified-parts-could': {
    cause: 'CompleteMultipartUpload 引用了未上传的分片，或分片的 ETag 不正确。',
    solution: SHARED_FIX,
  },
  'invalid-part-order-list-parts-was-not': {
    cause: 'CompleteMultipartUpload 中的分片没有按分片号排序。',
    solution: '按 PartNumber 升序排列分片。',
  },
  'invalid-part-order-part-number-must-integer': {
    cause: '有分片号不在 1~10000 范围内。',
    solution: '分片号从 1 开始，最大为 10000。',
  },
  'file-part-not-exist': {
    cause: '该上传任务中的某个分片已不存在。',
    solution: '在完成上传之前重新上传缺失的分片。',
  },
};
