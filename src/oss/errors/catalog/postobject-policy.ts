// PostObject errors about the policy document (spec §3, §9; EC pages 0006-000002xx): how it is
// written (InvalidPolicyDocument, 400) and what it allows (AccessDenied, 403).
// Messages as OSS sends them; causes and fixes our own.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject

import type { CatalogEntry } from '../error-types.ts';
import { POSTOBJECT_ERRORS_DOC_URL } from '../../limits.ts';
import { catalogEntry as e } from './entry.ts';

const HELP = POSTOBJECT_ERRORS_DOC_URL;
const INVALID_JSON = 'Invalid Policy: Invalid JSON.';
const POLICY = { fields: ['policy'] };
const policyError = (ec: string, cause: string, solution: string, message = INVALID_JSON) =>
  e('InvalidPolicyDocument', message, cause, solution, { ec, fields: ['policy'] });

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
    '0006-00000201',
    'The decoded policy is not valid JSON, or a condition has a shape OSS does not accept.',
    'Serialize the policy with a JSON library and use only {field: value}, eq, starts-with, content-length-range, in and not-in conditions.',
  ),
  policyError(
    '0006-00000205',
    'The policy field is empty.',
    'Send the Base64 of the policy JSON in the policy field.',
  ),
  policyError(
    '0006-00000208',
    'The policy has no expiration.',
    'Add "expiration": "YYYY-MM-DDTHH:MM:SS.000Z" (UTC) to the policy.',
  ),
  policyError(
    '0006-00000209',
    'The policy has neither expiration nor conditions.',
    'Write a policy object with an expiration string and a conditions array.',
  ),
  policyError(
    '0006-00000210',
    'expiration is not a JSON string (e.g. a number timestamp).',
    'Write expiration as an ISO 8601 UTC string in quotes.',
  ),
  policyError(
    '0006-00000211',
    'expiration is an empty string.',
    'Give expiration a future UTC time.',
  ),
  policyError(
    '0006-00000212',
    'expiration is not in ISO 8601 form.',
    'Use the form 2030-01-01T12:00:00.000Z (UTC, with the Z).',
  ),
  policyError(
    '0006-00000220',
    'content-length-range has non-integer bounds (often numbers sent as strings) or min above max.',
    'Write ["content-length-range", 1, 10485760] with plain integers, min ≤ max.',
    'Invalid Policy: Invalid JSON. ',
  ),
  policyError(
    '0006-00000224',
    'A condition value has the wrong JSON type for its operator, e.g. in / not-in with a string instead of an array.',
    'Give in and not-in an array of strings, and eq / starts-with a string.',
  ),
  e(
    'InvalidPolicyDocument',
    'Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.',
    'An object-form condition has zero or several properties, or the conditions list is empty.',
    'Give each {field: value} condition exactly one property, or use ["eq", "$field", "value"].',
    { ...POLICY, docUrl: HELP },
  ),
  e(
    'AccessDenied',
    'Invalid according to Policy: Policy expired.',
    'The policy expiration has passed when OSS received the upload, often because the signing clock runs behind or the validity is short.',
    'Sign again with a later expiration; check the clock of the machine that signs (UTC, with Z).',
    { status: 403, ...POLICY, docUrl: HELP },
  ),
  e(
    'AccessDenied',
    'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "user/eric/"]',
    'A form value does not satisfy the policy condition OSS echoes in the message (object-form conditions are echoed as ["eq", "$field", "value"]).',
    'Change the named field to satisfy the condition, or change the condition and sign again; conditions see values before ${filename} is replaced.',
    { status: 403, ...POLICY, docUrl: HELP },
  ),
];
