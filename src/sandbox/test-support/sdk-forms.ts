// PostObject forms signed by the official SDK (ali-oss), never by our core, so the sandbox is
// checked against what real clients send.
import { loadAliOss, type AliOssClient } from '../../oss/fixtures/ali-oss.ts';
import type { FormPart } from './multipart.ts';

const OSS = loadAliOss();

export interface Credentials {
  bucket: string;
  region: string;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** The credentials a running sandbox announced in its ready line. */
export function credentialsOf(sandbox: Omit<Credentials, 'securityToken'>): Credentials {
  const { bucket, region, accessKeyId, accessKeySecret } = sandbox;
  return { bucket, region, accessKeyId, accessKeySecret };
}

export type Condition = Record<string, string> | (string | number | string[])[];

export interface FormOptions {
  key?: string;
  /** Extra policy conditions. */
  conditions?: Condition[];
  /** Text fields placed after the auth fields, before the file. */
  fields?: Record<string, string>;
  file?: Buffer | string;
  filename?: string;
  contentType?: string;
  expiration?: Date;
  now?: Date;
  /** V4: the region written in x-oss-credential (default: the credentials' region, as SDKs write it). */
  scopeRegion?: string;
  /** Change the policy before it is signed (e.g. to break it). */
  editPolicy?: (policy: { expiration: string; conditions: Condition[] }) => void;
}

function client(c: Credentials): AliOssClient {
  return new OSS({
    region: `oss-${c.region}`,
    accessKeyId: c.accessKeyId,
    accessKeySecret: c.accessKeySecret,
    bucket: c.bucket,
    ...(c.securityToken ? { stsToken: c.securityToken } : {}),
  });
}

function filePart(o: FormOptions): FormPart {
  return {
    name: 'file',
    filename: o.filename ?? 'hello.txt',
    data: o.file ?? 'hello sandbox\n',
    contentType: o.contentType ?? 'text/plain',
  };
}

/** A V1 form signed with ali-oss calculatePostSignature. */
export function v1Form(c: Credentials, o: FormOptions = {}): FormPart[] {
  const policy = {
    expiration: (o.expiration ?? new Date(Date.now() + 3600_000)).toISOString(),
    conditions: [
      { bucket: c.bucket },
      ...(c.securityToken ? [{ 'x-oss-security-token': c.securityToken }] : []),
      ...(o.conditions ?? []),
    ] as Condition[],
  };
  o.editPolicy?.(policy);
  const signed = client(c).calculatePostSignature(policy);
  return [
    { name: 'key', value: o.key ?? 'v1/hello.txt' },
    { name: 'OSSAccessKeyId', value: signed.OSSAccessKeyId },
    { name: 'policy', value: signed.policy },
    { name: 'Signature', value: signed.Signature },
    ...(c.securityToken ? [{ name: 'x-oss-security-token', value: c.securityToken }] : []),
    ...Object.entries(o.fields ?? {}).map(([name, value]) => ({ name, value })),
    filePart(o),
  ];
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function ossDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** A V4 form signed with ali-oss signPostObjectPolicyV4. */
export function v4Form(c: Credentials, o: FormOptions = {}): FormPart[] {
  const now = o.now ?? new Date();
  const date = ossDate(now);
  const credential = `${c.accessKeyId}/${date.slice(0, 8)}/${o.scopeRegion ?? c.region}/oss/aliyun_v4_request`;
  const policy = {
    expiration: (o.expiration ?? new Date(now.getTime() + 3600_000)).toISOString(),
    conditions: [
      { bucket: c.bucket },
      { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
      { 'x-oss-credential': credential },
      { 'x-oss-date': date },
      ...(c.securityToken ? [{ 'x-oss-security-token': c.securityToken }] : []),
      ...(o.conditions ?? []),
    ] as Condition[],
  };
  o.editPolicy?.(policy);
  const signature = client(c).signPostObjectPolicyV4(policy, now);
  return [
    { name: 'key', value: o.key ?? 'v4/hello.txt' },
    { name: 'x-oss-signature-version', value: 'OSS4-HMAC-SHA256' },
    { name: 'x-oss-credential', value: credential },
    { name: 'x-oss-date', value: date },
    { name: 'policy', value: Buffer.from(JSON.stringify(policy), 'utf8').toString('base64') },
    { name: 'x-oss-signature', value: signature },
    ...(c.securityToken ? [{ name: 'x-oss-security-token', value: c.securityToken }] : []),
    ...Object.entries(o.fields ?? {}).map(([name, value]) => ({ name, value })),
    filePart(o),
  ];
}

/** Replaces (or with `undefined` removes) fields of a built form, keeping the order. */
export function editForm(
  parts: FormPart[],
  changes: Record<string, string | undefined>,
): FormPart[] {
  return parts
    .filter((p) => !(p.name in changes) || changes[p.name] !== undefined)
    .map((p) =>
      p.name in changes && !('filename' in p)
        ? { name: p.name, value: changes[p.name] as string }
        : p,
    );
}
