// Steps 4–5 of OSS's verdict: which auth fields are there (none, V1, V4), and is the AccessKey
// (and STS token) one OSS knows.
import type { SignatureVersion } from '../form/form-types.ts';
import { V4_MAX_SKEW_MS, V4_MAX_VALIDITY_MS, V4_REQUEST_SUFFIX } from '../limits.ts';
import { V4_SIGNATURE_VERSION } from '../signing/sign-v4.ts';
import { parseOssDate } from '../signing/v4-date.ts';
import { standardRegion } from '../signing/region.ts';
import { accountMayUseV1 } from '../form/account-rules.ts';
import type { EvaluateInput, KnownAccessKey, Rejected } from './verdict-types.ts';
import { OSS_REFUSALS, reject } from './messages.ts';
import type { RequestView } from './read-request.ts';

/**
 * Who is posting, as far as the auth fields say.
 *
 * @example const auth: Auth = { kind: 'anonymous' };
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export type Auth =
  | { kind: 'anonymous' }
  | {
      kind: 'signed';
      version: SignatureVersion;
      accessKeyId: string;
      secret: string;
      policyBase64: string;
      signature: string;
      /** The canonical name of the field carrying the signature. */
      signatureField: 'Signature' | 'x-oss-signature';
      /** V4: the credential's `YYYYMMDD`. */
      date?: string;
    };

type Signed = Extract<Auth, { kind: 'signed' }>;
type Unchecked = Omit<Signed, 'secret'>;

const V4_FIELDS = ['x-oss-signature-version', 'x-oss-credential', 'x-oss-date', 'x-oss-signature'];

function readV1(view: RequestView): Unchecked | Rejected {
  const id = view.field('OSSAccessKeyId');
  const policy = view.field('policy');
  const signature = view.field('Signature');
  if (!id) return reject(OSS_REFUSALS.accessKeyIdMissing, ['OSSAccessKeyId']);
  if (!policy) return reject(OSS_REFUSALS.policyMissing, ['policy']);
  if (!signature) return reject(OSS_REFUSALS.signatureMissingV1, ['Signature']);
  if (id.value === '') return reject(OSS_REFUSALS.accessKeyIdEmpty, ['OSSAccessKeyId']);
  if (signature.value === '') return reject(OSS_REFUSALS.signatureEmpty, ['Signature']);
  return {
    kind: 'signed',
    version: 'v1',
    accessKeyId: id.value,
    policyBase64: policy.value,
    signature: signature.value,
    signatureField: 'Signature',
  };
}

function readV4(view: RequestView, input: EvaluateInput): Unchecked | Rejected {
  const version = view.field('x-oss-signature-version')?.value;
  if (version !== V4_SIGNATURE_VERSION) {
    return reject(OSS_REFUSALS.signatureVersion, ['x-oss-signature-version']);
  }
  const policy = view.field('policy');
  if (!policy) return reject(OSS_REFUSALS.policyMissing, ['policy']);
  const signature = view.field('x-oss-signature');
  if (!signature) return reject(OSS_REFUSALS.signatureMissingV4, ['x-oss-signature']);
  if (signature.value === '') return reject(OSS_REFUSALS.signatureEmpty, ['x-oss-signature']);
  const scope = (view.field('x-oss-credential')?.value ?? '').split('/');
  if (
    scope.length !== 5 ||
    scope[4] !== V4_REQUEST_SUFFIX ||
    scope[3] !== 'oss' ||
    scope[2] === ''
  ) {
    return reject(OSS_REFUSALS.credentialMalformed, ['x-oss-credential']);
  }
  if (scope[0] === '') return reject(OSS_REFUSALS.accessKeyIdEmpty, ['x-oss-credential']);
  const dateText = view.field('x-oss-date')?.value ?? '';
  const signedAt = parseOssDate(dateText);
  const fields = ['x-oss-credential', 'x-oss-date'];
  if (!signedAt || scope[1] !== dateText.slice(0, 8))
    return reject(OSS_REFUSALS.credentialDate, fields);
  const age = input.now.getTime() - signedAt.getTime();
  if (age < -V4_MAX_SKEW_MS || age > V4_MAX_VALIDITY_MS) {
    return reject(OSS_REFUSALS.credentialDate, fields);
  }
  // The scope's region must be the bucket's standard id, exactly: another region, an `oss-`-prefixed
  // id or an unknown id is refused here, before the signature is computed (as OSS does).
  // OSS's example body on the EC page names the field and echoes its value.
  // https://help.aliyun.com/zh/oss/user-guide/0002-716
  if (scope[2] !== standardRegion(input.bucket.region)) {
    return reject(OSS_REFUSALS.credentialRegion, ['x-oss-credential'], {
      extra: {
        ArgumentName: 'x-oss-credential',
        ArgumentValue: view.field('x-oss-credential')?.value ?? '',
      },
    });
  }
  return {
    kind: 'signed',
    version: 'v4',
    accessKeyId: scope[0],
    policyBase64: policy.value,
    signature: signature.value,
    signatureField: 'x-oss-signature',
    date: scope[1],
  };
}

