import { SIZE_LIMITS } from '../../oss/index.ts';
import { BUCKET_RULES_URL, CHOICE_PREFIX } from './builder-schema.ts';
import type { schemaMessages } from './messages.ts';

/** Bytes as OSS writes its limits: 8 KB, 2 MB. */
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;

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
  if (message === 'bucketLength') return texts.bucketLength({ url: BUCKET_RULES_URL });
  // The limits are the core's records, printed, never typed again.
  if (message === 'fieldNameTooLong')
    return texts.fieldNameTooLong({ max: size(SIZE_LIMITS.fieldName.max) });
  if (message === 'fieldValueTooLong') {
    return texts.fieldValueTooLong({ max: size(SIZE_LIMITS.fieldValue.max) });
  }
  if (message === 'userMetaTooLarge')
    return texts.userMetaTooLarge({ max: size(SIZE_LIMITS.userMeta.max) });
  const text: unknown = texts[message as keyof SchemaTexts];
  return typeof text === 'string' ? text : message;
}
