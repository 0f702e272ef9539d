// Chinese cause and solution of every entry in ../seed-encryption.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';

/**
 * The Chinese texts of SEED_ENCRYPTION_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * SEED_ENCRYPTION_ZH['invalid-argument-kmsmasterkeyid-not-applicable-if'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const SEED_ENCRYPTION_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-argument-kmsmasterkeyid-not-applicable-if': {
    cause: '指定了 KMS 密钥 ID，但加密算法不是 KMS。',
    solution:
      '只有在 x-oss-server-side-encryption=KMS 时才发送 x-oss-server-side-encryption-key-id。',
  },
  'invalid-argument-kmsmasterkeyid-not-applicable-if-user': {
    cause: '该账号不能在此 Bucket 上使用这项加密选项（指定的 KMS 密钥或 SM4）。',
    solution: '使用 Bucket 拥有者或有权配置 Bucket 加密的 RAM 用户，或改用 AES256。',
  },
  'invalid-encryption-algorithm-error-encryption-algorithm-specified-not': {
    cause: 'x-oss-server-side-encryption 的取值 OSS 无法识别。',
    solution: '使用 AES256、KMS 或 SM4（拼写须完全一致），或不设置该字段。',
  },
  'invalid-data-encryption-algorithm-error': {
    cause: 'x-oss-server-side-data-encryption 指定了 SM4 以外的算法。',
    solution: '使用 KMS 加密时，数据加密算法只能选 SM4；否则不要设置。',
  },
  'invalid-parameter': {
    cause: 'KMS 密钥 ID 不存在，或在该地域不可用。',
    solution: '从 Bucket 所在地域的 KMS 控制台复制有效的 CMK ID。',
  },
  'kms-service-not-enabled': {
    cause: '请求使用 KMS 加密（例如 x-oss-server-side-encryption 为 KMS），但该账号未开通 KMS。',
    solution: '为账号开通 KMS，或改用 AES256。',
  },
  'invalid-encryption-algorithm-error-encryption-algorithm-specified-not-valid': {
    cause: 'x-oss-server-side-encryption 的取值 OSS 无法识别。',
    solution: '使用 AES256 或 KMS，或不设置该字段。',
  },
  'invalid-encryption-request-parameters-client-encryption-are': {
    cause:
      '该 Object 使用客户端加密（x-oss-meta-client-side-encryption-*），其加密元数据不能被修改（例如通过 CopyObject）。',
    solution: '不要改动这类 Object 的加密元数据；如需更改，请重新上传。',
  },
  'invalid-encryption-request-miss-some-necessary-client': {
    cause:
      '该 Object 使用客户端加密（x-oss-meta-client-side-encryption-*），但缺少部分必需的元数据。',
    solution: '同时发送加密后的密钥、初始值、内容加密算法和密钥包装算法这几项元数据。',
  },
  'invalid-encryption-request-parts-count-calculated-by': {
    cause: '根据声明的数据大小和分片大小计算出的分片数超过 10,000。',
    solution: '选择更大的分片大小。',
  },
  'invalid-encryption-request-client-encryption-meta-data': {
    cause: '客户端加密的分片上传中，声明的数据大小或分片大小不可用。',
    solution: '在初始化上传时同时声明两者；分片大小必须是 16 的正整数倍。',
  },
  'invalid-encryption-request-client-encryption-part-list': {
    cause: '上传的分片与初始化时声明的分片数不符。',
    solution: '按声明的大小所对应的分片数，不多不少地上传。',
  },
  'invalid-encryption-request-partid-must-less-equal': {
    cause: '某个分片号大于上传任务声明的分片数。',
    solution: '分片号不要超过声明的分片数。',
  },
  'invalid-encryption-request-partsize-must-same-with': {
    cause: '某个非最后分片的大小与声明的分片大小不同。',
    solution: '除最后一个分片外，每个分片都必须正好是声明的大小。',
  },
  'invalid-encryption-request-last-partsize-must-same': {
    cause: '所有分片加起来未达到声明的总大小。',
    solution: '让最后一个分片补足声明的总大小。',
  },
  'invalid-encryption-request-client-encryption-meta-inconsistent': {
    cause: '某个分片上的加密元数据与初始化上传时声明的不同。',
    solution: '每个分片都发送与初始化时相同的加密元数据。',
  },
  'invalid-encryption-request-client-encryption-doesn-t': {
    cause: '对客户端加密的源 Object 使用了 UploadPartCopy。',
    solution: '只从未加密的源拷贝，或者下载、解密后重新上传。',
  },
};
