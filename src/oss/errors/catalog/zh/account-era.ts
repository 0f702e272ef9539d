// Chinese cause and solution of every entry in ../account-era.ts, keyed by entry id.
// Codes, Messages, EC codes, field and header names stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/zh/oss/user-guide/0048-00000401

import type { ChineseText } from './catalog-key.ts';
import {
  DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM,
  sizeInWords,
  USER_META_MAX_BYTES,
  V1_CLOSED_TO_ACCOUNTS_FROM,
  V1_CLOSED_TO_BUCKETS_FROM,
} from '../../../limits.ts';

/**
 * The Chinese texts of ACCOUNT_ERA_ENTRIES, keyed by entry id.
 *
 * @example ACCOUNT_ERA_ZH['public-endpoint-forbidden'].cause.length > 0 // true
 * @see https://help.aliyun.com/zh/oss/user-guide/0048-00000401
 */
export const ACCOUNT_ERA_ZH: Readonly<Record<string, ChineseText>> = {
  'public-endpoint-forbidden': {
    cause: `该账号在 ${DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM} 当天或之后开通 OSS，而表单发往中国内地 Bucket 的默认外网访问域名（bucket.oss-REGION.aliyuncs.com），此类账号不能通过它调用数据类 API。OSS 公布了该错误的 Code 和 EC，没有公布 Message 文本。`,
    solution:
      '为 Bucket 绑定自定义域名（CNAME）并发往该域名（目标选择“自定义域名”，并在 Bucket 上配置本页来源的跨域规则），或在阿里云内网中改用内网访问域名。',
  },
  'v1-closed': {
    cause: `使用 V1 签名的表单（OSSAccessKeyId 和 Signature）来自 ${V1_CLOSED_TO_ACCOUNTS_FROM} 当天或之后开通的账号，或发往 ${V1_CLOSED_TO_BUCKETS_FROM} 当天或之后创建的 Bucket：V1 签名对它们已不开放。OSS 的 EC 页面给出了 403 和 EC，没有给出 Code 和 Message。`,
    solution:
      '改用 V4 签名：在表单和 policy 中加入 x-oss-signature-version、x-oss-credential、x-oss-date，并用 x-oss-signature 代替 OSSAccessKeyId 和 Signature。',
  },
  'user-meta-too-large': {
    cause: `x-oss-meta-* 表单域的名称和值合计超过 ${sizeInWords(USER_META_MAX_BYTES)}。OSS 的 EC 页面给出了 EC 和该限制，没有给出 Code 和 Message。`,
    solution: '让用户元数据保持简短（只放 ID 之类），较大的数据存入 Object 本身或您的数据库。',
  },
};
