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
import { sayFrom } from '../texts.ts';
import { CHECK_TEXTS } from './texts-en.ts';

const say = sayFrom('checks', CHECK_TEXTS);

/** The value rules whose case sentence names the value and the allowed ones. */
type ListedKey = 'value.acl.found' | 'value.storage-class.found' | 'value.sse.found';

function notOneOf(
  context: CheckContext,
  name: string,
  allowed: readonly string[],
  explain: (value: string) => Finding,
): Finding[] {
  const field = context.field(name);
  return field && !allowed.includes(field.value)
    ? [{ ...explain(field.value), fields: [field.name] }]
    : [];
}

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** The value and the allowed ones, for the sentence of `key`. */
const listed = (key: ListedKey, allowed: readonly string[]) => (value: string) =>
  say(key, { value, allowed: list(allowed) });

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
    ...say('value.acl'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-object-acl'],
    find: (c) =>
      notOneOf(c, 'x-oss-object-acl', OBJECT_ACLS, listed('value.acl.found', OBJECT_ACLS)),
  },
  {
    id: 'value.storage-class',
    severity: 'error',
    ...say('value.storage-class'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-storage-class'],
    find: (c) =>
      notOneOf(
        c,
        'x-oss-storage-class',
        STORAGE_CLASSES,
        listed('value.storage-class.found', STORAGE_CLASSES),
      ),
  },
  {
    id: 'value.sse',
    severity: 'error',
    ...say('value.sse'),
    docUrl: HTTP_400_DOC_URL,
    fields: ['x-oss-server-side-encryption'],
    find: (c) =>
      notOneOf(
        c,
        'x-oss-server-side-encryption',
        SSE_ALGORITHMS,
        listed('value.sse.found', SSE_ALGORITHMS),
      ),
  },
  {
    id: 'value.sse-key-without-kms',
    severity: 'error',
    ...say('value.sse-key-without-kms'),
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
    ...say('value.forbid-overwrite'),
    docUrl: ecDocUrl('0006-00000117'),
    fields: ['x-oss-forbid-overwrite'],
    find: (c) =>
      notOneOf(c, 'x-oss-forbid-overwrite', FORBID_OVERWRITE_VALUES, (value) =>
        say('value.forbid-overwrite.found', { value }),
      ),
  },
  {
    id: 'value.success-action-status',
    severity: 'warning',
    ...say('value.success-action-status'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['success_action_status'],
    find: (c) =>
      notOneOf(c, 'success_action_status', SUCCESS_ACTION_STATUSES, (value) =>
        say('value.success-action-status.found', { value }),
      ),
  },
  {
    id: 'value.tagging-unsupported',
    severity: 'warning',
    ...say('value.tagging-unsupported'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-tagging'],
    find: (c) => when(c.field('x-oss-tagging') !== undefined),
  },
];
