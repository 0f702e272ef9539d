// The error catalogue's own sentences (each entry's cause and solution) as a table of texts, keyed
// `<entry id>.cause` and `<entry id>.solution`, so the page shows them in the reader's language the
// way it shows every other sentence. The Codes, Messages and ECs are OSS's and are never texts.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
import { defineTexts } from '../../texts.ts';
import { ERROR_CATALOG } from './index.ts';

/**
 * Every catalogue entry's cause and solution in English, by entry id (CatalogEntry.id).
 *
 * @example CATALOG_TEXTS['invalid-policy-document-0006-00000205.cause'] // 'The policy field is empty.'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const CATALOG_TEXTS = defineTexts(
  'catalog',
  Object.fromEntries(
    ERROR_CATALOG.flatMap((entry) => [
      [`${entry.id}.cause`, entry.cause],
      [`${entry.id}.solution`, entry.solution],
    ]),
  ) as Readonly<Record<string, string>>,
);
