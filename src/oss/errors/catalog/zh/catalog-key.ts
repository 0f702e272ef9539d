// The shape of a catalog entry's Chinese text. Each zh/ file keys its texts by the entry's id
// (CatalogEntry.id), so no OSS Code or Message is typed a second time.
// https://help.aliyun.com/zh/oss/user-guide/overview-14

/**
 * The Chinese cause and solution of one catalog entry (the Code, Message and EC stay as OSS sends them).
 *
 * @example
 * const text: ChineseText = { cause: 'policy 表单域为空。', solution: '在 policy 表单域中发送 policy JSON 的 Base64 编码。' };
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export interface ChineseText {
  cause: string;
  solution: string;
}
