// The limits the checks' sentences name, in words, from their one home (../limits.ts): both
// languages' tables take them from here, so a changed limit changes every sentence that names it.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
import {
  CALLBACK_MAX_BYTES,
  CALLBACK_MAX_URLS,
  FIELD_NAME_MAX_BYTES,
  FIELD_VALUE_MAX_BYTES,
  NON_FILE_FIELDS_WARN_BYTES,
  OBJECT_MAX_BYTES,
  PRE_FILE_DATA_MAX_BYTES,
  sizeInWords,
  USER_META_MAX_BYTES,
} from '../limits.ts';

/**
 * Each size limit a check names, as OSS's documentation writes it ('8 KB', '5 GB').
 *
 * @example LIMIT_WORDS.fieldValue // '2 MB'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const LIMIT_WORDS = {
  fieldName: sizeInWords(FIELD_NAME_MAX_BYTES),
  fieldValue: sizeInWords(FIELD_VALUE_MAX_BYTES),
  preFile: sizeInWords(PRE_FILE_DATA_MAX_BYTES),
  nonFile: sizeInWords(NON_FILE_FIELDS_WARN_BYTES),
  userMeta: sizeInWords(USER_META_MAX_BYTES),
  object: sizeInWords(OBJECT_MAX_BYTES),
  callback: sizeInWords(CALLBACK_MAX_BYTES),
  callbackUrls: CALLBACK_MAX_URLS,
} as const;
