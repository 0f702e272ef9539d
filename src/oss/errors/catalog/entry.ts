// Helpers that turn the catalog's compact rows into CatalogEntry records.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';

/**
 * The OSS HTTP 400 error reference the seed entries come from.
 *
 * @example
 * SEED_DOC_URL // 'https://www.alibabacloud.com/help/en/oss/support/http-status-code-400'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const SEED_DOC_URL = 'https://www.alibabacloud.com/help/en/oss/support/http-status-code-400';

/**
 * Optional parts of a row: the EC, the form fields it points at, a status and doc other than the default.
 *
 * @example
 * const options: EntryOptions = { ec: '0002-00000706', fields: ['OSSAccessKeyId'] };
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export interface EntryOptions {
  ec?: string;
  fields?: string[];
  status?: number;
  docUrl?: string;
}

/**
 * One catalog record. The doc link is the EC's troubleshooting page when an EC is known, else
 * `options.docUrl`, else the HTTP 400 reference.
 *
 * @example
 * catalogEntry('InvalidObjectName', 'The Object name can not be empty', 'No key.', 'Fill in key.',
 *   { fields: ['key'] }).docUrl
 * // 'https://www.alibabacloud.com/help/en/oss/support/http-status-code-400'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export function catalogEntry(
  code: string,
  message: string,
  cause: string,
  solution: string,
  options: EntryOptions = {},
): CatalogEntry {
  const entry: CatalogEntry = {
    code,
    message,
    status: options.status ?? 400,
    cause,
    solution,
    docUrl:
      options.ec !== undefined
        ? `https://api.aliyun.com/troubleshoot?q=${options.ec}`
        : (options.docUrl ?? SEED_DOC_URL),
    fields: options.fields ?? [],
  };
  if (options.ec !== undefined) entry.ec = options.ec;
  return entry;
}
