import type { Check } from '../check-types.ts';
import { runRules, type LintContext } from './rule.ts';
import { LINT_RULES } from './lint-rules.ts';
import { indexFields, type NamedValue } from '../form/field-names.ts';
import type { SignatureVersion } from '../form/form-types.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';

/**
 * What the lint compares: a policy, the text fields a form sends, the target bucket.
 *
 * @example const input: LintInput = { version: 'v4', bucket: 'b', policy, fields: [{ name: 'key', value: 'a' }] };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface LintInput {
  policy: PolicyDocument;
  /** The text fields in send order (no file). */
  fields: NamedValue[];
  bucket: string;
  version: SignatureVersion;
  /** How many leading conditions the builder added (not the user's rows); see `LintContext`. */
  builderConditionCount?: number;
  /** The sender fills Content-Type from the chosen file when the form has none. */
  contentTypeFromFile?: boolean;
}

/**
 * The two-way policy ⇄ form lint: fields the policy leaves unconstrained (warning), conditions the
 * form cannot satisfy (error, with the AccessDenied message OSS would send), `${filename}` keys
 * against key conditions, V4 signing conditions, the bucket condition, and an unpinned STS token.
 *
 * @example
 * lintPolicyForm({
 *   version: 'v1', bucket: 'examplebucket',
 *   policy: { expiration: '2030-01-01T00:00:00Z', conditions: [['starts-with', '$key', 'user/']] },
 *   fields: [{ name: 'key', value: 'other/a.png' }],
 * })[0].id // 'lint.condition-unsatisfied'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function lintPolicyForm(input: LintInput): Check[] {
  const context: LintContext = { ...input, field: indexFields(input.fields) };
  return runRules(LINT_RULES, context);
}