function checkAccessKey(
  auth: Unchecked,
  known: KnownAccessKey | undefined,
  token: string | undefined,
  now: Date,
): Signed | Rejected {
  const idField = auth.version === 'v4' ? 'x-oss-credential' : 'OSSAccessKeyId';
  const extra = { OSSAccessKeyId: auth.accessKeyId };
  const tokenFields = [idField, 'x-oss-security-token'];
  if (!known) {
    if (token === undefined && auth.accessKeyId.startsWith('STS.')) {
      return reject(OSS_REFUSALS.stsTokenLost, tokenFields, { extra });
    }
    const refusal =
      token === undefined ? OSS_REFUSALS.accessKeyUnknown : OSS_REFUSALS.stsKeyUnknown;
    return reject(refusal, [idField], { extra });
  }
  if (known.securityToken === undefined) {
    // Any non-empty x-oss-security-token makes OSS treat the request as STS.
    if (token !== undefined) return reject(OSS_REFUSALS.stsKeyUnknown, tokenFields, { extra });
  } else {
    if (token === undefined) return reject(OSS_REFUSALS.stsTokenLost, tokenFields, { extra });
    if (token !== known.securityToken) {
      return reject(OSS_REFUSALS.securityTokenInvalid, ['x-oss-security-token']);
    }
    if (known.expiresAt && known.expiresAt.getTime() <= now.getTime()) {
      return reject(OSS_REFUSALS.securityTokenExpired, ['x-oss-security-token']);
    }
  }
  return { ...auth, secret: known.accessKeySecret };
}

/**
 * Steps 4–5: the auth field sets (anonymous, V1 or V4) and the AccessKey and STS token lookups.
 *
 * @example
 * checkAuth(view, input) // { kind: 'signed', version: 'v4', accessKeyId: 'AK', … } or a Rejected
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function checkAuth(view: RequestView, input: EvaluateInput): Auth | Rejected {
  const isV4 = V4_FIELDS.some((name) => view.field(name));
  const isV1 = ['OSSAccessKeyId', 'Signature'].some((name) => view.field(name));
  if (!isV4 && !isV1 && !view.field('policy')) {
    return input.bucket.acl === 'public-read-write'
      ? { kind: 'anonymous' }
      : reject(OSS_REFUSALS.anonymousDenied, ['policy', 'x-oss-credential', 'x-oss-signature']);
  }
  const read = isV4 ? readV4(view, input) : readV1(view);
  if ('ok' in read) return read;
  // V1 is closed to accounts opened from 2025-03-01 and buckets created from 2025-09-01.
  if (read.version === 'v1' && input.account && !accountMayUseV1(input.account)) {
    return reject(OSS_REFUSALS.v1Closed, ['Signature', 'OSSAccessKeyId']);
  }
  // An empty x-oss-security-token is no token for authentication (Alibaba's own samples send it
  // empty for permanent AccessKeys and expect 200); policy conditions still see the empty value.
  // https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
  const token = view.field('x-oss-security-token')?.value || undefined;
  return checkAccessKey(read, input.lookupAccessKey(read.accessKeyId), token, input.now);
}
