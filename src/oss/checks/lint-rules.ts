// The policy ⇄ form lint: fields the policy leaves open, and conditions the form cannot satisfy —
// the same test OSS runs, on the values before `${filename}` expansion.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { formatCondition, matchCondition, readCondition } from '../policy/condition-match.ts';
import { AUTH_FIELD_NAMES, canonicalFieldName } from '../form/field-names.ts';
import { POSTOBJECT_DOC_URL, V4_SIGNATURE_DOC_URL } from '../limits.ts';
import { FILENAME_TEMPLATE } from '../form/object-key.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import type { CheckRule, Finding, LintContext } from './rule.ts';
import { conditionNameParams, describeCondition, rowOf } from './condition-names.ts';
import { suggestKeyPrefix } from './key-prefix.ts';
import { sayFrom } from '../texts.ts';
import { LINT_TEXTS } from './texts-en.ts';

const say = sayFrom(LINT_TEXTS);

/** Fields that carry the authorization itself; the policy cannot (or need not) cover them. */
const AUTH_FIELDS = new Set([...AUTH_FIELD_NAMES, 'file'].map((name) => name.toLowerCase()));
const V4_FIELDS = ['x-oss-signature-version', 'x-oss-credential', 'x-oss-date'];

interface Tested {
  condition: PolicyCondition;
  index: number;
  field: string;
}

function testedFields(context: LintContext): Tested[] {
  return context.policy.conditions.flatMap((condition, index) => {
    const test = readCondition(condition);
    return test.op === 'unknown' || test.op === 'content-length-range'
      ? []
      : [{ condition, index, field: test.field }];
  });
}

/** The value a condition sees: the form's field, or the target bucket for `bucket`. */
function lookupFor(context: LintContext) {
  return (name: string) =>
    name.toLowerCase() === 'bucket' ? context.bucket : context.field(name)?.value;
}

function keyHasTemplate(context: LintContext): boolean {
  return (context.field('key')?.value ?? '').includes(FILENAME_TEMPLATE);
}

/** The key's literal text before `${filename}` (the whole key when it has no template). */
function keyLiteral(context: LintContext): string {
  const key = context.field('key')?.value ?? '';
  const at = key.indexOf(FILENAME_TEMPLATE);
  return at < 0 ? key : key.slice(0, at);
}

/**
 * Does a failing key condition fail because OSS sees `${filename}` unexpanded? Only when some file
 * name could have satisfied it: the condition's value continues the key's literal prefix.
 */
function blamesTemplate(context: LintContext, t: Tested): boolean {
  if (t.field !== 'key' || !keyHasTemplate(context)) return false;
  const test = readCondition(t.condition);
  const literal = keyLiteral(context);
  if (test.op === 'eq' || test.op === 'starts-with') return test.value.startsWith(literal);
  if (test.op === 'in') return test.values.some((value) => value.startsWith(literal));
  return false;
}

/** A key outside a `starts-with $key` prefix (not a `${filename}` matter). */
function isKeyPrefixMismatch(context: LintContext, t: Tested): boolean {
  return (
    t.field === 'key' &&
    readCondition(t.condition).op === 'starts-with' &&
    !blamesTemplate(context, t)
  );
}

/** A Content-Type condition the sender meets with the chosen file's type. */
function fromFile(context: LintContext, t: Tested): boolean {
  return t.field === 'content-type' && context.contentTypeFromFile === true;
}

/** Mismatched conditions that a dedicated rule explains better than the generic one. */
function hasOwnRule(context: LintContext, t: Tested): boolean {
  if (t.field === 'bucket') return true;
  if (blamesTemplate(context, t) || isKeyPrefixMismatch(context, t)) return true;
  if (fromFile(context, t)) return true;
  return context.version === 'v4' && V4_FIELDS.includes(t.field);
}

function failing(context: LintContext, reason: 'missing' | 'mismatch'): Tested[] {
  const lookup = lookupFor(context);
  return testedFields(context).filter((t) => {
    const outcome = matchCondition(t.condition, lookup);
    return !outcome.ok && outcome.reason === reason;
  });
}

/** The parameters naming a failing condition: its row, its words and OSS's echo of it. */
const failedParams = (context: LintContext, t: Tested) => ({
  ...conditionNameParams(context, t.index),
  failed: formatCondition(t.condition),
});

