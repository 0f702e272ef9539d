// The Chinese page of every OSS documentation link the core gives, for readers who chose 简体中文:
// help.aliyun.com/zh/… (or the help.aliyun.com document id when that is the page found in Chinese).
// Pages were looked up in OSS's Chinese documentation; the EN and ZH sites share most paths.
// https://help.aliyun.com/zh/oss/developer-reference/postobject

const ZH = 'https://help.aliyun.com/zh/oss';

/** English page → Chinese page. One row per page the core links to. */
const CHINESE_PAGES: Readonly<Record<string, string>> = {
  'https://www.alibabacloud.com/help/en/oss/developer-reference/postobject': `${ZH}/developer-reference/postobject`,
  'https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend': `${ZH}/developer-reference/signature-version-4-recommend`,
  'https://help.aliyun.com/en/oss/developer-reference/signature-version-1': `${ZH}/developer-reference/signature-version-1`,
  'https://help.aliyun.com/en/oss/developer-reference/callback': `${ZH}/developer-reference/callback`,
  'https://www.alibabacloud.com/help/en/oss/developer-reference/callback': `${ZH}/developer-reference/callback`,
  'https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors': `${ZH}/developer-reference/putbucketcors`,
  'https://www.alibabacloud.com/help/en/oss/developer-reference/options': `${ZH}/developer-reference/options`,
  // The Chinese 跨域设置 page; its slug is the one the traditional-Chinese mirror uses.
  'https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing': `${ZH}/user-guide/cors-settings`,
  'https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called': `${ZH}/how-to-handle-common-errors-when-the-postobject-operation-is-called`,
  // "HTTP 400 错误" and "错误响应" are found in Chinese under their document ids.
  'https://www.alibabacloud.com/help/en/oss/support/http-status-code-400':
    'https://help.aliyun.com/document_detail/185228.html',
  'https://www.alibabacloud.com/help/en/doc-detail/185228.html':
    'https://help.aliyun.com/document_detail/185228.html',
  'https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses':
    'https://help.aliyun.com/document_detail/32005.html',
  'https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints': `${ZH}/user-guide/regions-and-endpoints`,
  'https://help.aliyun.com/en/oss/user-guide/use-alipay-mini-programs-to-upload-objects': `${ZH}/user-guide/use-alipay-mini-programs-to-upload-objects`,
  'https://www.alibabacloud.com/help/en/oss/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures': `${ZH}/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures`,
  'https://www.alibabacloud.com/help/en/oss/user-guide/map-custom-domain-names-5': `${ZH}/user-guide/map-custom-domain-names-5`,
};

// One page per OSS error code (EC), e.g. 0002-00000701, on either English site.
const EC_PAGE =
  /^https:\/\/(?:www\.alibabacloud\.com\/help|help\.aliyun\.com)\/en\/oss\/user-guide\/(\d{4}-\d{8})$/;
// OSS's own RecommendDoc link (OpenAPI troubleshooting) is served by the Chinese portal already.
const TROUBLESHOOT = /^https:\/\/api\.aliyun\.com\/troubleshoot\?q=/;

/**
 * Whether chineseDocUrl knows this link: a mapped page, an EC page, or OSS's troubleshooting link.
 *
 * @example
 * hasChineseDocUrl('https://help.aliyun.com/en/oss/user-guide/0002-00000701') // true
 * hasChineseDocUrl('https://example.com/') // false
 * @see https://help.aliyun.com/document_detail/32005.html
 */
export function hasChineseDocUrl(url: string): boolean {
  return url in CHINESE_PAGES || EC_PAGE.test(url) || TROUBLESHOOT.test(url);
}

/**
 * The Chinese documentation page for an English OSS doc link the core gives; any other URL
 * (already Chinese, OSS's api.aliyun.com troubleshooting link, or unknown) comes back unchanged.
 *
 * @example
 * chineseDocUrl('https://www.alibabacloud.com/help/en/oss/developer-reference/postobject')
 * // 'https://help.aliyun.com/zh/oss/developer-reference/postobject'
 * chineseDocUrl('https://help.aliyun.com/en/oss/user-guide/0002-00000701')
 * // 'https://help.aliyun.com/zh/oss/user-guide/0002-00000701'
 * chineseDocUrl('https://api.aliyun.com/troubleshoot?q=0002-00000705') // unchanged
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function chineseDocUrl(url: string): string {
  const page = CHINESE_PAGES[url];
  if (page !== undefined) return page;
  const ec = EC_PAGE.exec(url);
  if (ec) return `${ZH}/user-guide/${ec[1]}`;
  return url;
}
