// Helpers that turn the catalog's compact rows into CatalogEntry records.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import type { Refusal } from '../../evaluate/messages.ts';
import { ecDocUrl } from '../../limits.ts';

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
 * catalogEntry('key-empty', 'InvalidObjectName', 'The Object name can not be empty', 'No key.', 'Fill in key.',
 *   { fields: ['key'] }).docUrl
 * // 'https://www.alibabacloud.com/help/en/oss/support/http-status-code-400'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export function catalogEntry(
  id: string,
  code: string,
  message: string,
  cause: string,
  solution: string,
  options: EntryOptions = {},
): CatalogEntry {
  const entry: CatalogEntry = {
    id,
    code,
    message,
    status: options.status ?? 400,
    cause,
    solution,
    docUrl: options.ec !== undefined ? ecDocUrl(options.ec) : (options.docUrl ?? SEED_DOC_URL),
    fields: options.fields ?? [],
  };
  if (options.ec !== undefined) entry.ec = options.ec;
  return entry;
}

/**
 * A catalog record for an error the core itself produces: Code, Message, status and EC are read
 * from the core's record (OSS_REFUSALS, POLICY_OSS_ERRORS, …; status 400 when the record has
 * none), never typed a second time; only the cause, the solution and the fields are the catalog's own.
 *
 * @example
 * refusalEntry('file-already-exists', OSS_REFUSALS.fileExists, 'The key is taken.', 'Pick another key.', { fields: ['key'] }).status
 * // 409
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export function refusalEntry(
  id: string,
  refusal: Readonly<Omit<Refusal, 'status'> & { status?: number }>,
  cause: string,
  solution: string,
  options: Omit<EntryOptions, 'ec' | 'status'> = {},
): CatalogEntry {
  return catalogEntry(id, refusal.code, refusal.message, cause, solution, {
    ...options,
    status: refusal.status ?? 400,
    ...(refusal.ec !== undefined ? { ec: refusal.ec } : {}),
  });
}
