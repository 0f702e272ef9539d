import { OSS_REFUSALS, type Verdict } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { SEND_ORDER_FIELD } from '../form/field-ids.ts';

// What OSS answers when the key does not come before the file (it reads no field after it).
const KEY_ORDER_MESSAGES: readonly string[] = [
  OSS_REFUSALS.keyMissing.message,
  OSS_REFUSALS.malformedMultipart.message,
];

/**
 * A refusal pointed at its cause: when the fields are sent in a custom order and OSS misses the
 * key (it reads nothing after the file), the cause is the "send fields in a custom order" choice,
 * not the Object key input the core names.
 * @example pointAtCause(keyMissingVerdict, 'key-after-file').fields // ['(send order)']
 */
export function pointAtCause(
  verdict: Verdict | null,
  sendOrder: BuilderValues['sendOrder'],
): Verdict | null {
  if (!verdict || verdict.ok || sendOrder === 'standard') return verdict;
  if (!KEY_ORDER_MESSAGES.includes(verdict.message)) return verdict;
  return { ...verdict, fields: [SEND_ORDER_FIELD] };
}
