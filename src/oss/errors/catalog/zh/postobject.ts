// Chinese cause and solution of every entry in ../postobject.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';
import { CALLBACK_ANSWER_MAX_BYTES } from '../../../callback/callback-messages.ts';
import { sizeInWords } from '../../../limits.ts';

/**
 * The Chinese texts of POST_OBJECT_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * POSTOBJECT_ZH['invalid-argument-0006-00000117'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const POSTOBJECT_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-argument-0006-00000117': {
    cause: 'x-oss-forbid-overwrite 的值不是 true 或 false。',
    solution: '发送 true 或 false，或不设置该表单域。',
  },
  'invalid-argument-x-oss-object-acl': {
    cause: 'x-oss-object-acl 不是合法的读写权限（ACL）取值。',
    solution: '使用 default、private、public-read 或 public-read-write。',
  },
  'invalid-argument-x-oss-storage-class': {
    cause: 'x-oss-storage-class 不是 OSS 支持的存储类型。',
    solution: '使用 Standard、IA、Archive 或 ColdArchive（拼写须完全一致）。',
  },
  'kms-service-not-enabled-in-post': {
    cause: 'x-oss-server-side-encryption 为 KMS，但该账号未开通 KMS。',
    solution: '开通 KMS，或改用 AES256。',
  },
  'file-already-exists-object-specified-already-exists': {
    cause: 'x-oss-forbid-overwrite 为 true，且已存在同名 Object。',
    solution:
      '换一个 key（例如加入 ${filename} 或唯一前缀），或去掉 x-oss-forbid-overwrite 以覆盖该 Object。',
  },
  'file-already-exists-empty': {
    cause: 'x-oss-forbid-overwrite 为 true，且已存在同名 Object。',
    solution: '换一个 key，或去掉 x-oss-forbid-overwrite 以覆盖该 Object。',
  },
  'file-immutable': {
    cause: '合规保留策略（WORM）保护着同名的现有 Object，因此无法覆盖。',
    solution: '使用其他 key 上传，或等待保留期结束。',
  },
  'callback-failed-empty': {
    cause:
      'Object 已存储成功，但回调您的服务器失败（无法访问、超时、返回非 200，或响应体不是 JSON）。',
    solution: '确认回调服务器可通过公网访问，并在 5 秒内返回 200 和 JSON；上传本身已经成功。',
  },
  'access-forbidden': {
    cause: 'Bucket 的跨域规则中，没有一条能匹配页面来源、请求方法或某个请求头。',
    solution:
      '添加一条跨域规则：来源为本页面的来源（协议、域名和端口），允许 Methods 包含 POST，允许 Headers 为 *。',
  },
  'internal-error': {
    cause: 'OSS（或沙箱）处理请求时出错。',
    solution: '重试；如果持续出现，请提供 RequestId 反馈问题。',
  },
  'method-not-allowed': {
    cause:
      'POST 请求到达存储空间时完全没有 Content-Type 请求头（OSS 会在响应中给出方法和资源类型），或者该资源不支持所用的方法。',
    solution:
      '以 multipart/form-data 发送上传：FormData 请求体（或 HTTP 库的 multipart 工具）会自动设置带 boundary 的 Content-Type；下载请对 Object 的 URL 使用 GET 或 HEAD。',
  },
  'callback-failed-error-status-1-oss': {
    cause:
      'Object 已存储成功，但 OSS 无法连接任何一个回调地址：主机名无法解析、该端口无服务监听，或连接被防火墙丢弃。',
    solution:
      '确认每个 callbackUrl 都能从公网访问（不能是 localhost 或内网地址），且服务器在该端口上运行；上传本身已经成功。',
  },
  'callback-failed-error-status-1-8': {
    cause: 'Object 已存储成功，但回调服务器没有在 5 秒内响应。',
    solution: '尽快响应回调（耗时的工作放到响应之后），并检查 OSS 与服务器之间没有设备卡住请求。',
  },
  'callback-failed-error-status-500': {
    cause:
      'Object 已存储成功，但回调服务器返回了 2xx 以外的 HTTP 状态码（即消息中的数字）；校验签名的服务器在签名校验失败时会返回 403。',
    solution:
      '在回调服务器的日志中查看该请求；让它返回 200 和 JSON 响应体，并确认它使用 x-oss-pub-key-url 指向的公钥校验签名。',
  },
  'callback-failed-response-body-not-valid': {
    cause: 'Object 已存储成功，回调服务器也返回了 2xx，但响应体不是 JSON。',
    solution:
      '让回调服务器返回 JSON 响应体（例如 {"Status":"OK"}），并设置 Content-Type 为 application/json。',
  },
  'callback-failed-response-body-too-large': {
    cause: `Object 已存储成功，但回调服务器的响应超过了 OSS 能转发的大小（${sizeInWords(CALLBACK_ANSWER_MAX_BYTES)}）。`,
    solution: '返回简短的 JSON 响应体；较大的结果请另发请求从您的服务器获取。',
  },
};
