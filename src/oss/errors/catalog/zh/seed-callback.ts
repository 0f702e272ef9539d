// Chinese cause and solution of every entry in ../seed-callback.ts, keyed by the entry's id.
// Translated from our English cause and solution; Codes, Messages, EC codes, field and header names
// stay verbatim. Terms as in docs/glossary-zh.md.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';
import { CALLBACK_MAX_BYTES, CALLBACK_MAX_URLS, sizeInWords } from '../../../limits.ts';

/**
 * The Chinese texts of SEED_CALLBACK_ENTRIES, keyed by entry id (CatalogEntry.id).
 *
 * @example
 * SEED_CALLBACK_ZH['invalid-argument-callback-signature-version-invalid'].cause.length > 0 // true
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const SEED_CALLBACK_ZH: Readonly<Record<string, ChineseText>> = {
  'invalid-argument-callback-signature-version-invalid': {
    cause: 'callback 要求使用 OSS 不支持的签名版本。',
    solution: '使用回调签名版本 1.0 或 2.0，或不设置。',
  },
  'invalid-argument-callback-configuration-not-base64': {
    cause: 'callback 的值不是合法的 Base64。',
    solution: '对回调 JSON 的 UTF-8 字节做 Base64 编码，并将该字符串作为 callback 发送。',
  },
  'invalid-argument-callback-configuration-not-json': {
    cause: 'callback 能够 Base64 解码，但结果不是 JSON 对象。',
    solution: '编码一个 JSON 对象，例如 {"callbackUrl": "https://…", "callbackBody": "…"}。',
  },
  'invalid-argument-callback-url-configuration-invalid': {
    cause: '回调 JSON 中没有可用的 callbackUrl。',
    solution: '将 callbackUrl 设为回调服务器的 http(s) URL。',
  },
  'invalid-argument-callback-host-configuration-invalid': {
    cause: 'callbackHost 不是合法的主机名。',
    solution:
      '将 callbackHost 设为纯主机名（例如 example.com），或不设置，以使用 callbackUrl 中的主机。',
  },
  'invalid-argument-callback-body-type-configuration': {
    cause: 'callbackBodyType 的取值 OSS 不支持。',
    solution:
      '使用 application/x-www-form-urlencoded 或 application/json，或不设置 callbackBodyType。',
  },
  'invalid-argument-number-callback-url-exceed': {
    cause: `callbackUrl 中列出了超过 ${CALLBACK_MAX_URLS} 个 URL。`,
    solution: `最多列出 ${CALLBACK_MAX_URLS} 个 URL，以分号分隔。`,
  },
  'invalid-argument-can-not-get-ip': {
    cause: '回调主机名无法解析出地址。',
    solution: '使用有公网 DNS 记录的回调主机，或其公网 IP。',
  },
  'invalid-argument-private-address-forbidden-callback': {
    cause: '回调 URL 指向私网或内网地址。',
    solution: '将回调服务器部署在公网地址上；OSS 无法访问您的局域网或 localhost。',
  },
  'invalid-argument-length-callback-exceed-max': {
    cause: `Base64 编码后的 callback 值超过 ${sizeInWords(CALLBACK_MAX_BYTES)}。`,
    solution: `精简 callbackBody（更少的变量、更短的名称），使编码后的 callback 保持在 ${sizeInWords(CALLBACK_MAX_BYTES)} 以内。`,
  },
  'invalid-argument-callback-body-empty': {
    cause: '回调 JSON 中没有 callbackBody。',
    solution: '添加 callbackBody，例如“bucket=${bucket}&object=${object}”。',
  },
  'invalid-argument-callback-body-invalid': {
    cause: 'callbackBody 无法按原样使用，例如与其 callbackBodyType 不符。',
    solution: '按 callbackBodyType 将 callbackBody 写成表单编码文本或 JSON，并使用 ${…} 变量。',
  },
  'invalid-argument-length-callback-var-exceed': {
    cause: `自定义回调变量的总长度超过 ${sizeInWords(CALLBACK_MAX_BYTES)}。`,
    solution: '减少 x: 变量的个数或长度。',
  },
  'invalid-argument-callback-var-not-expecten': {
    cause: 'callback-var 的值不是由 "x:name": "value" 键值对组成的 JSON 对象。',
    solution:
      '在 PostObject 中，每个变量作为单独的 x:name 表单域发送；其他场景下，对一个键均以 x: 开头的扁平 JSON 对象做 Base64 编码。',
  },
  'invalid-argument-either-callback-query-string': {
    cause: '回调同时在 URL 和 x-oss-callback 请求头中指定。',
    solution: '回调只在一处指定。',
  },
  'invalid-argument-either-callback-var-query': {
    cause: '回调变量同时在 URL 和 x-oss-callback-var 请求头中指定。',
    solution: '回调变量只在一处指定。',
  },
  'invalid-argument-header-value-specified-by': {
    cause:
      'x-oss-persistent-headers 中的某个值不是合法的 UTF-8。x-oss-persistent-headers 用于为回调或镜像回源请求携带自定义请求头。',
    solution: '先将请求头的值编码为 UTF-8，再做 Base64 编码。',
  },
  'invalid-argument-header-value-specified-by-persistent': {
    cause: '某个持久化请求头与标准请求头重名，但取值不同。',
    solution: '两处使用相同的值，或去掉重复的那个。',
  },
  'invalid-argument-header-value-specified-by-persistent-header': {
    cause: '某个持久化请求头的值包含回车符或换行符。',
    solution: '删除请求头值中的换行。',
  },
  'invalid-argument-format-persistent-header-invalid': {
    cause: 'x-oss-persistent-headers 不是以逗号分隔的 name:Base64(value) 列表。',
    solution: '写成 name1:Base64(value1),name2:Base64(value2) 的形式。',
  },
  'invalid-argument-header-specified-by-persistent': {
    cause: '某个持久化请求头使用了标准 HTTP 头的名称，例如 Host、Origin 或 Range。',
    solution: '选用不属于标准 HTTP 头的自定义名称。',
  },
  'invalid-argument-header-specified-by-persistent-header': {
    cause: '某个持久化请求头的名称中含有 HTTP 头名称不允许的字符。',
    solution: '名称中只使用 token 字符（字母、数字、- 等）。',
  },
};
