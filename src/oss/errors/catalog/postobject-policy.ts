// PostObject errors about the policy document (EC pages 0006-000002xx): how it is
// written (InvalidPolicyDocument, 400) and what it allows (AccessDenied, 403).
// Codes, messages and ECs are read from the core's records (policy/policy-oss-errors.ts,
// evaluate/messages.ts); causes and fixes our own.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject

import type { CatalogEntry } from '../error-types.ts';
import { POSTOBJECT_ERRORS_DOC_URL } from '../../limits.ts';
import { catalogEntry as e, refusalEntry } from './entry.ts';
import { conditionFailedMessage, OSS_REFUSALS } from '../../evaluate/messages.ts';
import { POLICY_OSS_ERRORS, type OssErrorRef } from '../../policy/policy-oss-errors.ts';

const HELP = POSTOBJECT_ERRORS_DOC_URL;
const POLICY = { fields: ['policy'] };
const policyError = (id: string, error: OssErrorRef, cause: string, solution: string) =>
  refusalEntry(id, error, cause, solution, POLICY);
const P = POLICY_OSS_ERRORS;

/**
 * PostObject policy errors: the InvalidPolicyDocument ECs and the policy's 403 answers.
 *
 * @example
 * POST_OBJECT_POLICY_ENTRIES.find((x) => x.ec === '0006-00000208')?.cause
 * // 'The policy has no expiration.'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const POST_OBJECT_POLICY_ENTRIES: readonly CatalogEntry[] = [
  policyError(
    'invalid-policy-document-0006-00000201',
    P.invalidJson,
    'The decoded policy is not valid JSON, or a condition has a shape OSS does not accept.',
    'Serialize the policy with a JSON library and use only {field: value}, eq, starts-with, content-length-range, in and not-in conditions.',
  ),
  policyError(
    'invalid-policy-document-0006-00000205',
    P.blank,
    'The policy field is empty.',
    'Send the Base64 of the policy JSON in the policy field.',
  ),
  policyError(
    'invalid-policy-document-0006-00000208',
    P.expirationMissing,
    'The policy has no expiration.',
    'Add "expiration": "YYYY-MM-DDTHH:MM:SS.000Z" (UTC) to the policy.',
  ),
  policyError(
    'invalid-policy-document-0006-00000209',
    P.bothMissing,
    'The policy has neither expiration nor conditions.',
    'Write a policy object with an expiration string and a conditions array.',
  ),
  policyError(
    'invalid-policy-document-0006-00000210',
    P.expirationNotString,
    'expiration is not a JSON string (e.g. a number timestamp).',
    'Write expiration as an ISO 8601 UTC string in quotes.',
  ),
  policyError(
    'invalid-policy-document-0006-00000211',
    P.expirationEmpty,
    'expiration is an empty string.',
    'Give expiration a future UTC time.',
  ),
  policyError(
    'invalid-policy-document-0006-00000212',
    P.expirationFormat,
    'expiration is not in ISO 8601 form.',
    'Use the form 2030-01-01T12:00:00.000Z (UTC, with the Z).',
  ),
  policyError(
    'invalid-policy-document-0006-00000220',
    P.contentLengthRange,
    'content-length-range has non-integer bounds (often numbers sent as strings) or min above max.',
    'Write ["content-length-range", 1, 10485760] with plain integers, min ≤ max.',
  ),
  policyError(
    'invalid-policy-document-0006-00000224',
    P.valueType,
    'A condition value has the wrong JSON type for its operator, e.g. in / not-in with a string instead of an array.',
    'Give in and not-in an array of strings, and eq / starts-with a string.',
  ),
  refusalEntry(
    'invalid-policy-document-invalid-policy-invalid-simple',
    P.simpleCondition,
    'An object-form condition has zero or several properties, or the conditions list is empty.',
    'Give each {field: value} condition exactly one property, or use ["eq", "$field", "value"].',
    { ...POLICY, docUrl: HELP },
  ),
  refusalEntry(
    'access-denied-invalid-according-policy-policy',
    OSS_REFUSALS.policyExpired,
    'The policy expiration has passed when OSS received the upload, often because the signing clock runs behind or the validity is short.',
    'Sign again with a later expiration; check the clock of the machine that signs (UTC, with Z).',
    { ...POLICY, docUrl: HELP },
  ),
  e(
    'access-denied-invalid-according-policy-policy-condition',
    'AccessDenied',
    conditionFailedMessage('["starts-with", "$key", "user/eric/"]'),
    'The form does not satisfy the policy condition OSS echoes (object-form conditions are echoed as ["eq", "$field", "value"]): either the field it names is not sent before the file, or its value does not match.',
    'Change the named field to satisfy the condition, or change the condition and sign again; conditions see values before ${filename} is replaced.',
    { status: 403, ...POLICY, docUrl: HELP },
  ),
  e(
    'access-denied-invalid-according-policy-policy-condition-failed',
    'AccessDenied',
    conditionFailedMessage('["eq", "$x-oss-security-token", ""]'),
    'The policy pins x-oss-security-token to an empty value, but the form sends no such field, so the condition has nothing to compare. Signers that always write the token condition do this for a permanent AccessKey, where there is no STS token.',
    'Without STS, send x-oss-security-token as an empty field before the file (an empty token does not count as STS), or drop the condition and sign again.',
    { status: 403, fields: ['x-oss-security-token', 'policy'], docUrl: HELP },
  ),
  e(
    'access-denied-invalid-according-policy-policy-condition-failed-eq',
    'AccessDenied',
    conditionFailedMessage('["eq", "$x_oss_object_acl", "private"]'),
    'The condition names a field OSS does not define: a known field spelled with underscores instead of dashes (x_oss_object_acl for x-oss-object-acl). A form that spells the field correctly never sends one by that name, so the condition cannot hold.',
    'Spell the field as OSS names it (with dashes) in the policy and in the form, then sign again.',
    { status: 403, ...POLICY, docUrl: HELP },
  ),
];
