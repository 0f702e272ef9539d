// Seed entries (OSS HTTP 400 reference) about authentication: the Authorization header, dates,
// AccessKey IDs and security tokens. Codes and messages verbatim; causes and solutions our own.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import { catalogEntry as e } from './entry.ts';

const HEADER_FIX =
  'Send "Authorization: OSS <AccessKeyId>:<Signature>" where Signature is Base64(HMAC-SHA1(secret, VERB, Content-MD5, Content-Type, Date, canonical x-oss- headers, resource)). A PostObject form carries its signature in form fields, not in this header.';

/**
 * Seed errors about request authentication outside the form fields.
 *
 * @example
 * SEED_AUTH_ENTRIES.some((x) => x.message === 'Authorization header value is empty') // true
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const SEED_AUTH_ENTRIES: readonly CatalogEntry[] = [
  e(
    'invalid-argument-authorization-header-invalid',
    'InvalidArgument',
    'Authorization header is invalid',
    'The Authorization header could not be read as an OSS signature.',
    HEADER_FIX,
  ),
  e(
    'invalid-argument-authorization-header-invalid-bad',
    'InvalidArgument',
    'Authorization header is invalid, bad num of Items in Authorization header',
    'The Authorization header does not split into the expected "OSS", AccessKey ID and signature parts.',
    HEADER_FIX,
  ),
  e(
    'invalid-argument-accesskeyid-signature-missing-authorization',
    'InvalidArgument',
    'AccessKeyId or Signature is missing in Authorization header value',
    'The Authorization header lacks the AccessKey ID or the signature after the colon.',
    HEADER_FIX,
  ),
  e(
    'invalid-argument-authorization-header-value-empty',
    'InvalidArgument',
    'Authorization header value is empty',
    'An Authorization header was sent with no value.',
    'Drop the header for anonymous access, or fill it with a computed OSS signature.',
  ),
  e(
    'invalid-argument-unknown-parameter-authorization-header',
    'InvalidArgument',
    'Unknown parameter in Authorization header',
    'The Authorization header contains a part OSS does not recognise for the chosen signature version.',
    'Rebuild the header with an OSS SDK or the documented layout for your signature version.',
  ),
  e(
    'invalid-argument-either-signature-query-string',
    'InvalidArgument',
    'Either the Signature query string parameter or the Authorization header should be specified, not both',
    'The request is signed twice: in the URL (OSSAccessKeyId, Expires, Signature) and in the Authorization header.',
    'Keep one signing method: a signed URL or the Authorization header, never both.',
  ),
  e(
    'invalid-argument-oss-authentication-requires-valid',
    'InvalidArgument',
    'OSS authentication requires a valid Date',
    'The Date header is missing or not a valid GMT date.',
    'Send Date in RFC 1123 GMT form, e.g. "Sun, 22 Nov 2015 08:16:38 GMT", from a clock that is in sync.',
  ),
  e(
    'invalid-argument-invalid-date-must-later',
    'InvalidArgument',
    'Invalid date. Must be later than 1970-01-01 00:00:00',
    'A date value is at or before the Unix epoch.',
    'Send a date after 1970-01-01 00:00:00 UTC.',
  ),
  e(
    'invalid-argument-invalid-date-cannot-later',
    'InvalidArgument',
    'Invalid date. Cannot be later than the current time',
    'A date value lies in the future.',
    'Send a date at or before the current time and check the clock of the machine that makes it.',
  ),
  e(
    'invalid-argument-bad-date-format',
    'InvalidArgument',
    'Bad date format',
    'A date value is not in the format OSS expects.',
    'Use the RFC 1123 form, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".',
  ),
  e(
    'missing-access-key-id',
    'MissingAccessKeyId',
    'MissingAccessKeyId AccessKeyId is mandatory for this action',
    'The request names no AccessKey ID but the operation needs an authenticated caller.',
    'Sign the request with a valid AccessKey ID (OSSAccessKeyId or x-oss-credential in a PostObject form).',
    { fields: ['OSSAccessKeyId', 'x-oss-credential'] },
  ),
  e(
    'invalid-request-security-token-must-provided',
    'InvalidRequest',
    'Security-token must be provided by query string parameter',
    'A signed URL made with STS credentials lacks the security-token query parameter.',
    'Add security-token=<STS token> to the signed URL (SDKs do this when given the token).',
  ),
  e(
    'invalid-request-request-specific-response-headers',
    'InvalidRequest',
    'Request specific response headers cannot be used for anonymous GET requests',
    'An anonymous GET asked OSS to override response headers (response-content-type and the like).',
    'Sign the request, or drop the response-* query parameters.',
  ),
];
