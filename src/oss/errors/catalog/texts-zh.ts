// The error catalogue's causes and solutions in Simplified Chinese, as the same table as
// texts-en.ts: each zh/ file keys its entries' texts by entry id, in the catalogue's own files.
// https://help.aliyun.com/document_detail/185228.html
import { translate } from '../../texts.ts';
import { CATALOG_TEXTS } from './texts-en.ts';
import { CATALOG_ZH } from './zh/index.ts';

/**
 * Every catalogue entry's cause and solution in Chinese, keyed as CATALOG_TEXTS.
 *
 * @example CATALOG_TEXTS_ZH['invalid-policy-document-0006-00000205.cause'] // 'policy 表单域为空。'
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const CATALOG_TEXTS_ZH = translate(
  CATALOG_TEXTS,
  Object.fromEntries(
    Object.entries(CATALOG_ZH).flatMap(([id, text]) => [
      [`${id}.cause`, text.cause],
      [`${id}.solution`, text.solution],
    ]),
  ),
);
