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
  /** Content-MD5 differs from the MD5 of the body (found by the receiver, which hashes the body). */
  invalidDigest: {
    status: 400,
    code: 'InvalidDigest',
    // As OSS's InvalidDigest FAQ and the HTTP 400 reference write it (no final dot).
    message: 'The Content-MD5 you specified was invalid',
  },
  fieldNameTooLong: {
    status: 400,
    code: 'FieldItemTooLong',
    message: 'Your name of form field is too long.',
    ec: '0006-00000110',
  },
  fieldValueTooLong: {
    status: 400,
    code: 'FieldItemTooLong',
    message: 'Your name of form field is too long.',
  },
  preDataTooLarge: {
    status: 400,
    code: 'MaxPOSTPreDataLengthExceededError',
    message: 'Your POST request fields preceding the upload file were too large.',
    ec: '0006-00000112',
  },
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
  objectAcl: {
    status: 400,
    code: 'InvalidArgument',
    message: 'The x-oss-object-acl you specified is not valid.',
  },
  storageClass: {
    status: 400,
    code: 'InvalidArgument',
    message: 'The x-oss-storage-class you specified is not valid.',
  },
  encryption: {
    status: 400,
    code: 'InvalidEncryptionAlgorithmError',
    message: 'The encryption algorithm specified is not valid.',
  },
  kmsKeyWithoutKms: {
    status: 400,
    code: 'InvalidArgument',
    message: 'KMSMasterKeyID is not applicable if the default sse algorithm is not KMS.',
  },
  forbidOverwrite: {
    status: 400,
    code: 'InvalidArgument',
    message: 'The x-oss-forbid-overwrite you specified is not valid, it must be true or false.',
    ec: '0006-00000117',
  },
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
