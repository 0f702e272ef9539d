// What OSS answers at each step of judging a PostObject request: status, Code, Message, EC.
// Messages quoted in the PostObject error guide, the HTTP 400 reference and captured responses are
// verbatim. Where OSS
// publishes an EC page but no Message text (the V4 field errors 0002-00000701/709/710, the bad
// x-oss-forbid-overwrite value, the object ACL and storage class values) the Message is our own
// wording in OSS's style and the Code + EC are what identify the error.
// https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
import type { PolicyCondition } from '../policy/policy-types.ts';
import type { Rejected } from './verdict-types.ts';
import { missingFieldMessage } from './missing-field-message.ts';
import {
  FIELD_VALUE_RULES,
  KMS_KEY_RULE,
  SIZE_LIMITS,
  type ValueRuleId,
} from '../form/field-rules.ts';
import { V1_CLOSED_EC } from '../limits.ts';

const valueRule = (id: ValueRuleId) => {
  const rule = FIELD_VALUE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`No value rule ${id}`);
  return rule.oss;
};

/**
 * The Message the sandbox sends where OSS publishes a Code and an EC but no Message text: it says
 * so, rather than inventing OSS's words (the Code and the EC identify the error).
 *
 * @example unpublishedMessage('0048-00000401') // 'OSS publishes no Message text for EC 0048-00000401; …'
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
 */
export function unpublishedMessage(ec: string): string {
  return `OSS publishes no Message text for EC ${ec}; the Code and the EC identify this error (answered by the OSS sandbox).`;
}

