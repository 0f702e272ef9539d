import type { Check } from '../check-types.ts';
import { CALLBACK_RULES } from './callback-rules.ts';
import { EXPIRATION_RULES } from './expiration-rules.ts';
import { NAME_RULES } from './name-rules.ts';
import { runRules, type CheckContext, type CheckRule } from './rule.ts';
import { SIZE_RULES } from './size-rules.ts';
import { TARGET_RULES } from './target-rules.ts';
import { VALUE_RULES } from './value-rules.ts';
import { indexFields, type NamedValue } from '../form/field-names.ts';
import type { PostForm, PostFormSpec } from '../form/form-types.ts';
import { lintPolicyForm } from './lint-policy-form.ts';
import { builderConditions } from '../policy/policy-build.ts';

/** How many of the form's policy conditions the builder put first (see `builderConditions`). */
function countBuilderConditions(form: CheckInput['form'], spec: PostFormSpec): number {
  return builderConditions({
    bucket: spec.target.bucket,
    ...(form.version === 'v4'
      ? { v4: { credential: form.credential ?? '', date: form.date ?? '' } }
      : {}),
    ...(spec.credentials.securityToken ? { securityToken: spec.credentials.securityToken } : {}),
  }).length;
}

/**
 * What the checks look at: the built form (without its checks), the spec it came from, the time.
 *
 * @example const input: CheckInput = { form, spec, now: new Date() };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface CheckInput {
  form: Omit<PostForm, 'checks'>;
  spec: PostFormSpec;
  now: Date;
}

/**
 * Every limit rule, in the order the page lists them (the lint's rules are LINT_RULES).
 *
 * @example CHECK_RULES.map((rule) => rule.id) // ['credentials.secret-missing', …]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const CHECK_RULES: readonly CheckRule[] = [
  ...TARGET_RULES,
  ...NAME_RULES,
  ...SIZE_RULES,
  ...EXPIRATION_RULES,
  ...VALUE_RULES,
  ...CALLBACK_RULES,
];

/**
 * Every limit check and the policy ⇄ form lint over one built form: records
 * `{ id, severity, message, docUrl, fields }` the UI renders without knowing each rule.
 * Never throws.
 *
 * @example
 * const form = await buildPostForm(spec);
 * checkPostForm({ form, spec, now: new Date() })
 * // e.g. [{ id: 'value.success-action-status', severity: 'warning', message: 'success_action_status "202" …', … }]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function checkPostForm(input: CheckInput): Check[] {
  const { form, spec, now } = input;
  const fields: NamedValue[] = form.fields.flatMap((entry) =>
    entry.kind === 'field' ? [{ name: entry.name, value: entry.value }] : [],
  );
  const builderConditionCount = countBuilderConditions(form, spec);
  const context: CheckContext = {
    version: form.version,
    builderConditionCount,
    contentTypeFromFile: true,
    bucket: spec.target.bucket,
    region: spec.target.region,
    url: form.url,
    ...(spec.target.endpoint ? { endpoint: spec.target.endpoint } : {}),
    policy: form.policy,
    fields,
    field: indexFields(fields),
    credentials: spec.credentials,
    ...(spec.callback ? { callback: spec.callback } : {}),
    ...(spec.sandbox ? { sandbox: spec.sandbox } : {}),
    now,
  };
  return [
    ...runRules(CHECK_RULES, context),
    ...lintPolicyForm({
      policy: form.policy,
      fields,
      bucket: spec.target.bucket,
      version: form.version,
      builderConditionCount,
      contentTypeFromFile: true,
    }),
  ];
}
