import type { BuilderValues } from './builder-schema.ts';
import { conditionField } from '../../oss/index.ts';
import { rowToCondition } from './condition-rows.ts';

/** DOM ids of the page's inputs, so checks and errors can point at (and focus) them. */
export const INPUT_IDS = {
  endpoint: 'target-endpoint',
  bucket: 'target-bucket',
  region: 'target-region',
  signatureVersion: 'signature-version',
  accessKeyId: 'access-key-id',
  accessKeySecret: 'access-key-secret',
  securityToken: 'security-token',
  key: 'object-key',
  expirationAmount: 'expiration-amount',
  expirationAbsolute: 'expiration-absolute',
  policyJson: 'policy-json',
  file: 'upload-file',
  sendOrder: 'send-order',
  callbackUrl: 'callback-url',
} as const;

/**
 * Not a form field: the page's "send fields in a custom order" choice, named where a refusal's
 * cause is the order the fields are sent in (parentheses keep it apart from any field name).
 */
export const SEND_ORDER_FIELD = '(send order)';

export const conditionInputId = (index: number) => `condition-${index}`;
export const extraFieldInputId = (index: number) => `extra-field-${index}-value`;

const FORM_FIELD_TO_INPUT: Record<string, string> = {
  key: INPUT_IDS.key,
  bucket: INPUT_IDS.bucket,
  region: INPUT_IDS.region,
  endpoint: INPUT_IDS.endpoint,
  ossaccesskeyid: INPUT_IDS.accessKeyId,
  'x-oss-credential': INPUT_IDS.accessKeyId,
  accesskeyid: INPUT_IDS.accessKeyId,
  signature: INPUT_IDS.accessKeySecret,
  'x-oss-signature': INPUT_IDS.accessKeySecret,
  'x-oss-signature-version': INPUT_IDS.signatureVersion,
  'x-oss-security-token': INPUT_IDS.securityToken,
  policy: INPUT_IDS.policyJson,
  file: INPUT_IDS.file,
  callback: INPUT_IDS.callbackUrl,
  [SEND_ORDER_FIELD]: INPUT_IDS.sendOrder,
};

/**
 * The input to focus for a form-field name a check or an error mentions (`key`,
 * `x-oss-meta-a`, `expiration`, `content-length-range`…), or null when none shows it.
 */
export function inputIdForField(name: string, values: BuilderValues): string | null {
  const lower = name.replace(/^\$/, '').toLowerCase();
  if (lower === 'expiration' || lower === 'x-oss-date') {
    return values.expiration.mode === 'absolute'
      ? INPUT_IDS.expirationAbsolute
      : INPUT_IDS.expirationAmount;
  }
  const fieldIndex = values.fields.findIndex((field) => field.name.trim().toLowerCase() === lower);
  if (fieldIndex >= 0) return extraFieldInputId(fieldIndex);
  if (lower === 'content-length-range' || lower === 'conditions') {
    const row = values.conditions.findIndex((c) => c.kind === 'content-length-range');
    if (row >= 0 || lower === 'conditions') return conditionInputId(Math.max(row, 0));
  }
  if (FORM_FIELD_TO_INPUT[lower]) return FORM_FIELD_TO_INPUT[lower];
  const rowIndex = values.conditions.findIndex((row) => {
    const condition = rowToCondition(row);
    return condition !== null && conditionField(condition) === lower;
  });
  return rowIndex >= 0 ? conditionInputId(rowIndex) : null;
}
