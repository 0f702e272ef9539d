// A check rule is data (id, severity, doc link, default message and its text, fields) plus a pure
// function that finds its cases; the UI renders the resulting Check records without knowing the
// rule, in the reader's language through each record's `text` (the sentences are in texts-en.ts).
import type { Check, Severity } from '../check-types.ts';
import type { NamedValue } from '../form/field-names.ts';
import type {
  CallbackSpec,
  Credentials,
  SandboxTarget,
  SignatureVersion,
} from '../form/form-types.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';
import { sayFrom, type TextRef } from '../texts.ts';
import { CHECKS_TEXTS } from './texts-en.ts';

const say = sayFrom(CHECKS_TEXTS);

/**
 * What the policy ⇄ form lint looks at.
 *
 * @example const ctx: LintContext = { version: 'v4', bucket: 'b', policy, fields, field: indexFields(fields) };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface LintContext {
  version: SignatureVersion;
  /** The target bucket. */
  bucket: string;
  policy: PolicyDocument;
  /** The text fields in send order (no file). */
  fields: NamedValue[];
  /** Case-insensitive field lookup: OSS reads form field names in any case. */
  field: (name: string) => NamedValue | undefined;
  /**
   * How many of the policy's first conditions the builder added itself (bucket, V4 trio, STS
   * token); the user's rows follow. Absent (an imported policy): the builder's kind of conditions
   * are recognised by their field wherever they stand.
   */
  builderConditionCount?: number;
  /**
   * The sender adds a Content-Type field with the chosen file's type when the form has none (the
   * page's upload and the snippets do, see `fieldsForFile`); a Content-Type condition is then met.
   */
  contentTypeFromFile?: boolean;
}

/**
 * What the limit checks look at: the lint's view plus the target, credentials and time.
 *
 * @example const ctx: CheckContext = { ...lintContext, region: 'cn-hangzhou', url, credentials, now: new Date() };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface CheckContext extends LintContext {
  region: string;
  url: string;
  endpoint?: string;
  credentials: Credentials;
  callback?: CallbackSpec;
  /** The sandbox the caller knows of, to spot its demo AccessKey kept for another target. */
  sandbox?: SandboxTarget;
  now: Date;
}

/**
 * One case a rule found: its own message (with its `text`, spread from a table's `say`), and the
 * fields when they differ from the rule's. Without a message the rule's default message and text
 * apply; a message without a text keeps the rule's default text, so every Check can be translated.
 *
 * @example const finding: Finding = { ...say('value.acl.found', { value: 'Private', allowed }), fields: ['x-oss-object-acl'] };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface Finding {
  message?: string;
  /** The message by id and parameters (see `Check.text`). */
  text?: TextRef;
  fields?: string[];
  /** The user's condition row concerned (0-based), see `Check.conditionRow`. */
  conditionRow?: number;
}

/**
 * A rule: data plus a pure function.
 *
 * @example
 * const rule: CheckRule = {
 *   id: 'value.tagging-unsupported', severity: 'warning', ...say('value.tagging-unsupported'),
 *   docUrl: POSTOBJECT_DOC_URL, fields: ['x-oss-tagging'], find: (c) => when(c.field('x-oss-tagging') !== undefined),
 * };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface CheckRule<C = CheckContext> {
  id: string;
  severity: Severity;
  /** The default message: what is wrong and how to fix it. */
  message: string;
  /** The default message by id and parameters, for the page to show in the reader's language. */
  text: TextRef;
  docUrl: string;
  fields: string[];
  find: (context: C) => Finding[];
}

/**
 * Runs rules over a context and turns their findings into Check records. A rule that throws (a bug)
 * becomes an info record rather than breaking the page.
 *
 * @example
 * runRules([{ id: 'x', severity: 'info', message: 'm', text, docUrl: 'u', fields: [], find: () => [{}] }], ctx)
 * // [{ id: 'x', severity: 'info', message: 'm', text, docUrl: 'u', fields: [] }]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function runRules<C>(rules: readonly CheckRule<C>[], context: C): Check[] {
  return rules.flatMap((rule) => {
    let findings: Finding[];
    try {
      findings = rule.find(context);
    } catch (error) {
      return [
        {
          id: `${rule.id}.failed`,
          severity: 'info' as const,
          ...say('rule-failed', { rule: rule.id, error: String(error) }),
          docUrl: rule.docUrl,
          fields: rule.fields,
        },
      ];
    }
    return findings.map((finding) => ({
      id: rule.id,
      severity: rule.severity,
      message: finding.message ?? rule.message,
      text: finding.text ?? rule.text,
      docUrl: rule.docUrl,
      fields: finding.fields ?? rule.fields,
      ...(finding.conditionRow === undefined ? {} : { conditionRow: finding.conditionRow }),
    }));
  });
}

/**
 * One finding when the condition holds, none otherwise.
 *
 * @example when(size > limit, { message: 'too big' }) // [{ message: 'too big' }] or []
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function when(condition: boolean, finding: Finding = {}): Finding[] {
  return condition ? [finding] : [];
}
