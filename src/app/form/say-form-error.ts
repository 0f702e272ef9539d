import {
  BUCKET_NAME_MAX_LENGTH,
  BUCKET_NAME_MIN_LENGTH,
  OBJECT_KEY_MAX_BYTES,
  OBJECT_KEY_MIN_BYTES,
} from '../../oss/index.ts';
import { BUCKET_RULES_URL, CHOICE_PREFIX } from './builder-schema.ts';
import type { schemaMessages } from './messages.ts';

/** The texts of `schemaMessages`, in the reader's language. */
export type SchemaTexts = ReturnType<typeof schemaMessages.get>;

/**
 * A validation message of the builder schema (an id of `schemaMessages`, or `choice:` and the
 * choices) in the reader's words; any other text is shown as it is.
 * @example sayFormError('regionMissing', schemaMessages.get()) // 'Choose a region, e.g. cn-hangzhou.'
 */
export function sayFormError(message: string | undefined, texts: SchemaTexts): string | undefined {
  if (!message) return undefined;
  if (message.startsWith(CHOICE_PREFIX)) {
    return texts.choice({ choices: message.slice(CHOICE_PREFIX.length) });
  }
  if (message === 'bucketLength') {
    const [min, max] = [BUCKET_NAME_MIN_LENGTH, BUCKET_NAME_MAX_LENGTH];
    return texts.bucketLength({ min, max, url: BUCKET_RULES_URL });
  }
  if (message === 'keyLength') {
    return texts.keyLength({ min: OBJECT_KEY_MIN_BYTES, max: OBJECT_KEY_MAX_BYTES });
  }
  const text: unknown = texts[message as keyof SchemaTexts];
  return typeof text === 'string' ? text : message;
}
