import {
  BUCKET_NAME_MAX_LENGTH,
  BUCKET_NAME_MIN_LENGTH,
  OBJECT_KEY_MAX_BYTES,
  OBJECT_KEY_MIN_BYTES,
  SIZE_LIMITS,
  sizeInWords,
} from '../../oss/index.ts';
import { BUCKET_RULES_URL, CHOICE_PREFIX } from './builder-schema.ts';
import type { FORM_SCHEMA_TEXTS } from './texts-en.ts';

/** The texts of `FORM_SCHEMA_TEXTS`, in the reader's language. */
export type SchemaTexts = typeof FORM_SCHEMA_TEXTS;

/**
 * A validation message of the builder schema (an id of `FORM_SCHEMA_TEXTS`, or `choice:` and the
 * choices) in the reader's words; any other text is shown as it is.
 * @example sayFormError('regionMissing', textsNow(FORM_SCHEMA_TEXTS)) // 'Choose a region, e.g. cn-hangzhou.'
 */
export function sayFormError(message: string | undefined, texts: SchemaTexts): string | undefined {
  if (!message) return undefined;
  if (message.startsWith(CHOICE_PREFIX)) {
    return texts.choice({ choices: message.slice(CHOICE_PREFIX.length) });
  }
  // The limits are the core's records, printed, never typed again.
  if (message === 'bucketLength') {
    const [min, max] = [BUCKET_NAME_MIN_LENGTH, BUCKET_NAME_MAX_LENGTH];
    return texts.bucketLength({ min, max, url: BUCKET_RULES_URL });
  }
  if (message === 'keyLength') {
    return texts.keyLength({ min: OBJECT_KEY_MIN_BYTES, max: OBJECT_KEY_MAX_BYTES });
  }
  if (message === 'fieldNameTooLong') {
    return texts.fieldNameTooLong({ max: sizeInWords(SIZE_LIMITS.fieldName.max) });
  }
  if (message === 'fieldValueTooLong') {
    return texts.fieldValueTooLong({ max: sizeInWords(SIZE_LIMITS.fieldValue.max) });
  }
  if (message === 'userMetaTooLarge') {
    return texts.userMetaTooLarge({ max: sizeInWords(SIZE_LIMITS.userMeta.max) });
  }
  const text: unknown = texts[message as keyof SchemaTexts];
  return typeof text === 'string' ? text : message;
}
