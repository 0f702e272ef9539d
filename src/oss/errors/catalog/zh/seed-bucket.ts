// Chinese cause and solution of every entry in ../seed-bucket.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';
import { BUCKET_NAME_MAX_LENGTH, BUCKET_NAME_MIN_LENGTH } from '../../../limits.ts';

const SHARED_FIX_1 = '删除不再需要的配置，或联系阿里云技术支持提高配额。';

const SHARED_FIX_2 =
  '通过 GetBucketReplicationLocation 查询可用的目标地域，并使用该地域中的 Bucket。';

/**
 * The Chinese texts of SEED_BUCKET_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * SEED_BUCKET_ZH['invalid-bucket-name'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const SEED_BUCKET_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-bucket-name': {
    cause: 'Bucket 名称不符合命名规范。',
    solution: `使用 ${BUCKET_NAME_MIN_LENGTH}~${BUCKET_NAME_MAX_LENGTH} 个字符，只包含小写字母、数字和短划线（-），并以小写字母或数字开头和结尾。`,
  },
  'too-many-buckets': {
    cause: '该账号在此地域的 Bucket 数量已达上限（默认 100 个）。',
    solution:
      '复用现有 Bucket，用 Object 名称前缀充当目录。删除不再需要的 Bucket，或联系阿里云技术支持提高配额。',
  },
  'invalid-host-put-bucket': {
    cause: '访问 Bucket 所用的主机不是标准的 OSS 访问域名（Endpoint）。',
    solution: '将请求发送到地域 Endpoint，例如 oss-cn-hangzhou.aliyuncs.com。',
  },
  'bad-request-insufficient-information-origin-request': {
    cause: '跨域预检请求（OPTIONS）没有携带 Origin 头。',
    solution: '浏览器会自动添加 Origin；手动测试（curl）时，请将页面来源作为 Origin 发送。',
  },
  'bad-request-insufficient-information-request-access': {
    cause: '跨域预检请求（OPTIONS）没有携带 Access-Control-Request-Method。',
    solution: '发送 Access-Control-Request-Method，值为实际请求的方法（表单上传为 POST）。',
  },
  'cors-rule-beyond-limit': {
    cause: 'CORS 配置中的规则超过 10 条。',
    solution: '合并规则（一条规则可以列出多个来源和方法），使规则不超过 10 条。',
  },
  'too-many-tags': {
    cause: 'Bucket 的标签将超过 20 个。',
    solution: 'Bucket 标签最多 20 个。',
  },
  'repeated-tags': {
    cause: '同一个标签键出现了两次。',
    solution: '每个标签键只写一次；合并标签时先读取当前标签。',
  },
  'too-many-cname': {
    cause: 'Bucket 绑定的自定义域名已达上限（100 个）。',
    solution: SHARED_FIX_1,
  },
  'invalid-target-bucket-for-logging': {
    cause: '日志存储的目标 Bucket 不存在或属于其他账号。',
    solution: '选择同一地域内您自己的 Bucket 作为目标。',
  },
  'invalid-worm-configuration': {
    cause: '请求中的合规保留策略（WORM）无效。',
    solution: '发送 InitiateWormConfiguration，且 RetentionPeriodInDays 在允许范围内。',
  },
  'inventory-exceed-limit': {
    cause: '该 Bucket 的清单配置已达上限（1,000 个）。',
    solution: SHARED_FIX_1,
  },
  'daily-inventory-exceed-limit': {
    cause: 'Bucket 中的 Object 过多（100 亿个及以上），无法按天导出清单。',
    solution: '将清单改为按周导出。',
  },
  'weekly-inventory-exceed-limit': {
    cause: 'Bucket 中的 Object 过多（500 亿个及以上），无法按周导出清单。',
    solution: '按前缀拆分清单，或联系技术支持提高限制。',
  },
  'invalid-argument-no-such-bucket-storage': {
    cause: '为 Bucket 指定的存储类型不存在。',
    solution: '使用 Standard、IA、Archive、ColdArchive 或 DeepColdArchive。',
  },
  'invalid-argument-versioning-element-must-specified': {
    cause: 'VersioningConfiguration 请求体中没有 Status。',
    solution:
      '发送 <VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>（或 Suspended）。',
  },
  'invalid-xml-format': {
    cause: '请求体不是格式良好的 XML。',
    solution: '用 XML 序列化工具生成请求体，并检查标签嵌套和转义。',
  },
  'malformed-xml': {
    cause: 'XML 请求体格式错误，或其中的元素位置不符合该操作的要求。',
    solution: '对照该操作的示例检查请求体：元素名称、嵌套和顺序。',
  },
  'no-replication-rule': {
    cause: '该 Bucket 没有跨区域复制规则。',
    solution: '先创建一条复制规则。',
  },
  'too-many-replication-rules': {
    cause: '该 Bucket 已有一条复制规则。',
    solution: '修改现有规则，而不是再添加一条。',
  },
  'invalid-bucket-status': {
    cause: '复制的源 Bucket 与目标 Bucket 的版本控制状态不同。',
    solution: '使两个 Bucket 的版本控制状态一致。',
  },
  'invalid-target-bucket': {
    cause: '目标 Bucket 不能接收复制。',
    solution: SHARED_FIX_2,
  },
  'invalid-target-location': {
    cause: '目标 Bucket 不在所指定的目标地域。',
    solution: SHARED_FIX_2,
  },
  'bad-replication-location': {
    cause: '目标地域不存在。',
    solution: SHARED_FIX_2,
  },
  'no-replication-location': {
    cause: '该源地域没有可用的目标地域。',
    solution: SHARED_FIX_2,
  },
  'bucket-replication-already-exist': {
    cause: '这两个 Bucket 之间已存在复制规则。',
    solution: '先删除现有规则，再创建新规则。',
  },
  'too-many-incoming-replication': {
    cause: '该 Bucket 接收复制的源已达上限（100 个）。',
    solution: SHARED_FIX_1,
  },
  'too-many-outgoing-replication': {
    cause: '该 Bucket 复制到的目标已达上限（100 个）。',
    solution: SHARED_FIX_1,
  },
  'too-many-prefixes': {
    cause: '复制规则中列出的前缀超过 10 个。',
    solution: '每条规则最多 10 个前缀。',
  },
  'too-many-filter-object-tags': {
    cause: '复制规则中用于过滤的 Object 标签超过 10 个。',
    solution: '每条规则最多 10 个标签。',
  },
};