/**
 * Every refusal evaluatePost can give, as `{ status, code, message, ec? }`.
 *
 * @example OSS_REFUSALS.signatureMismatch.ec // '0002-00000705'
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export const OSS_REFUSALS = {
  /**
   * A POST to the bucket with no Content-Type header at all: OSS does not take it as a form upload
   * and answers 405 with `<Method>POST</Method><ResourceType>Bucket</ResourceType>` (captured; see
   * contentTypeRefusal). The sandbox gives the same answer to any method a resource does not serve.
   */
  methodNotAllowed: {
    status: 405,
    code: 'MethodNotAllowed',
    message: 'The specified method is not allowed against this resource.',
  },
  notMultipart: {
    status: 400,
    code: 'RequestIsNotMultiPartContent',
    message: 'Bucket POST must be of the enclosure-type multipart/form-data',
  },
  /** The body cannot be read as multipart/form-data (found by the receiver's parser, not here). */
  malformedMultipart: {
    status: 400,
    code: 'MalformedPOSTRequest',
    message: 'The body of your POST request is not well-formed multipart/form-data',
    ec: '0006-00000103',
  },
  /**
   * Content-MD5 is not the Base64 of 16 bytes (found by the receiver). The Message as OSS's
   * InvalidDigest FAQ and the HTTP 400 reference write it (no final dot); the EC from its page.
   * https://help.aliyun.com/zh/oss/user-guide/0017-00000502
   */
  invalidDigestMalformed: {
    status: 400,
    code: 'InvalidDigest',
    message: 'The Content-MD5 you specified was invalid',
    ec: '0017-00000502',
  },
  /**
   * Content-MD5 differs from the MD5 of the body (found by the receiver, which hashes the body).
   * https://help.aliyun.com/zh/oss/user-guide/0017-00000503
   */
  invalidDigestMismatch: {
    status: 400,
    code: 'InvalidDigest',
    message: 'The Content-MD5 you specified was invalid',
    ec: '0017-00000503',
  },
  /**
   * An account that opened OSS on or after 2025-03-20 posts through the default public endpoint of
   * a mainland bucket. OSS's EC page gives the status, the Code and the EC, no Message text.
   * https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
   */
  publicEndpointForbidden: {
    status: 400,
    code: 'PublicEndpointForbidden',
    message: unpublishedMessage('0048-00000401'),
    ec: '0048-00000401',
  },
  /**
   * A V1-signed post from an account opened on or after 2025-03-01 (or to a bucket created on or
   * after 2025-09-01). OSS's EC page 0002-00000080 gives the status (403) and the EC, neither the
   * Code nor the Message: the sandbox answers AccessDenied, OSS's Code for a 403 refusal.
   * https://help.aliyun.com/en/oss/user-guide/0002-00000080
   */
  v1Closed: {
    status: 403,
    code: 'AccessDenied',
    message: unpublishedMessage(V1_CLOSED_EC),
    ec: V1_CLOSED_EC,
  },
  fieldNameTooLong: SIZE_LIMITS.fieldName.oss,
  fieldValueTooLong: SIZE_LIMITS.fieldValue.oss,
  preDataTooLarge: SIZE_LIMITS.preFile.oss,
  /** All x-oss-meta-* names and values over 8 KB (EC 0011-00000002; see SIZE_LIMITS.userMeta). */
  userMetaTooLarge: SIZE_LIMITS.userMeta.oss,
  fileCount: {
    status: 400,
    code: 'IncorrectNumberOfFilesInPOSTRequest',
    message: 'POST requires exactly one file upload per request.',
  },
  keyMissing: { status: 400, code: 'InvalidArgument', message: missingFieldMessage('key') },
  anonymousDenied: {
    status: 403,
    code: 'AccessDenied',
    message: 'You have no right to access this object because of bucket acl.',
  },
  accessKeyIdMissing: {
    status: 400,
    code: 'InvalidArgument',
    message: missingFieldMessage('OSSAccessKeyId'),
    ec: '0002-00000706',
  },
  policyMissing: {
    status: 400,
    code: 'InvalidArgument',
    message: missingFieldMessage('policy'),
    ec: '0002-00000702',
  },
  signatureMissingV1: {
    status: 400,
    code: 'InvalidArgument',
    message: missingFieldMessage('Signature'),
    ec: '0002-00000703',
  },
  signatureMissingV4: {
    status: 400,
    code: 'InvalidArgument',
    message: missingFieldMessage('x-oss-signature'),
    ec: '0002-00000703',
  },
  accessKeyIdEmpty: {
    status: 400,
    code: 'InvalidArgument',
    message: 'Post request accessKeyId is empty.',
    ec: '0002-00000707',
  },
  signatureEmpty: {
    status: 400,
    code: 'InvalidArgument',
    message: 'Post request signature is empty.',
    ec: '0002-00000704',
  },
  signatureVersion: {
    status: 400,
    code: 'InvalidArgument',
    message:
      'The x-oss-signature-version in the POST request is invalid, it must be OSS4-HMAC-SHA256.',
    ec: '0002-00000701',
  },
  credentialMalformed: {
    status: 400,
    code: 'InvalidArgument',
    message: 'The x-oss-credential in the POST request is invalid.',
    ec: '0002-00000710',
  },
  /**
   * The credential scope names a region other than the bucket's (another region, an `oss-`-prefixed
   * id, an unknown id). https://www.alibabacloud.com/help/en/oss/user-guide/0002-00000715
   */
  credentialRegion: {
    status: 400,
    code: 'InvalidArgument',
    message: 'The signing region in credential is invalid.',
    ec: '0002-00000715',
  },
  credentialDate: {
    status: 400,
    code: 'InvalidArgument',
    message:
      'The date in x-oss-credential or x-oss-date of the POST request is invalid or expired.',
    ec: '0002-00000709',
  },
  accessKeyUnknown: {
    status: 403,
    code: 'InvalidAccessKeyId',
    message: 'The OSS Access Key Id you provided does not exist in our records.',
  },
  stsTokenLost: {
    status: 403,
    code: 'InvalidAccessKeyId',
    message:
      'The OSS Access Key Id you provided does not exist in our records. The Security Token may be lost to specify that it is a STS Access Id.',
    ec: '0002-00000003',
  },
  stsKeyUnknown: {
    status: 403,
    code: 'InvalidAccessKeyId',
    message: 'The OSS Access Key Id you provided does not exist in our records.',
    ec: '0002-00000002',
  },
  securityTokenInvalid: {
    status: 403,
    code: 'InvalidSecurityToken',
    message: 'The security token included in the request is invalid.',
    ec: '0002-00000006',
  },
  securityTokenExpired: {
    status: 403,
    code: 'SecurityTokenExpired',
    message: 'The security token you provided has expired.',
    ec: '0002-00000007',
  },
  signatureMismatch: {
    status: 403,
    code: 'SignatureDoesNotMatch',
    message:
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    ec: '0002-00000705',
  },
  policyExpired: {
    status: 403,
    code: 'AccessDenied',
    message: 'Invalid according to Policy: Policy expired.',
  },
  /** The Message is built by conditionFailedMessage. */
  conditionFailed: {
    status: 403,
    code: 'AccessDenied',
    message: 'Invalid according to Policy: Policy Condition failed: ',
  },
  entityTooLarge: {
    status: 400,
    code: 'EntityTooLarge',
    message: 'Your proposed upload exceeds the maximum allowed size.',
    ec: '0006-00000003',
  },
  entityTooSmall: {
    status: 400,
    code: 'EntityTooSmall',
    message: 'Your proposed upload smaller than the minimum allowed size.',
    ec: '0006-00000004',
  },
  objectAcl: valueRule('value.acl'),
  storageClass: valueRule('value.storage-class'),
  encryption: valueRule('value.sse'),
  kmsKeyWithoutKms: KMS_KEY_RULE.oss,
  forbidOverwrite: valueRule('value.forbid-overwrite'),
  fileExists: {
    status: 409,
    code: 'FileAlreadyExists',
    message: 'The object you specified already exists and can not be overwritten.',
  },
  internal: {
    status: 500,
    code: 'InternalError',
    message: 'We encountered an internal error. Please try again.',
  },
} as const;

/**
 * One entry of OSS_REFUSALS.
 *
 * @example const refusal: Refusal = { status: 409, code: 'FileAlreadyExists', message: '…' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  ec?: string;
}

/**
 * The message OSS sends when a policy condition fails, echoing the condition in array form.
 *
 * @example
 * conditionFailedMessage('["starts-with", "$key", "user/eric/"]')
 * // 'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "user/eric/"]'
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export function conditionFailedMessage(echo: string): string {
  return `Invalid according to Policy: Policy Condition failed: ${echo}`;
}

/**
 * A Rejected verdict from a refusal and the fields it points at.
 *
 * @example
 * reject(OSS_REFUSALS.keyMissing, ['key']).code // 'InvalidArgument'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function reject(
  refusal: Refusal,
  fields: string[],
  more: { message?: string; condition?: PolicyCondition; extra?: Record<string, string> } = {},
): Rejected {
  return {
    ok: false,
    status: refusal.status,
    code: refusal.code,
    message: more.message ?? refusal.message,
    ...(refusal.ec ? { ec: refusal.ec } : {}),
    fields,
    ...(more.condition ? { condition: more.condition } : {}),
    ...(more.extra ? { extra: more.extra } : {}),
  };
}
