// Allowed values of the object fields: ACL, storage class, encryption, overwrite, status.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import {
  FORBID_OVERWRITE_VALUES,
  HTTP_400_DOC_URL,
  OBJECT_ACLS,
  POSTOBJECT_DOC_URL,
  SSE_ALGORITHMS,
  STORAGE_CLASSES,
  SUCCESS_ACTION_STATUSES,
  ecDocUrl,
} from '../limits.ts';
import type { CheckContext, CheckRule, Finding } from './rule.ts';
import { when } from './rule.ts';

function notOneOf(
  context: CheckContext,
  name: string,
  allowed: readonly string[],
  explain: (value: string) => string,
): Finding[] {
  const field = context.field(name);
  return field && !allowed.includes(field.value)
    ? [{ message: explain(field.value), fields: [field.name] }]
    : [];
}

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * Value rules for the object fields.
 *
 * @example runRules(VALUE_RULES, context).map((c) => c.id) // e.g. ['value.success-action-status']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const VALUE_RULES: CheckRule[] = [
  {
    id: 'value.acl',
    severity: 'error',
    message: 'x-oss-object-acl has a value OSS does not know.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-object-acl'],
    find: (c) =>
      notOneOf(
        c,
        'x-oss-object-acl',
        OBJECT_ACLS,
        (v) =>
          `x-oss-object-acl "${v}" is not an OSS ACL; use one of ${list(OBJECT_ACLS)} (values are case-sensitive).`,
      ),
  },
  {
    id: 'value.storage-class',
    severity: 'error',
    message: 'x-oss-storage-class has a value OSS does not know.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-storage-class'],
    find: (c) =>
      notOneOf(
        c,
        'x-oss-storage-class',
        STORAGE_CLASSES,
        (v) =>
          `x-oss-storage-class "${v}" is not a storage class; use one of ${list(STORAGE_CLASSES)}.`,
      ),
  },
  {
    id: 'value.sse',
    severity: 'error',
    message: 'x-oss-server-side-encryption has a value OSS does not know.',
    docUrl: HTTP_400_DOC_URL,
    fields: ['x-oss-server-side-encryption'],
    find: (c) =>
      notOneOf(
        c,
        'x-oss-server-side-encryption',
        SSE_ALGORITHMS,
        (v) =>
          `x-oss-server-side-encryption "${v}" is not supported (InvalidEncryptionAlgorithmError); use ${list(SSE_ALGORITHMS)}.`,
      ),
  },
  {
    id: 'value.sse-key-without-kms',
    severity: 'error',
    message:
      'x-oss-server-side-encryption-key-id is only valid with x-oss-server-side-encryption "KMS"; set KMS or remove the key id.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-server-side-encryption-key-id', 'x-oss-server-side-encryption'],
    find: (c) =>
      when(
        c.field('x-oss-server-side-encryption-key-id') !== undefined &&
          c.field('x-oss-server-side-encryption')?.value !== 'KMS',
      ),
  },
  {
    id: 'value.forbid-overwrite',
    severity: 'error',
    message: 'x-oss-forbid-overwrite must be "true" or "false".',
    docUrl: ecDocUrl('0006-00000117'),
    fields: ['x-oss-forbid-overwrite'],
    find: (c) =>
      notOneOf(
        c,
        'x-oss-forbid-overwrite',
        FORBID_OVERWRITE_VALUES,
        (v) =>
          `x-oss-forbid-overwrite "${v}" is neither "true" nor "false"; OSS rejects it (EC 0006-00000117).`,
      ),
  },
  {
    id: 'value.success-action-status',
    severity: 'warning',
    message: 'success_action_status is not 200, 201 or 204.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['success_action_status'],
    find: (c) =>
      notOneOf(
        c,
        'success_action_status',
        SUCCESS_ACTION_STATUSES,
        (v) =>
          `success_action_status "${v}" is not 200, 201 or 204, so OSS ignores it and answers 204 with an empty body. Use 200 (empty body that upload widgets accept) or 201 (XML PostResponse).`,
      ),
  },
  {
    id: 'value.tagging-unsupported',
    severity: 'warning',
    message:
      'x-oss-tagging cannot be specified in PostObject requests (API reference); tag the object afterwards with PutObjectTagging.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-tagging'],
    find: (c) => when(c.field('x-oss-tagging') !== undefined),
  },
];
