// The whole signed PostObject form from a spec: policy (serialised once), signature, fields in send
// order with a reason each, and every check. Never throws on bad input.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { callbackFormFields } from './callback/callback-encode.ts';
import type { Check } from './check-types.ts';
import { checkPostForm } from './checks/check-post-form.ts';
import { endpointUrl } from './form/endpoint.ts';
import { canonicalFieldName } from './form/field-names.ts';
import { mergeUserFields } from './form/merge-user-fields.ts';
import { orderFormFields } from './form/field-order.ts';
import { explainField, FILE_WHY } from './form/field-why.ts';
import type { FormEntry, PostForm, PostFormSpec } from './form/form-types.ts';
import { normalizeSpec } from './form/post-form-spec.ts';
import { builderConditions, buildPolicy, resolveExpiration } from './policy/policy-build.ts';
import { encodePolicy, serializePolicy } from './policy/policy-encode.ts';
import type { PolicyCondition } from './policy/policy-types.ts';
import { validatePolicyValue } from './policy/policy-validate.ts';
import { signPolicyV1 } from './signing/sign-v1.ts';
import { signPolicyV4, V4_SIGNATURE_VERSION, v4Credential } from './signing/sign-v4.ts';
import { POSTOBJECT_DOC_URL, V4_SIGNATURE_DOC_URL } from './limits.ts';
import { formatOssDate } from './signing/v4-date.ts';
import { sayFrom, type TextRef } from './texts.ts';
import { FORM_TEXTS } from './form/texts-en.ts';

const say = sayFrom(FORM_TEXTS);

function check(
  id: string,
  severity: Check['severity'],
  said: { message: string; text?: TextRef },
  fields: string[],
): Check {
  return {
    id,
    severity,
    ...said,
    docUrl: id.startsWith('signature') ? V4_SIGNATURE_DOC_URL : POSTOBJECT_DOC_URL,
    fields,
  };
}

function serializable(condition: PolicyCondition): boolean {
  try {
    return typeof JSON.stringify(condition) === 'string';
  } catch {
    return false;
  }
}

async function sign(
  version: 'v1' | 'v4',
  policyBase64: string,
  secret: string,
  date: string,
  region: string,
): Promise<string> {
  if (version === 'v1') return signPolicyV1(policyBase64, secret);
  return date === '' ? '' : signPolicyV4(policyBase64, secret, date, region);
}

/**
 * Builds and signs a PostObject form. V4 (default): the policy gets `{"bucket"}`,
 * `{"x-oss-signature-version"}`, `{"x-oss-credential"}`, `{"x-oss-date"}` (same values as the
 * fields) and, with STS, `{"x-oss-security-token"}`, then the user's conditions; V1 gets
 * `{"bucket"}` (+ token). The JSON is serialised once: `policyBase64` is the exact text signed and
 * sent. Fields come in send order (`key` first … `file` last), each with a `why`; user fields get
 * canonical names, and duplicates of builder-owned fields are dropped with a check. An empty secret
 * gives `signature: ''`. Never throws: bad input shows up in `checks`.
 *
 * @example
 * const form = await buildPostForm({
 *   target: { bucket: 'example-bucket', region: 'oss-us-west-1' },
 *   credentials: { accessKeyId: 'access_key_id', accessKeySecret: 'access_key_secret' },
 *   key: 'object/presign_post_object.png',
 *   expiration: { secondsFromNow: 3600 },
 *   now: new Date('2024-07-13T13:34:14Z'),
 *   conditions: [['content-length-range', 1, 104857600]],
 * });
 * form.url        // 'https://example-bucket.oss-us-west-1.aliyuncs.com'
 * form.credential // 'access_key_id/20240713/us-west-1/oss/aliyun_v4_request'
 * form.fields.map((f) => f.name)
 * // ['key', 'x-oss-signature-version', 'x-oss-credential', 'x-oss-date', 'policy', 'x-oss-signature', 'file']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 * @see https://help.aliyun.com/zh/oss/developer-reference/signature-version-1
 */
