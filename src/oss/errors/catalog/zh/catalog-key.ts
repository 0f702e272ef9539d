// The key that ties a catalog entry to its Chinese text: code, EC and message, all verbatim as OSS
// sends them, so the Chinese column never depends on the English cause or on catalog order.
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

/**
 * The lookup key of a catalog entry: `code|ec|message` (an entry without an EC leaves the middle empty).
 *
 * @example
 * catalogKey({ code: 'FieldItemTooLong', ec: '0006-00000110', message: 'Your name of form field is too long' })
 * // 'FieldItemTooLong|0006-00000110|Your name of form field is too long'
 * catalogKey({ code: 'InvalidObjectName', message: 'The Object name can not be empty' })
 * // 'InvalidObjectName||The Object name can not be empty'
 * @see https://help.aliyun.com/document_detail/32005.html
 */
export function catalogKey(entry: { code: string; ec?: string; message: string }): string {
  return `${entry.code}|${entry.ec ?? ''}|${entry.message}`;
}
