// The checks' and the lint's sentences in English: the one home of every finding's words. A key is
// a rule id (the rule's default message), or a rule id plus `.found` (one case, with its values) or
// another suffix for a variant of the case; the few others are pieces of sentences (a condition's
// name, a range) and the note for a check that could not run. The lint's keys drop the rule id's
// `lint.` prefix, which is its namespace. The Chinese tables of the same shape are in texts-zh.ts.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { defineTexts } from '../texts.ts';
import { LIMIT_WORDS } from './limit-words.ts';

/**
 * How a finding names a policy condition: `row` is the user's row number (1-based), or 0 for one of
 * the builder's own conditions; `condition` is the condition in words (operator, field, value).
 *
 * @example const named: ConditionName = { row: 1, condition: 'starts-with key uploads/' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface ConditionName {
  row: number;
  condition: string;
}

const conditionName = (p: ConditionName, opensSentence = false) =>
  p.row === 0
    ? `${opensSentence ? 'The' : 'the'} builder's own condition ${p.condition}`
    : `${opensSentence ? 'Your' : 'your'} condition ${p.row}: ${p.condition}`;

const rangeCondition = (p: { min: number; max: number }) =>
  `content-length-range ${p.min}–${p.max} bytes`;

const SECRET_MISSING_FIX =
  'Enter the secret (it stays in this page only) or paste a signature computed by your server.';

/**
 * The limit checks' sentences (namespace `checks`), plus the words for a range condition and the
 * note for a check that could not run.
 *
 * @example CHECKS_TEXTS['key.empty']() // 'The object key is empty.'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const CHECKS_TEXTS = defineTexts('checks', {
  'rule-failed': (p: { rule: string; error: string }) =>
    `The check "${p.rule}" could not run (${p.error}); the other checks still apply.`,
  'condition-name': (p: ConditionName) => conditionName(p),
  'condition-range': rangeCondition,
  'callback.refused': (p: { problem: string; answer: string }) =>
    `${p.problem} OSS answers "${p.answer}"`,

  'credentials.secret-missing': () =>
    `The AccessKey secret is empty, so the policy cannot be signed. ${SECRET_MISSING_FIX}`,
  'credentials.secret-missing.v1': () =>
    `The AccessKey secret is empty, so the policy cannot be signed (HMAC-SHA1). ${SECRET_MISSING_FIX}`,
  'credentials.access-key-missing': () =>
    'The AccessKey ID is empty; OSS answers "Post request accessKeyId is empty." Enter it.',
  'credentials.sts-expires-first': () => 'The STS token expires before the policy does.',
  'credentials.sts-expires-first.found': (p: { token: string; policy: string }) =>
    `The STS token expires at ${p.token}, before the policy (${p.policy}); from then on OSS answers 403 SecurityTokenExpired although the policy still looks valid. Set the expiration no later than the token's, or fetch a token that lives longer.`,
  'credentials.sandbox-key-elsewhere': () =>
    "The sandbox's demo AccessKey is used for a target that is not the sandbox.",
  'credentials.sandbox-key-elsewhere.found': (p: { accessKeyId: string; target: string }) =>
    `The AccessKey ID "${p.accessKeyId}" is the local sandbox's demo key, but the form now posts to ${p.target}; OSS does not know that key and answers 403 InvalidAccessKeyId. Enter your own AccessKey (or an STS token) for this target.`,
  'endpoint.not-http': () =>
    'The endpoint is not an http:// or https:// URL; a form can only be posted to one. Enter the endpoint as https://….',
  'endpoint.not-http.found': (p: { url: string }) =>
    `The form would post to "${p.url}", which is not an http:// or https:// URL; browsers do not upload there and the snippets leave it out. Enter the endpoint as https://….`,
  'endpoint.internal': () =>
    'The endpoint is an "-internal" (VPC) host, which only resolves inside Alibaba Cloud; a browser cannot reach it. Use the public endpoint (without "-internal").',

  'bucket.name-invalid': () => 'The bucket name breaks the OSS naming rules.',
  'key.empty': () => 'The object key is empty.',
  'key.too-long': (p: { max: number }) => `The object key is longer than ${p.max} UTF-8 bytes.`,
  'key.leading-slash': () => 'The object key starts with "/" or "\\".',
  'key.not-utf8': () => 'The object key cannot be encoded as UTF-8.',

  'form.field-name-too-long': () => `A form field name is longer than ${LIMIT_WORDS.fieldName}.`,
  'form.field-name-too-long.found': (p: { name: string; size: string }) =>
    `The field name "${p.name}…" is ${p.size}; OSS allows ${LIMIT_WORDS.fieldName} per name (FieldItemTooLong). Use a shorter name.`,
  'form.field-value-too-long': () => `A form field value is larger than ${LIMIT_WORDS.fieldValue}.`,
  'form.field-value-too-long.found': (p: { field: string; size: string }) =>
    `The value of "${p.field}" is ${p.size}; OSS allows ${LIMIT_WORDS.fieldValue} per value (FieldItemTooLong). Move the data into the file or shorten it.`,
  'form.pre-file-too-large': () =>
    `The fields before the file add up to more than ${LIMIT_WORDS.preFile}.`,
  'form.pre-file-too-large.found': (p: { size: string }) =>
    `The fields before the file add up to ${p.size}; OSS allows ${LIMIT_WORDS.preFile} (MaxPOSTPreDataLengthExceededError). Remove or shorten fields.`,
  'form.non-file-over-4kb': () =>
    `The fields other than the file add up to more than ${LIMIT_WORDS.nonFile}.`,
  'form.non-file-over-4kb.found': (p: { size: string }) =>
    `The fields other than the file add up to ${p.size}. The current limits are ${LIMIT_WORDS.fieldName} per name and ${LIMIT_WORDS.fieldValue} per value, but OSS's HTTP 400 reference still names ${LIMIT_WORDS.nonFile} for all non-file fields (FieldItemTooLong); keep them under ${LIMIT_WORDS.nonFile} to be safe.`,
  'meta.too-large': () =>
    `The user metadata (x-oss-meta-*) is larger than ${LIMIT_WORDS.userMeta}.`,
  'meta.too-large.found': (p: { size: string }) =>
    `The x-oss-meta-* fields add up to ${p.size}; an object's user metadata may total ${LIMIT_WORDS.userMeta}. Drop or shorten some.`,
  'policy.range-over-5gb': () => `content-length-range allows more than ${LIMIT_WORDS.object}.`,
  'policy.range-over-5gb.found': (p: { row: number; min: number; max: number; limit: number }) =>
    `${conditionName({ row: p.row, condition: rangeCondition(p) }, true)} reaches past ${LIMIT_WORDS.object}, but a PostObject upload is at most ${LIMIT_WORDS.object} (${p.limit} bytes); OSS answers EntityTooLarge above that. Lower the maximum.`,

  'expiration.past': () =>
    'The policy expiration is already past; OSS answers 403 AccessDenied "Invalid according to Policy: Policy expired." Set a later expiration.',
  'expiration.past.found': (p: { expiration: string; now: string }) =>
    `The policy expired at ${p.expiration}, before now (${p.now}); OSS answers 403 AccessDenied "Invalid according to Policy: Policy expired." Set a later expiration (UTC, e.g. new Date(Date.now() + 3600e3).toISOString()).`,
  'expiration.beyond-v4-validity': (p: { days: number }) =>
    `The expiration is more than ${p.days} days after x-oss-date; a V4 signed request is valid at most ${p.days} days.`,
  'expiration.beyond-v4-validity.found': (p: { expiration: string; span: string; days: number }) =>
    `The expiration ${p.expiration} is ${p.span} days after x-oss-date; OSS honours a V4 signature at most ${p.days} days (EC 0002-00000709 afterwards). Shorten the expiration or re-sign before then.`,
  'expiration.v1-long-lived': (p: { days: number }) =>
    `A V1 policy that lives more than ${p.days} days is an upload permission for that long, to anyone who gets the form.`,
  'expiration.v1-long-lived.found': (p: { expiration: string; span: string; days: number }) =>
    `The V1 policy expires at ${p.expiration}, ${p.span} days from now: until then anyone holding this form can upload with your signature. Sign for at most ${p.days} days (V4 allows no more), or use V4.`,
  'expiration.skew-risk': (p: { minutes: number }) =>
    `The policy expires within ${p.minutes} minutes; a client or server clock a few minutes off makes it "Policy expired."`,
  'expiration.skew-risk.found': (p: { left: number; minutes: number }) =>
    `The policy expires in ${p.left} min. A signing clock a few minutes off (a common cause of "Policy expired.") or a slow upload breaks it; allow at least ${p.minutes} minutes.`,
  'expiration.short': (p: { minutes: number }) => `The policy expires within ${p.minutes} minutes.`,
  'expiration.short.found': (p: { left: number; skew: number }) =>
    `The policy expires in ${p.left} min; large uploads or clock skew may outlast it. OSS allows ${p.skew} minutes of skew for V4 — an hour is a common choice.`,

  'value.acl': () => 'x-oss-object-acl has a value OSS does not know.',
  'value.acl.found': (p: { value: string; allowed: string }) =>
    `x-oss-object-acl "${p.value}" is not an OSS ACL; use one of ${p.allowed} (values are case-sensitive).`,
  'value.storage-class': () => 'x-oss-storage-class has a value OSS does not know.',
  'value.storage-class.found': (p: { value: string; allowed: string }) =>
    `x-oss-storage-class "${p.value}" is not a storage class; use one of ${p.allowed}.`,
  'value.sse': () => 'x-oss-server-side-encryption has a value OSS does not know.',
  'value.sse.found': (p: { value: string; allowed: string }) =>
    `x-oss-server-side-encryption "${p.value}" is not supported (InvalidEncryptionAlgorithmError); use ${p.allowed}.`,
  'value.sse-key-without-kms': () =>
    'x-oss-server-side-encryption-key-id is only valid with x-oss-server-side-encryption "KMS"; set KMS or remove the key id.',
  'value.forbid-overwrite': () => 'x-oss-forbid-overwrite must be "true" or "false".',
  'value.forbid-overwrite.found': (p: { value: string }) =>
    `x-oss-forbid-overwrite "${p.value}" is neither "true" nor "false"; OSS rejects it (EC 0006-00000117).`,
  'value.success-action-status': () => 'success_action_status is not 200, 201 or 204.',
  'value.success-action-status.found': (p: { value: string }) =>
    `success_action_status "${p.value}" is not 200, 201 or 204, so OSS ignores it and answers 204 with an empty body. Use 200 (empty body that upload widgets accept) or 201 (XML PostResponse).`,
  'value.tagging-unsupported': () =>
    'x-oss-tagging cannot be specified in PostObject requests (API reference); tag the object afterwards with PutObjectTagging.',

  'callback.too-long': () => `The Base64 callback is larger than ${LIMIT_WORDS.callback}.`,
  'callback.too-many-urls': () => `The callback names more than ${LIMIT_WORDS.callbackUrls} URLs.`,
  'callback.url': () => 'The callback URL is missing or not reachable by OSS.',
  'callback.body': () => 'The callback body is empty or not text.',
  'callback.body-type': () => 'The callback body type is not supported.',
  'callback.var-name': () =>
    'A callback variable name does not start with "x:" or is not lower case.',
});

const denied = (p: { failed: string }) =>
  `OSS answers 403 AccessDenied "Invalid according to Policy: Policy Condition failed: ${p.failed}".`;

const unconstrained = (p: { field: string; name: string }, value: string) =>
  `"${p.field}" is sent but no policy condition covers it, so anyone holding this signed policy can send any value. Add ["eq", "$${p.name}", ${value}] (or starts-with / in) if the value matters.`;

const v4Mismatch = (p: ConditionName & { field: string }, value: string) =>
  `The form's ${p.field} is "${value}" but ${conditionName(p)} differs; they must be identical. Rebuild the policy and the fields from the same date and credential.`;

/**
 * The policy ⇄ form lint's sentences (namespace `lint`; each key is a lint rule id without its
 * `lint.` prefix). `failed` is the condition as OSS echoes it in its AccessDenied message.
 *
 * @example LINT_TEXTS['bucket-mismatch']() // 'The policy names another bucket than the target.'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const LINT_TEXTS = defineTexts('lint', {
  'field-unconstrained': () => 'A form field is not constrained by any policy condition.',
  'field-unconstrained.found': (p: { field: string; name: string; value: string }) =>
    unconstrained(p, p.value),
  'field-unconstrained.found-long': (p: { field: string; name: string }) =>
    unconstrained(p, '"<its value>"'),
  'condition-field-missing': () => 'A policy condition names a field the form does not send.',
  'condition-field-missing.found': (p: ConditionName & { field: string; failed: string }) =>
    `${conditionName(p, true)} tests "${p.field}", which the form does not send; ${denied(p)} Add the field or remove the condition.`,
  'condition-unsatisfied': () => 'A form field value does not satisfy its policy condition.',
  'condition-unsatisfied.found': (
    p: ConditionName & { field: string; value: string; failed: string },
  ) =>
    `"${p.field}" is "${p.value}", which fails ${conditionName(p)}; ${denied(p)} Change the value or the condition.`,
  'key-outside-prefix': () =>
    'The object key does not start with the prefix its starts-with condition requires.',
  'key-outside-prefix.found': (
    p: ConditionName & { key: string; required: string; prefix: string; failed: string },
  ) =>
    `The key "${p.key}" does not start with "${p.required}", so it fails ${conditionName(p)}; ${denied(p)} Either update the condition to ${p.prefix || 'an empty prefix'} or put the key under ${p.required}.`,
  'filename-template': () =>
    'A key condition is written for the expanded name, but OSS checks the ${filename} template.',
  'filename-template.found': (p: ConditionName & { key: string }) =>
    `The key "${p.key}" contains \${filename}, and OSS checks conditions BEFORE replacing it with the file name, so ${conditionName(p)} sees the template text and fails. Use a starts-with prefix that ends before \${filename}, or an eq on the template itself (written "\\\\\${filename}" in the policy JSON).`,
  'v4-condition-missing': () => 'A V4 policy lacks a condition on one of its signing fields.',
  'v4-condition-missing.found': (p: { field: string; value: string }) =>
    `The V4 policy has no {"${p.field}": "${p.value}"} condition. Every V4 policy carries x-oss-signature-version, x-oss-credential and x-oss-date with the same values as the form fields; add it.`,
  'v4-condition-mismatch': () => 'A V4 signing field differs from its policy condition.',
  'v4-condition-mismatch.found': (p: ConditionName & { field: string; value: string }) =>
    v4Mismatch(p, p.value),
  'v4-condition-mismatch.found-not-sent': (p: ConditionName & { field: string }) =>
    v4Mismatch(p, '(not sent)'),
  'bucket-mismatch': () => 'The policy names another bucket than the target.',
  'bucket-mismatch.found': (p: ConditionName & { bucket: string; failed: string }) =>
    `${conditionName(p, true)} does not match the target bucket "${p.bucket}"; ${denied(p)} Use the same bucket in both.`,
  'content-type-fixed': () =>
    'A fixed Content-Type field stands beside a Content-Type condition, so every file passes it.',
  'content-type-fixed.found': (p: ConditionName & { value: string }) =>
    `Content-Type is fixed to "${p.value}" while ${conditionName(p)} tests it, so every file passes that condition, whatever it is, and is stored as ${p.value}. Remove the Content-Type field: the page's upload and the snippets then send each file's own type, which the condition checks.`,
  'content-type-from-file': () => "A Content-Type condition tests the chosen file's type.",
  'content-type-from-file.found': (p: ConditionName) =>
    `${conditionName(p, true)} tests the file's type: the page's upload and the snippets send the chosen file's type as the Content-Type field. A client of your own must do the same (formData.append('Content-Type', file.type) before the file), or OSS answers AccessDenied.`,
  'sts-token-unconstrained': () =>
    'The form sends x-oss-security-token but the policy does not pin it. SDKs add {"x-oss-security-token": "<token>"} so the signed policy only works with this STS session; consider adding it.',
});