export async function buildPostForm(spec: PostFormSpec): Promise<PostForm> {
  const { spec: clean, problems } = normalizeSpec(spec);
  const checks: Check[] = problems.map((p) => check(p.id, p.severity, p, p.fields));
  const now = clean.now ?? new Date();
  const version = clean.signatureVersion ?? 'v4';
  const { bucket, region } = clean.target;
  const { accessKeyId, accessKeySecret, securityToken } = clean.credentials;

  const date = version === 'v4' ? formatOssDate(now) : undefined;
  const credential = date ? v4Credential(accessKeyId, date, region) : undefined;
  const expiration = resolveExpiration(clean.expiration, now);

  const userConditions = (clean.conditions ?? []).filter(serializable);
  const policy = buildPolicy(expiration, [
    ...builderConditions({
      bucket,
      ...(credential && date ? { v4: { credential, date } } : {}),
      ...(securityToken ? { securityToken } : {}),
    }),
    ...userConditions,
  ]);
  const policyJson = serializePolicy(policy);
  const policyBase64 = encodePolicy(policyJson);

  let signature = '';
  try {
    signature = await sign(version, policyBase64, accessKeySecret, date ?? '', region);
  } catch (error) {
    checks.push(
      check('signature.failed', 'error', say('signature-failed', { error: String(error) }), [
        version === 'v1' ? 'Signature' : 'x-oss-signature',
      ]),
    );
  }

  const owned: [string, string][] =
    version === 'v1'
      ? [
          ['OSSAccessKeyId', accessKeyId],
          ['policy', policyBase64],
          ['Signature', signature],
        ]
      : [
          ['x-oss-signature-version', V4_SIGNATURE_VERSION],
          ['x-oss-credential', credential ?? ''],
          ['x-oss-date', date ?? ''],
          ['policy', policyBase64],
          ['x-oss-signature', signature],
        ];
  if (securityToken) owned.push(['x-oss-security-token', securityToken]);
  const callbackFields = clean.callback ? callbackFormFields(clean.callback) : [];
  const callbackNames = new Set(callbackFields.map((f) => canonicalFieldName(f.name)));

  const merged = mergeUserFields(clean.fields, callbackNames);
  checks.push(...merged.notes.map((n) => check(n.id, n.severity, n, n.fields)));
  const userFields = merged.fields;

  const entries: FormEntry[] = [
    ['key', clean.key] as [string, string],
    ...owned,
    ...userFields,
    ...callbackFields.map((f): [string, string] => [f.name, f.value]),
  ].map(([name, value]) => ({
    kind: 'field',
    name,
    value,
    why: explainField(canonicalFieldName(name), version),
  }));
  entries.push({ kind: 'file', name: 'file', why: FILE_WHY });
  const fields = orderFormFields(entries);

  const shape = validatePolicyValue(JSON.parse(policyJson));
  if (!shape.ok) {
    for (const p of shape.issues) {
      const refused = say('policy-refused', {
        ...p.text?.params,
        problem: p.message,
        problemKey: p.text?.id.replace(/^policy\./, '') ?? '',
        code: p.oss?.code ?? '',
        ec: p.oss?.ec ?? '',
      });
      checks.push(check(p.id, 'error', refused, ['policy']));
    }
  }

  const form: Omit<PostForm, 'checks'> = {
    url: endpointUrl(
      bucket,
      region,
      clean.target.endpoint ? { endpoint: clean.target.endpoint } : {},
    ),
    version,
    fields,
    policy,
    policyJson,
    policyBase64,
    signature,
    ...(credential ? { credential } : {}),
    ...(date ? { date } : {}),
  };
  try {
    checks.push(...checkPostForm({ form, spec: clean, now }));
  } catch (error) {
    checks.push(check('checks.failed', 'info', say('checks-failed', { error: String(error) }), []));
  }
  return { ...form, checks };
}