/**
 * The lint rules, one per way a policy and a form disagree.
 *
 * @example runRules(LINT_RULES, lintContext).map((c) => c.id) // e.g. ['lint.field-unconstrained']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const LINT_RULES: CheckRule<LintContext>[] = [
  {
    id: 'lint.field-unconstrained',
    severity: 'warning',
    ...say('field-unconstrained'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (context) => {
      const tested = new Set(testedFields(context).map((t) => t.field));
      return context.fields
        .filter((f) => !AUTH_FIELDS.has(f.name.toLowerCase()) && !tested.has(f.name.toLowerCase()))
        .map((f): Finding => {
          const named = { field: canonicalFieldName(f.name), name: f.name.toLowerCase() };
          return {
            ...(f.value.length > 60
              ? say('field-unconstrained.found-long', named)
              : say('field-unconstrained.found', { ...named, value: JSON.stringify(f.value) })),
            fields: [named.field],
          };
        });
    },
  },
  {
    id: 'lint.condition-field-missing',
    severity: 'error',
    ...say('condition-field-missing'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (context) =>
      failing(context, 'missing')
        .filter((t) => t.field !== 'bucket' && !fromFile(context, t))
        .map((t) => ({
          ...say('condition-field-missing.found', {
            ...failedParams(context, t),
            field: canonicalFieldName(t.field),
          }),
          fields: [canonicalFieldName(t.field)],
          ...rowOf(context, t.index),
        })),
  },
  {
    id: 'lint.condition-unsatisfied',
    severity: 'error',
    ...say('condition-unsatisfied'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (context) =>
      failing(context, 'mismatch')
        .filter((t) => !hasOwnRule(context, t))
        .map((t) => ({
          ...say('condition-unsatisfied.found', {
            ...failedParams(context, t),
            field: canonicalFieldName(t.field),
            value: context.field(t.field)?.value ?? '',
          }),
          fields: [canonicalFieldName(t.field)],
          ...rowOf(context, t.index),
        })),
  },
  {
    id: 'lint.key-outside-prefix',
    severity: 'error',
    ...say('key-outside-prefix'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['key'],
    find: (context) =>
      failing(context, 'mismatch')
        .filter((t) => isKeyPrefixMismatch(context, t))
        .map((t) => {
          const key = context.field('key')?.value ?? '';
          const required = describeCondition(t.condition).replace(/^starts-with key /, '');
          return {
            ...say('key-outside-prefix.found', {
              ...failedParams(context, t),
              key,
              required,
              prefix: suggestKeyPrefix(key),
            }),
            ...rowOf(context, t.index),
          };
        }),
  },
  {
    id: 'lint.filename-template',
    severity: 'error',
    ...say('filename-template'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['key'],
    find: (context) =>
      failing(context, 'mismatch')
        .filter((t) => blamesTemplate(context, t))
        .map((t) => ({
          ...say('filename-template.found', {
            ...conditionNameParams(context, t.index),
            key: context.field('key')?.value ?? '',
          }),
          ...rowOf(context, t.index),
        })),
  },
  {
    id: 'lint.v4-condition-missing',
    severity: 'error',
    ...say('v4-condition-missing'),
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: [],
    find: (context) => {
      if (context.version !== 'v4') return [];
      const tested = new Set(
        testedFields(context)
          .filter((t) => t.condition && readCondition(t.condition).op === 'eq')
          .map((t) => t.field),
      );
      return V4_FIELDS.filter((name) => !tested.has(name)).map((name) => ({
        ...say('v4-condition-missing.found', {
          field: name,
          value: context.field(name)?.value ?? '…',
        }),
        fields: [name],
      }));
    },
  },
  {
    id: 'lint.v4-condition-mismatch',
    severity: 'error',
    ...say('v4-condition-mismatch'),
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: [],
    find: (context) =>
      context.version !== 'v4'
        ? []
        : [...failing(context, 'mismatch'), ...failing(context, 'missing')]
            .filter((t) => V4_FIELDS.includes(t.field))
            .map((t) => {
              const named = { ...conditionNameParams(context, t.index), field: t.field };
              const value = context.field(t.field)?.value;
              return {
                ...(value === undefined
                  ? say('v4-condition-mismatch.found-not-sent', named)
                  : say('v4-condition-mismatch.found', { ...named, value })),
                fields: [t.field],
                ...rowOf(context, t.index),
              };
            }),
  },
  {
    id: 'lint.bucket-mismatch',
    severity: 'error',
    ...say('bucket-mismatch'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['bucket'],
    find: (context) =>
      [...failing(context, 'mismatch'), ...failing(context, 'missing')]
        .filter((t) => t.field === 'bucket')
        .map((t) => ({
          ...say('bucket-mismatch.found', { ...failedParams(context, t), bucket: context.bucket }),
          ...rowOf(context, t.index),
        })),
  },
  {
    id: 'lint.content-type-fixed',
    severity: 'warning',
    ...say('content-type-fixed'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['Content-Type'],
    find: (context) => {
      const fixed = context.field('content-type');
      if (!fixed) return [];
      return testedFields(context)
        .filter((t) => t.field === 'content-type')
        .map((t) => ({
          ...say('content-type-fixed.found', {
            ...conditionNameParams(context, t.index),
            value: fixed.value,
          }),
          ...rowOf(context, t.index),
        }));
    },
  },
  {
    id: 'lint.content-type-from-file',
    severity: 'info',
    ...say('content-type-from-file'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['Content-Type'],
    find: (context) =>
      context.contentTypeFromFile && !context.field('content-type')
        ? testedFields(context)
            .filter((t) => t.field === 'content-type')
            .map((t) => ({
              ...say('content-type-from-file.found', conditionNameParams(context, t.index)),
              ...rowOf(context, t.index),
            }))
        : [],
  },
  {
    id: 'lint.sts-token-unconstrained',
    severity: 'info',
    ...say('sts-token-unconstrained'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-security-token'],
    find: (context) =>
      context.field('x-oss-security-token') &&
      !testedFields(context).some((t) => t.field === 'x-oss-security-token')
        ? [{}]
        : [],
  },
];
