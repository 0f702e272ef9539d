// The policy ⇄ form lint: fields the policy leaves open, and conditions the form cannot satisfy —
// the same test OSS runs, on the values before `${filename}` expansion.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { formatCondition, matchCondition, readCondition } from '../policy/condition-match.ts';
import { AUTH_FIELD_NAMES, canonicalFieldName } from '../form/field-names.ts';
import { POSTOBJECT_DOC_URL, V4_SIGNATURE_DOC_URL } from '../limits.ts';
import { FILENAME_TEMPLATE } from '../form/object-key.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import type { CheckRule, Finding, LintContext } from './rule.ts';
import { capitalize, describeCondition, nameCondition, rowOf } from './condition-names.ts';
import { suggestKeyPrefix } from './key-prefix.ts';

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

const denied = (condition: PolicyCondition) =>
  `OSS answers 403 AccessDenied "Invalid according to Policy: Policy Condition failed: ${formatCondition(condition)}".`;

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
    message: 'A form field is not constrained by any policy condition.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (context) => {
      const tested = new Set(testedFields(context).map((t) => t.field));
      return context.fields
        .filter((f) => !AUTH_FIELDS.has(f.name.toLowerCase()) && !tested.has(f.name.toLowerCase()))
        .map((f): Finding => ({
          message: `"${canonicalFieldName(f.name)}" is sent but no policy condition covers it, so anyone holding this signed policy can send any value. Add ["eq", "$${f.name.toLowerCase()}", ${f.value.length > 60 ? '"<its value>"' : JSON.stringify(f.value)}] (or starts-with / in) if the value matters.`,
          fields: [canonicalFieldName(f.name)],
        }));
    },
  },
  {
    id: 'lint.condition-field-missing',
    severity: 'error',
    message: 'A policy condition names a field the form does not send.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (context) =>
      failing(context, 'missing')
        .filter((t) => t.field !== 'bucket' && !fromFile(context, t))
        .map((t) => ({
          message: `${capitalize(nameCondition(context, t.index))} tests "${canonicalFieldName(t.field)}", which the form does not send; ${denied(t.condition)} Add the field or remove the condition.`,
          fields: [canonicalFieldName(t.field)],
          ...rowOf(context, t.index),
        })),
  },
  {
    id: 'lint.condition-unsatisfied',
    severity: 'error',
    message: 'A form field value does not satisfy its policy condition.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (context) =>
      failing(context, 'mismatch')
        .filter((t) => !hasOwnRule(context, t))
        .map((t) => ({
          message: `"${canonicalFieldName(t.field)}" is "${context.field(t.field)?.value ?? ''}", which fails ${nameCondition(context, t.index)}; ${denied(t.condition)} Change the value or the condition.`,
          fields: [canonicalFieldName(t.field)],
          ...rowOf(context, t.index),
        })),
  },
  {
    id: 'lint.key-outside-prefix',
    severity: 'error',
    message: 'The object key does not start with the prefix its starts-with condition requires.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['key'],
    find: (context) =>
      failing(context, 'mismatch')
        .filter((t) => isKeyPrefixMismatch(context, t))
        .map((t) => {
          const key = context.field('key')?.value ?? '';
          const required = describeCondition(t.condition).replace(/^starts-with key /, '');
          return {
            message: `The key "${key}" does not start with "${required}", so it fails ${nameCondition(context, t.index)}; ${denied(t.condition)} Either update the condition to ${suggestKeyPrefix(key) || 'an empty prefix'} or put the key under ${required}.`,
            ...rowOf(context, t.index),
          };
        }),
  },
  {
    id: 'lint.filename-template',
    severity: 'error',
    message:
      'A key condition is written for the expanded name, but OSS checks the ${filename} template.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['key'],
    find: (context) =>
      failing(context, 'mismatch')
        .filter((t) => blamesTemplate(context, t))
        .map((t) => ({
          message: `The key "${context.field('key')?.value}" contains \${filename}, and OSS checks conditions BEFORE replacing it with the file name, so ${nameCondition(context, t.index)} sees the template text and fails. Use a starts-with prefix that ends before \${filename}, or an eq on the template itself (written "\\\\\${filename}" in the policy JSON).`,
          ...rowOf(context, t.index),
        })),
  },
  {
    id: 'lint.v4-condition-missing',
    severity: 'error',
    message: 'A V4 policy lacks a condition on one of its signing fields.',
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
        message: `The V4 policy has no {"${name}": "${context.field(name)?.value ?? '…'}"} condition. Every V4 policy carries x-oss-signature-version, x-oss-credential and x-oss-date with the same values as the form fields; add it.`,
        fields: [name],
      }));
    },
  },
  {
    id: 'lint.v4-condition-mismatch',
    severity: 'error',
    message: 'A V4 signing field differs from its policy condition.',
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: [],
    find: (context) =>
      context.version !== 'v4'
        ? []
        : [...failing(context, 'mismatch'), ...failing(context, 'missing')]
            .filter((t) => V4_FIELDS.includes(t.field))
            .map((t) => ({
              message: `The form's ${t.field} is "${context.field(t.field)?.value ?? '(not sent)'}" but ${nameCondition(context, t.index)} differs; they must be identical. Rebuild the policy and the fields from the same date and credential.`,
              fields: [t.field],
              ...rowOf(context, t.index),
            })),
  },
  {
    id: 'lint.bucket-mismatch',
    severity: 'error',
    message: 'The policy names another bucket than the target.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['bucket'],
    find: (context) =>
      [...failing(context, 'mismatch'), ...failing(context, 'missing')]
        .filter((t) => t.field === 'bucket')
        .map((t) => ({
          message: `${capitalize(nameCondition(context, t.index))} does not match the target bucket "${context.bucket}"; ${denied(t.condition)} Use the same bucket in both.`,
          ...rowOf(context, t.index),
        })),
  },
  {
    id: 'lint.content-type-fixed',
    severity: 'warning',
    message:
      'A fixed Content-Type field stands beside a Content-Type condition, so every file passes it.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['Content-Type'],
    find: (context) => {
      const fixed = context.field('content-type');
      if (!fixed) return [];
      return testedFields(context)
        .filter((t) => t.field === 'content-type')
        .map((t) => ({
          message: `Content-Type is fixed to "${fixed.value}" while ${nameCondition(context, t.index)} tests it, so every file passes that condition, whatever it is, and is stored as ${fixed.value}. Remove the Content-Type field: the page's upload and the snippets then send each file's own type, which the condition checks.`,
          ...rowOf(context, t.index),
        }));
    },
  },
  {
    id: 'lint.content-type-from-file',
    severity: 'info',
    message: "A Content-Type condition tests the chosen file's type.",
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['Content-Type'],
    find: (context) =>
      context.contentTypeFromFile && !context.field('content-type')
        ? testedFields(context)
            .filter((t) => t.field === 'content-type')
            .map((t) => ({
              message: `${capitalize(nameCondition(context, t.index))} tests the file's type: the page's upload and the snippets send the chosen file's type as the Content-Type field. A client of your own must do the same (formData.append('Content-Type', file.type) before the file), or OSS answers AccessDenied.`,
              ...rowOf(context, t.index),
            }))
        : [],
  },
  {
    id: 'lint.sts-token-unconstrained',
    severity: 'info',
    message:
      'The form sends x-oss-security-token but the policy does not pin it. SDKs add {"x-oss-security-token": "<token>"} so the signed policy only works with this STS session; consider adding it.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['x-oss-security-token'],
    find: (context) =>
      context.field('x-oss-security-token') &&
      !testedFields(context).some((t) => t.field === 'x-oss-security-token')
        ? [{}]
        : [],
  },
];
