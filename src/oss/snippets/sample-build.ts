// STAND-IN for buildPostForm in the snippet tests until the core's builder lands (then removed).
import { encodeUtf8Base64, encodeBase64 } from '../base64.ts';
import { callbackFormFields } from '../callback-encode.ts';
import type { FormEntry, PostForm, PostFormSpec } from '../form-types.ts';
import type { PolicyCondition } from '../policy-types.ts';

const utf8 = new TextEncoder();

async function hmac(hash: 'SHA-1' | 'SHA-256', key: Uint8Array, message: string) {
  const k = await crypto.subtle.importKey(
    'raw',
    key as BufferSource,
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, utf8.encode(message)));
}

/** A signed form as buildPostForm makes it (builder conditions first, file last). */
export async function buildPostFormForSamples(spec: PostFormSpec): Promise<PostForm> {
  const now = spec.now ?? new Date();
  const version = spec.signatureVersion ?? 'v4';
  const region = spec.target.region.replace(/^oss-/, '');
  const expiration =
    typeof spec.expiration === 'string'
      ? spec.expiration
      : new Date(now.getTime() + spec.expiration.secondsFromNow * 1000).toISOString();
  const date = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const { accessKeyId, accessKeySecret, securityToken } = spec.credentials;
  const credential = `${accessKeyId}/${date.slice(0, 8)}/${region}/oss/aliyun_v4_request`;
  const conditions: PolicyCondition[] = [{ bucket: spec.target.bucket }];
  if (version === 'v4') {
    conditions.push(
      { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
      { 'x-oss-credential': credential },
      { 'x-oss-date': date },
    );
  }
  if (securityToken) conditions.push({ 'x-oss-security-token': securityToken });
  conditions.push(...(spec.conditions ?? []));
  const policy = { expiration, conditions };
  const policyJson = JSON.stringify(policy);
  const policyBase64 = encodeUtf8Base64(policyJson);
  let signature: string;
  if (version === 'v1') {
    signature = encodeBase64(await hmac('SHA-1', utf8.encode(accessKeySecret), policyBase64));
  } else {
    let key = await hmac('SHA-256', utf8.encode(`aliyun_v4${accessKeySecret}`), date.slice(0, 8));
    for (const part of [region, 'oss', 'aliyun_v4_request']) key = await hmac('SHA-256', key, part);
    const bytes = await hmac('SHA-256', key, policyBase64);
    signature = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  const field = (name: string, value: string): FormEntry => ({
    kind: 'field',
    name,
    value,
    why: '',
  });
  const fields: FormEntry[] = [field('key', spec.key)];
  if (version === 'v1') {
    fields.push(
      field('OSSAccessKeyId', accessKeyId),
      field('policy', policyBase64),
      field('Signature', signature),
    );
  } else {
    fields.push(
      field('policy', policyBase64),
      field('x-oss-signature-version', 'OSS4-HMAC-SHA256'),
      field('x-oss-credential', credential),
      field('x-oss-date', date),
      field('x-oss-signature', signature),
    );
  }
  if (securityToken) fields.push(field('x-oss-security-token', securityToken));
  for (const extra of spec.fields ?? []) fields.push(field(extra.name, extra.value));
  if (spec.callback)
    for (const f of callbackFormFields(spec.callback)) fields.push(field(f.name, f.value));
  fields.push({ kind: 'file', name: 'file', why: '' });
  const url = spec.target.endpoint ?? `https://${spec.target.bucket}.oss-${region}.aliyuncs.com`;
  return {
    url,
    version,
    fields,
    policy,
    policyJson,
    policyBase64,
    signature,
    checks: [],
    ...(version === 'v4' ? { credential, date } : {}),
  };
}
