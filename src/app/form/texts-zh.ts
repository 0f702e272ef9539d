// The texts of src/app/form/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import {
  FORM_SCHEMA_TEXTS,
  FORM_POLICY_JSON_TEXTS,
  FORM_PRESETS_TEXTS,
  FORM_CONDITION_KINDS_TEXTS,
} from './texts-en.ts';

export const FORM_SCHEMA_TEXTS_ZH = translate(FORM_SCHEMA_TEXTS, {
  choice: (p) => `请从以下选项中选择一个：${p.choices}。`,
  bucketLength: (p) => `存储空间名称的长度必须为 ${p.min}~${p.max} 个字符（${p.url}）。`,
  bucketCharacters: '存储空间名称只能包含小写字母、数字和短划线（-）。',
  bucketEdges: '存储空间名称必须以小写字母或数字开头和结尾。',
  regionMissing: '请选择地域，例如 cn-hangzhou。',
  regionCharacters: '地域由小写字母、数字和短划线组成，例如 cn-hangzhou。',
  endpointUrl: '访问域名是以 https://（本地沙箱可用 http://）开头的 URL。',
  accessKeyIdMissing: '请输入 AccessKey ID（STS 临时访问凭证的 ID 以 STS. 开头）。',
  accessKeySecretMissing: '请输入 AccessKey Secret；它只留在此标签页中。',
  wholeNumber: '请输入整数。',
  sizeNegative: '大小不能为负数。',
  fieldNameMissing: '请填写表单域名称，例如 Content-Type 或 x-oss-meta-author。',
  fieldNameReserved: 'key、policy 和 file 由构建器自行设置。',
  number: '请输入数字。',
  expirationPositive: '上传策略的有效时长必须大于 0。',
  keyLength: (p) =>
    `Object 名称（key）的长度必须为 ${p.min}~${p.max} 个 UTF-8 字节（否则返回 InvalidObjectName）。`,
  keyLeadingSlash: 'Object 名称（key）不能以 / 或 \\ 开头（InvalidObjectName）。',
  kmsKeyWithoutKms:
    '只有 x-oss-server-side-encryption 为 KMS 时才能填写 x-oss-server-side-encryption-key-id。',
  keyNotUtf8: 'Object 名称必须是有效的 UTF-8（不能包含孤立的代理字符）。',
  fieldNameTooLong: (p) => `表单域名称最多 ${p.max}（FieldItemTooLong，EC 0006-00000110）。`,
  fieldValueTooLong: (p) => `表单域的值最多 ${p.max}（FieldItemTooLong）。`,
  userMetaTooLarge: (p) =>
    `所有 x-oss-meta-* 的名称和值合计最多 ${p.max}，超出时 OSS 会拒绝（EC 0011-00000002）。`,
  instant: '请使用 ISO 8601 格式的时刻，例如 2030-01-01T00:00:00.000Z。',
});

export const FORM_POLICY_JSON_TEXTS_ZH = translate(FORM_POLICY_JSON_TEXTS, {
  invalidJson: (p) => `JSON 无效：${p.detail}`,
  notObject: '上传策略是一个 JSON 对象：{ "expiration", "conditions" }。',
  expirationNotString: '“expiration”必须是 ISO 8601 格式的字符串，例如“2030-01-01T00:00:00.000Z”。',
  conditionsNotArray: '“conditions”必须是由条件组成的数组。',
});

export const FORM_PRESETS_TEXTS_ZH = translate(FORM_PRESETS_TEXTS, {
  imagesLabel: (p) => `最大 ${p.max} 的图片，上传到用户目录`,
  imagesDescription: (p) =>
    `Object 名称为 ${p.key}，只允许 image/* 类型，大小 ${p.min} – ${p.max}。`,
  documentsLabel: () => `下载时保留原名的文档`,
  documentsDescription: (p) =>
    `PDF 或 Word 文档上传到 docs/，最大 ${p.max}，以 Content-Disposition: attachment 保存。`,
  noOverwriteLabel: () => `禁止覆盖的私有文件`,
  noOverwriteDescription: (p) =>
    `Object 名称为 uploads/…，私有 ACL，x-oss-forbid-overwrite 为 true，最大 ${p.max}。`,
});

export const FORM_CONDITION_KINDS_TEXTS_ZH = translate(FORM_CONDITION_KINDS_TEXTS, {
  match: '{field: value} 精确匹配',
  raw: '原始 JSON',
});
