// STAND-IN for the core's buildPostForm while it lands: V1/V4 signing with Web Crypto, no checks.
// Deleted once src/oss exports buildPostForm.
import type { FormEntry, PolicyCondition, PostForm, PostFormSpec } from '../oss/index.ts';

const encoder = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function hmac(hash: 'SHA-1' | 'SHA-256', key: Uint8Array, message: string) {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    key as BufferSource,
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
}

function isoBasic(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export async function buildPostFormStandIn(spec: PostFormSpec): Promise<PostForm> {
  const now = spec.now ?? new Date();
  const version = spec.signatureVersion ?? 'v4';
  const region = spec.target.region.replace(/^oss-/, '');
  const expiration =
    typeof spec.expiration === 'string'
      ? spec.expiration
      : new Date(now.getTime() + spec.expiration.secondsFromNow * 1000).toISOString();
  const date = isoBasic(now);
  const credential = `${spec.credentials.accessKeyId}/${date.slice(0, 8)}/${region}/oss/aliyun_v4_request`;
  const token = spec.credentials.securityToken;
  const conditions: PolicyCondition[] = [{ bucket: spec.target.bucket }];
  if (version === 'v4') {
    conditions.push(
      { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
      { 'x-oss-credential': credential },
      { 'x-oss-date': date },
    );
  }
  if (token) conditions.push({ 'x-oss-security-token': token });
  conditions.push(...(spec.conditions ?? []));
  const policy = { expiration, conditions };
  const policyJson = JSON.stringify(policy);
  const policyBase64 = base64(encoder.encode(policyJson));
  const secret = spec.credentials.accessKeySecret;
  let signature = '';
  if (secret && version === 'v1') {
    signature = base64(await hmac('SHA-1', encoder.encode(secret), policyBase64));
  } else if (secret) {
    let key = await hmac('SHA-256', encoder.encode(`aliyun_v4${secret}`), date.slice(0, 8));
    for (const part of [region, 'oss', 'aliyun_v4_request']) key = await hmac('SHA-256', key, part);
    signature = Array.from(await hmac('SHA-256', key, policyBase64), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
  }
  const field = (name: string, value: string, why: string): FormEntry => ({
    kind: 'field',
    name,
    value,
    why,
  });
  const fields: FormEntry[] = [
    field('key', spec.key, 'First, so OSS knows the key before the file.'),
  ];
  if (version === 'v1') {
    fields.push(
      field('OSSAccessKeyId', spec.credentials.accessKeyId, 'V1 auth'),
      field('policy', policyBase64, 'signed policy'),
      field('Signature', signature, 'V1 signature'),
    );
  } else {
    fields.push(
      field('policy', policyBase64, 'signed policy'),
      field('x-oss-signature-version', 'OSS4-HMAC-SHA256', 'V4'),
      field('x-oss-credential', credential, 'V4 scope'),
      field('x-oss-date', date, 'V4 date'),
      field('x-oss-signature', signature, 'V4 signature'),
    );
  }
  if (token) fields.push(field('x-oss-security-token', token, 'STS'));
  for (const extra of spec.fields ?? []) fields.push(field(extra.name, extra.value, 'your field'));
  fields.push({ kind: 'file', name: 'file', why: 'Last: OSS ignores anything after it.' });
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
