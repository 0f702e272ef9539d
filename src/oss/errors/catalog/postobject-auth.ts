// PostObject errors about who is signing (spec §9, §2.1; EC pages 0002-000007xx): missing or empty
// auth fields, the V4 fields, unknown AccessKeys and STS tokens, signature mismatches, denials.
// Codes and messages as OSS (or, for the V4 ECs, our sandbox) sends them; causes and fixes our own.
// https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called

import type { CatalogEntry } from '../error-types.ts';
import { POSTOBJECT_ERRORS_DOC_URL } from '../../limits.ts';
import { catalogEntry as e } from './entry.ts';
import { missingFieldMessage } from '../../evaluate/missing-field-message.ts';

const HELP = POSTOBJECT_ERRORS_DOC_URL;
const NOT_IN_RECORDS = 'The OSS Access Key Id you provided does not exist in our records.';
const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your key and signing method.';
const SIGNATURE_FIELDS = ['x-oss-signature', 'Signature', 'policy'];

/**
 * PostObject authentication errors (400/403), with ECs where OSS documents them.
 *
 * @example
 * POST_OBJECT_AUTH_ENTRIES.find((x) => x.ec === '0002-00000706')?.fields // ['OSSAccessKeyId']
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export const POST_OBJECT_AUTH_ENTRIES: readonly CatalogEntry[] = [
  e(
    'InvalidArgument',
    missingFieldMessage('OSSAccessKeyId'),
    'policy or Signature was sent without OSSAccessKeyId before the file part (missing, misspelled, or after file).',
    'Send OSSAccessKeyId (exact spelling) before file, or use a V4 form, which names the key in x-oss-credential.',
    { ec: '0002-00000706', fields: ['OSSAccessKeyId'] },
  ),
  e(
    'InvalidArgument',
    missingFieldMessage('policy'),
    'The signed form has no policy field before the file part.',
    'Send the Base64 policy as the policy field, before file.',
    { ec: '0002-00000702', fields: ['policy'] },
  ),
  e(
    'InvalidArgument',
    missingFieldMessage('Signature'),
    'A V1 form has no Signature field before the file part.',
    'Send the Base64 HMAC-SHA1 signature as Signature; V4 forms use x-oss-signature.',
    { ec: '0002-00000703', fields: ['Signature'] },
  ),
  e(
    'InvalidArgument',
    missingFieldMessage('x-oss-signature'),
    'A V4 form has no x-oss-signature field before the file part.',
    'Send the lower-case hex HMAC-SHA256 signature as x-oss-signature.',
    { ec: '0002-00000703', fields: ['x-oss-signature'] },
  ),
  e(
    'InvalidArgument',
    'Post request accessKeyId is empty.',
    'The AccessKey ID field is present but empty.',
    'Fill OSSAccessKeyId (V1) or the AccessKey part of x-oss-credential (V4).',
    { ec: '0002-00000707', fields: ['OSSAccessKeyId', 'x-oss-credential'] },
  ),
  e(
    'InvalidArgument',
    'Post request signature is empty.',
    'The signature field is present but empty.',
    'Compute the signature over the exact Base64 policy you send and put it in Signature (V1) or x-oss-signature (V4).',
    { ec: '0002-00000704', fields: ['x-oss-signature', 'Signature'] },
  ),
  e(
    'InvalidArgument',
    'The x-oss-signature-version in the POST request is invalid, it must be OSS4-HMAC-SHA256.',
    'x-oss-signature-version holds something other than OSS4-HMAC-SHA256.',
    'Send x-oss-signature-version = OSS4-HMAC-SHA256 exactly, in the form and in the policy.',
    { ec: '0002-00000701', fields: ['x-oss-signature-version'] },
  ),
  e(
    'InvalidArgument',
    'The x-oss-credential in the POST request is invalid.',
    'x-oss-credential is not AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request.',
    'Build it as <AccessKeyId>/<UTC date>/<region without "oss-">/oss/aliyun_v4_request.',
    { ec: '0002-00000710', fields: ['x-oss-credential'] },
  ),
  e(
    'InvalidArgument',
    'The date in x-oss-credential or x-oss-date of the POST request is invalid or expired.',
    'The credential date or x-oss-date is malformed, not the same UTC day, or more than 15 minutes off the server clock.',
    'Take both from one UTC clock reading (YYYYMMDD and YYYYMMDDTHHMMSSZ) and sign just before uploading.',
    { ec: '0002-00000709', fields: ['x-oss-credential', 'x-oss-date'] },
  ),
  e(
    'SignatureDoesNotMatch',
    SIGNATURE_MISMATCH,
    'OSS computed another signature: wrong secret, a policy text different from the one signed, the wrong region or date in V4, or the signature in the wrong field.',
    'Sign the exact Base64 string you send as policy with the secret of this AccessKey ID; V4: same date and region as x-oss-credential.',
    { status: 403, ec: '0002-00000705', fields: SIGNATURE_FIELDS },
  ),
  e(
    'InvalidAccessKeyId',
    NOT_IN_RECORDS,
    'OSS does not know this AccessKey ID: mistyped, deleted, disabled, or an expired STS key.',
    'Copy an active AccessKey ID from the RAM console, or fetch fresh STS credentials.',
    { status: 403, fields: ['OSSAccessKeyId', 'x-oss-credential'], docUrl: HELP },
  ),
  e(
    'InvalidAccessKeyId',
    `${NOT_IN_RECORDS} The Security Token may be lost to specify that it is a STS Access Id.`,
    'An STS AccessKey ID (STS.…) was sent without its security token.',
    'Add x-oss-security-token with the token that came with the STS key (and the same value in the policy if you constrain it).',
    { status: 403, ec: '0002-00000003', fields: ['x-oss-security-token'] },
  ),
  e(
    'InvalidAccessKeyId',
    NOT_IN_RECORDS,
    'A security token was sent, so OSS treated the AccessKey ID as STS, but it is not a valid STS key.',
    'Send x-oss-security-token only with STS credentials; drop it when using a permanent AccessKey.',
    { status: 403, ec: '0002-00000002', fields: ['x-oss-security-token', 'OSSAccessKeyId'] },
  ),
  e(
    'InvalidSecurityToken',
    'The security token included in the request is invalid.',
    'The x-oss-security-token value is not a token STS issued for this key.',
    'Send the token exactly as STS returned it, together with its own temporary AccessKey ID.',
    { status: 403, ec: '0002-00000006', fields: ['x-oss-security-token'] },
  ),
  e(
    'SecurityTokenExpired',
    'The security token you provided has expired.',
    'The STS credentials are past their expiry.',
    'Fetch new STS credentials and sign again.',
    { status: 403, ec: '0002-00000007', fields: ['x-oss-security-token'] },
  ),
  e(
    'AccessDenied',
    'You have no right to access this object because of bucket acl.',
    'The upload came unsigned (or anonymous) and the bucket ACL does not allow public writes.',
    'Sign the form (policy plus signature fields), or upload to a public-read-write bucket.',
    { status: 403, fields: ['OSSAccessKeyId', 'x-oss-credential', 'policy'], docUrl: HELP },
  ),
  e(
    'AccessDenied',
    "Access denied by authorizer's policy.",
    'A RAM, STS or bucket policy does not let this identity put this object.',
    'Grant oss:PutObject on acs:oss:*:*:<bucket>/<key prefix> to the identity (and to the STS session policy).',
    { status: 403, fields: ['key'], docUrl: HELP },
  ),
  e(
    'AccessDenied',
    `SignatureDoesNotMatch ${SIGNATURE_MISMATCH}`,
    'The documented form of the signature mismatch: the signature OSS computed differs from the one sent.',
    'Sign the exact Base64 policy you send, with the secret that belongs to the AccessKey ID in the form.',
    { status: 403, fields: SIGNATURE_FIELDS, docUrl: HELP },
  ),
];
