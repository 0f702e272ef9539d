// Allowed values of the object fields: ACL, storage class, encryption, overwrite, status.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
// The allowed values, fields and doc links are the records the verdict and the page read too
// (form/field-rules.ts); only the sentences are the checks' own.
import { POSTOBJECT_DOC_URL, SUCCESS_ACTION_STATUSES } from '../limits.ts';
import {
  FIELD_VALUE_RULES,
  KMS_KEY_RULE,
  kmsKeyWithoutKms,
  type ValueRuleId,
} from '../form/field-rules.ts';
import type { CheckContext, CheckRule, Finding } from './rule.ts';
import { when } from './rule.ts';
import { sayFrom } from '../texts.ts';
import { CHECKS_TEXTS } from './texts-en.ts';

const say = sayFrom(CHECKS_TEXTS);

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

/** The case sentence of a value rule: the value sent, and the allowed ones where it names them. */
const found = (id: ValueRuleId, allowed: readonly string[]) => (value: string) =>
  id === 'value.forbid-overwrite'
    ? say('value.forbid-overwrite.found', { value })
    : say(`${id}.found`, { value, allowed: list(allowed) });

/**
 * Value rules for the object fields.
 *
 * @example runRules(VALUE_RULES, context).map((c) => c.id) // e.g. ['value.success-action-status']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const VALUE_RULES: CheckRule[] = [
  ...FIELD_VALUE_RULES.map((rule): CheckRule => ({
    id: rule.id,
    severity: 'error',
    ...say(rule.id),
    docUrl: rule.docUrl,
    fields: [rule.field],
    find: (c) => notOneOf(c, rule.field, rule.allowed, found(rule.id, rule.allowed)),
  })),
  {
    id: KMS_KEY_RULE.id,
    severity: 'error',
    ...say('value.sse-key-without-kms'),
    docUrl: KMS_KEY_RULE.docUrl,
    fields: [...KMS_KEY_RULE.fields],
    find: (c) => when(kmsKeyWithoutKms(c.field)),
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
