// PostObject errors about who is signing (EC pages 0002-000007xx): missing or empty
// auth fields, the V4 fields, unknown AccessKeys and STS tokens, signature mismatches, denials.
// Codes, messages and ECs are read from the core's refusals (evaluate/messages.ts), never restated;
// causes and fixes are our own.
// https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called

import type { CatalogEntry } from '../error-types.ts';
import { POSTOBJECT_ERRORS_DOC_URL, V4_MAX_SKEW_MS } from '../../limits.ts';
import { catalogEntry as e, refusalEntry } from './entry.ts';
import { OSS_REFUSALS } from '../../evaluate/messages.ts';

const HELP = POSTOBJECT_ERRORS_DOC_URL;
const SIGNATURE_MISMATCH = OSS_REFUSALS.signatureMismatch.message;
const SIGNATURE_FIELDS = ['x-oss-signature', 'Signature', 'policy'];

/**
 * PostObject authentication errors (400/403), with ECs where OSS documents them.
 *
 * @example
 * POST_OBJECT_AUTH_ENTRIES.find((x) => x.ec === '0002-00000706')?.fields // ['OSSAccessKeyId']
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export const POST_OBJECT_AUTH_ENTRIES: readonly CatalogEntry[] = [
  refusalEntry(
    'invalid-argument-0002-00000706',
    OSS_REFUSALS.accessKeyIdMissing,
    'policy or Signature was sent without OSSAccessKeyId before the file part (missing, misspelled, or after file).',
    'Send OSSAccessKeyId (exact spelling) before file, or use a V4 form, which names the key in x-oss-credential.',
    { fields: ['OSSAccessKeyId'] },
  ),
  refusalEntry(
    'invalid-argument-0002-00000702',
    OSS_REFUSALS.policyMissing,
    'The signed form has no policy field before the file part.',
    'Send the Base64 policy as the policy field, before file.',
    { fields: ['policy'] },
  ),
  refusalEntry(
    'invalid-argument-0002-00000703',
    OSS_REFUSALS.signatureMissingV1,
    'A V1 form has no Signature field before the file part.',
    'Send the Base64 HMAC-SHA1 signature as Signature; V4 forms use x-oss-signature.',
    { fields: ['Signature'] },
  ),
  refusalEntry(
    'invalid-argument-bucket-post-must-contain-specified',
    OSS_REFUSALS.signatureMissingV4,
    'A V4 form has no x-oss-signature field before the file part.',
    'Send the lower-case hex HMAC-SHA256 signature as x-oss-signature.',
    { fields: ['x-oss-signature'] },
  ),
  refusalEntry(
    'invalid-argument-0002-00000707',
    OSS_REFUSALS.accessKeyIdEmpty,
    'The AccessKey ID field is present but empty.',
    'Fill OSSAccessKeyId (V1) or the AccessKey part of x-oss-credential (V4).',
    { fields: ['OSSAccessKeyId', 'x-oss-credential'] },
  ),
  refusalEntry(
    'invalid-argument-0002-00000704',
    OSS_REFUSALS.signatureEmpty,
    'The signature field is present but empty.',
    'Compute the signature over the exact Base64 policy you send and put it in Signature (V1) or x-oss-signature (V4).',
    { fields: ['x-oss-signature', 'Signature'] },
  ),
  refusalEntry(
    'invalid-argument-0002-00000701',
    OSS_REFUSALS.signatureVersion,
    'x-oss-signature-version holds something other than OSS4-HMAC-SHA256.',
    'Send x-oss-signature-version = OSS4-HMAC-SHA256 exactly, in the form and in the policy.',
    { fields: ['x-oss-signature-version'] },
  ),
  refusalEntry(
    'invalid-argument-0002-00000710',
    OSS_REFUSALS.credentialMalformed,
    'x-oss-credential is not AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request.',
    'Build it as <AccessKeyId>/<UTC date>/<region without "oss-">/oss/aliyun_v4_request.',
    { fields: ['x-oss-credential'] },
  ),
  refusalEntry(
    'invalid-argument-0002-00000715',
    OSS_REFUSALS.credentialRegion,
    'The region in x-oss-credential is not the bucket\'s region as OSS writes it: another region, the endpoint form with "oss-" (oss-cn-hangzhou), or an id OSS does not know.',
    'Write the bucket\'s own region id without "oss-" (cn-hangzhou) in the credential scope, and sign with that same region.',
    { fields: ['x-oss-credential'] },
  ),
  refusalEntry(
    'invalid-argument-0002-00000709',
    OSS_REFUSALS.credentialDate,
    `The credential date or x-oss-date is malformed, not the same UTC day, or more than ${V4_MAX_SKEW_MS / 60_000} minutes off the server clock.`,
    'Take both from one UTC clock reading (YYYYMMDD and YYYYMMDDTHHMMSSZ) and sign just before uploading.',
    { fields: ['x-oss-credential', 'x-oss-date'] },
  ),
  refusalEntry(
    'signature-does-not-match',
    OSS_REFUSALS.signatureMismatch,
    'OSS computed another signature: wrong secret, a policy text different from the one signed, the wrong region or date in V4, or the signature in the wrong field.',
    'Sign the exact Base64 string you send as policy with the secret of this AccessKey ID; V4: same date and region as x-oss-credential.',
    { fields: SIGNATURE_FIELDS },
  ),
  refusalEntry(
    'invalid-access-key-id-oss-access-key-id',
    OSS_REFUSALS.accessKeyUnknown,
    'OSS does not know this AccessKey ID: mistyped, deleted, disabled, or an expired STS key.',
    'Copy an active AccessKey ID from the RAM console, or fetch fresh STS credentials.',
    { fields: ['OSSAccessKeyId', 'x-oss-credential'], docUrl: HELP },
  ),
  refusalEntry(
    'invalid-access-key-id-0002-00000003',
    OSS_REFUSALS.stsTokenLost,
    'An STS AccessKey ID (STS.…) was sent without its security token.',
    'Add x-oss-security-token with the token that came with the STS key (and the same value in the policy if you constrain it).',
    { fields: ['x-oss-security-token'] },
  ),
  refusalEntry(
    'invalid-access-key-id-0002-00000002',
    OSS_REFUSALS.stsKeyUnknown,
    'A non-empty security token was sent, so OSS treated the AccessKey ID as STS, but it is not a valid STS key.',
    'Send x-oss-security-token only with STS credentials; drop it when using a permanent AccessKey.',
    { fields: ['x-oss-security-token', 'OSSAccessKeyId'] },
  ),
  refusalEntry(
    'invalid-security-token',
    OSS_REFUSALS.securityTokenInvalid,
    'The x-oss-security-token value is not a token STS issued for this key.',
    'Send the token exactly as STS returned it, together with its own temporary AccessKey ID.',
    { fields: ['x-oss-security-token'] },
  ),
  refusalEntry(
    'security-token-expired',
    OSS_REFUSALS.securityTokenExpired,
    'The STS credentials are past their expiry.',
    'Fetch new STS credentials and sign again.',
    { fields: ['x-oss-security-token'] },
  ),
  refusalEntry(
    'access-denied-have-no-right-access',
    OSS_REFUSALS.anonymousDenied,
    'The upload came unsigned (or anonymous) and the bucket ACL does not allow public writes.',
    'Sign the form (policy plus signature fields), or upload to a public-read-write bucket.',
    { fields: ['OSSAccessKeyId', 'x-oss-credential', 'policy'], docUrl: HELP },
  ),
  e(
    'access-denied-access-denied-by-authorizer',
    'AccessDenied',
    "Access denied by authorizer's policy.",
    'A RAM, STS or bucket policy does not let this identity put this object.',
    'Grant oss:PutObject on acs:oss:*:*:<bucket>/<key prefix> to the identity (and to the STS session policy).',
    { status: 403, fields: ['key'], docUrl: HELP },
  ),
  e(
    'access-denied-signaturedoesnotmatch-request-signature-we',
    'AccessDenied',
    `SignatureDoesNotMatch ${SIGNATURE_MISMATCH}`,
    'The documented form of the signature mismatch: the signature OSS computed differs from the one sent.',
    'Sign the exact Base64 policy you send, with the secret that belongs to the AccessKey ID in the form.',
    { status: 403, fields: SIGNATURE_FIELDS, docUrl: HELP },
  ),
];
