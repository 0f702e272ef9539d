// The OSS error catalog: every entry of the HTTP 400 reference plus the PostObject errors
// (https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called).
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import { ACCOUNT_ERA_ENTRIES } from './account-era.ts';
import { POST_OBJECT_AUTH_ENTRIES } from './postobject-auth.ts';
import { POST_OBJECT_POLICY_ENTRIES } from './postobject-policy.ts';
import { POST_OBJECT_ENTRIES } from './postobject.ts';
import { SEED_AUTH_ENTRIES } from './seed-auth.ts';
import { SEED_BUCKET_ENTRIES } from './seed-bucket.ts';
import { SEED_CALLBACK_ENTRIES } from './seed-callback.ts';
import { SEED_ENCRYPTION_ENTRIES } from './seed-encryption.ts';
import { SEED_LIVE_CHANNEL_ENTRIES } from './seed-live-channel.ts';
import { SEED_OBJECT_ENTRIES } from './seed-object.ts';
import { SEED_POST_FORM_ENTRIES } from './seed-post-form.ts';

/**
 * Every error the explainer knows: code and message verbatim, cause and solution in our words,
 * HTTP status, doc link and the form fields it points at. Seed entries come first (a code's first
 * entry is its general one), the PostObject entries after.
 *
 * @example
 * ERROR_CATALOG.filter((entry) => entry.code === 'InvalidObjectName').length // 3
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const ERROR_CATALOG: readonly CatalogEntry[] = Object.freeze([
  ...SEED_OBJECT_ENTRIES,
  ...SEED_POST_FORM_ENTRIES,
  ...SEED_AUTH_ENTRIES,
  ...SEED_CALLBACK_ENTRIES,
  ...SEED_ENCRYPTION_ENTRIES,
  ...SEED_BUCKET_ENTRIES,
  ...SEED_LIVE_CHANNEL_ENTRIES,
  ...POST_OBJECT_AUTH_ENTRIES,
  ...POST_OBJECT_POLICY_ENTRIES,
  ...POST_OBJECT_ENTRIES,
  ...ACCOUNT_ERA_ENTRIES,
]);

/**
 * The catalog entries with this code (exact first; if none, case-insensitive), in catalog order.
 *
 * @example
 * findCatalogEntries('FieldItemTooLong')[0].ec // '0006-00000110'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export function findCatalogEntries(code: string): CatalogEntry[] {
  const exact = ERROR_CATALOG.filter((entry) => entry.code === code);
  if (exact.length > 0) return exact;
  const lower = code.toLowerCase();
  return ERROR_CATALOG.filter((entry) => entry.code.toLowerCase() === lower);
}

export { CORS_NOT_ALLOWED_MESSAGE } from './postobject.ts';
