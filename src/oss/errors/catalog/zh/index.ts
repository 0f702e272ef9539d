// The error catalog's Chinese column: every entry's cause and solution in Simplified Chinese, keyed
// by the entry's id (CatalogEntry.id), in the same order and files as the English catalog in ../index.ts.
// https://help.aliyun.com/document_detail/185228.html

import type { ChineseText } from './catalog-key.ts';
import { ACCOUNT_ERA_ZH } from './account-era.ts';
import { POSTOBJECT_AUTH_ZH } from './postobject-auth.ts';
import { POSTOBJECT_POLICY_ZH } from './postobject-policy.ts';
import { POSTOBJECT_ZH } from './postobject.ts';
import { SEED_AUTH_ZH } from './seed-auth.ts';
import { SEED_BUCKET_ZH } from './seed-bucket.ts';
import { SEED_CALLBACK_ZH } from './seed-callback.ts';
import { SEED_ENCRYPTION_ZH } from './seed-encryption.ts';
import { SEED_LIVE_CHANNEL_ZH } from './seed-live-channel.ts';
import { SEED_OBJECT_ZH } from './seed-object.ts';
import { SEED_POST_FORM_ZH } from './seed-post-form.ts';

/**
 * The Chinese texts of each zh/ file, in catalog order (the test checks no key is in two of them).
 *
 * @example CATALOG_ZH_PARTS.length // 11
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const CATALOG_ZH_PARTS: readonly Readonly<Record<string, ChineseText>>[] = [
  SEED_OBJECT_ZH,
  SEED_POST_FORM_ZH,
  SEED_AUTH_ZH,
  SEED_CALLBACK_ZH,
  SEED_ENCRYPTION_ZH,
  SEED_BUCKET_ZH,
  SEED_LIVE_CHANNEL_ZH,
  POSTOBJECT_AUTH_ZH,
  POSTOBJECT_POLICY_ZH,
  POSTOBJECT_ZH,
  ACCOUNT_ERA_ZH,
];

/**
 * Every catalog entry's Chinese cause and solution, keyed by its id (CatalogEntry.id).
 *
 * @example
 * CATALOG_ZH['invalid-policy-document-0006-00000205'].cause
 * // 'policy 表单域为空。'
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const CATALOG_ZH: Readonly<Record<string, ChineseText>> = Object.freeze(
  Object.assign({}, ...CATALOG_ZH_PARTS),
);

export type { ChineseText } from './catalog-key.ts';
export {
  ALLOWED_ENGLISH_WORDS,
  findEnglishLeftovers,
  MAX_ENGLISH_RUN,
} from './english-leftovers.ts';
