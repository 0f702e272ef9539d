// Seed entries (OSS HTTP 400 reference) about server-side and client-side encryption.
// Codes and messages verbatim; causes and solutions our own.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import { catalogEntry as e } from './entry.ts';

const SSE = { fields: ['x-oss-server-side-encryption'] };
const CLIENT_SIDE = 'The object uses client-side encryption (x-oss-meta-client-side-encryption-*)';

/**
 * Seed errors about encryption settings.
 *
 * @example
 * SEED_ENCRYPTION_ENTRIES.filter((x) => x.code === 'InvalidEncryptionRequest').length // 10
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const SEED_ENCRYPTION_ENTRIES: readonly CatalogEntry[] = [
  e(
    'invalid-argument-kmsmasterkeyid-not-applicable-if',
    'InvalidArgument',
    'KMSMasterKeyID is not applicable if the default sse algorithm is not KMS',
    'A KMS key ID was given while the encryption algorithm is not KMS.',
    'Send x-oss-server-side-encryption-key-id only together with x-oss-server-side-encryption=KMS.',
    { fields: ['x-oss-server-side-encryption-key-id', 'x-oss-server-side-encryption'] },
  ),
  e(
    'invalid-argument-kmsmasterkeyid-not-applicable-if-user',
    'InvalidArgument',
    'KMSMasterKeyID is not applicable if user is not in white list or SM4 is not applicable if user is not in white list',
    'The account may not use this encryption option (a specific KMS key or SM4) on this bucket.',
    'Use the bucket owner or a RAM user allowed to configure bucket encryption, or choose AES256.',
  ),
  e(
    'invalid-encryption-algorithm-error-encryption-algorithm-specified-not',
    'InvalidEncryptionAlgorithmError',
    'The encryption algorithm specified is not valid or The Encryption request you specified is not valid. Supported value: AES256/SM4/KMS.',
    'x-oss-server-side-encryption holds a value OSS does not know.',
    'Use AES256, KMS or SM4 (exact spelling), or leave the field out.',
    SSE,
  ),
  e(
    'invalid-data-encryption-algorithm-error',
    'InvalidDataEncryptionAlgorithmError',
    'The KMS Data Encryption request you specified is not valid. Supported value:SM4',
    'x-oss-server-side-data-encryption names an algorithm other than SM4.',
    'With KMS encryption only SM4 can be chosen as the data algorithm; otherwise leave it out.',
  ),
  e(
    'invalid-parameter',
    'InvalidParameter',
    'The specified parameter KMS keyId is not valid',
    'The KMS key ID is unknown or not usable in this region.',
    'Copy a valid CMK ID from the KMS console in the bucket region.',
    { fields: ['x-oss-server-side-encryption-key-id'] },
  ),
  e(
    'kms-service-not-enabled',
    'KmsServiceNotEnabled',
    'This user does not turn on KMS service',
    'KMS encryption was requested but KMS is not activated for the account.',
    'Activate KMS for the account, or use AES256.',
    SSE,
  ),
  e(
    'invalid-encryption-algorithm-error-encryption-algorithm-specified-not-valid',
    'InvalidEncryptionAlgorithmError',
    'The encryption algorithm specified is not valid',
    'x-oss-server-side-encryption holds a value OSS does not know.',
    'Use AES256 or KMS, or leave the field out.',
    SSE,
  ),
  e(
    'invalid-encryption-request-parameters-client-encryption-are',
    'InvalidEncryptionRequest',
    'The parameters of client encryption are allowed to be set once',
    `${CLIENT_SIDE}; its encryption metadata cannot be changed, e.g. by CopyObject.`,
    'Leave the encryption metadata of such objects alone; re-upload to change it.',
  ),
  e(
    'invalid-encryption-request-miss-some-necessary-client',
    'InvalidEncryptionRequest',
    'Miss some necessary client encryption meta parameters',
    `${CLIENT_SIDE}, but some of the required metadata is missing.`,
    'Send the encrypted key, start value, content algorithm and wrap algorithm metadata together.',
  ),
  e(
    'invalid-encryption-request-parts-count-calculated-by',
    'InvalidEncryptionRequest',
    'The parts count calculated by client encryption meta is too large',
    'The declared data size and part size give more than 10,000 parts.',
    'Choose a larger part size.',
  ),
  e(
    'invalid-encryption-request-client-encryption-meta-data',
    'InvalidEncryptionRequest',
    'The client encryption meta data_size or part_size is invalid',
    'The declared data size or part size of a client-side encrypted multipart upload is unusable.',
    'Declare both when starting the upload; the part size must be a positive multiple of 16.',
  ),
  e(
    'invalid-encryption-request-client-encryption-part-list',
    'InvalidEncryptionRequest',
    'The client encryption part list is unexpected with init_multipart setted',
    'The parts sent do not add up to the part count declared when the upload started.',
    'Upload exactly the parts that the declared sizes imply.',
  ),
  e(
    'invalid-encryption-request-partid-must-less-equal',
    'InvalidEncryptionRequest',
    'The partId must less or equal to expectedPartNumber',
    'A part number is above the number of parts the upload declared.',
    'Keep part numbers within the declared part count.',
  ),
  e(
    'invalid-encryption-request-partsize-must-same-with',
    'InvalidEncryptionRequest',
    'The partSize must same with init_multipart setted except last part',
    'A non-final part has a size other than the declared part size.',
    'Give every part but the last exactly the declared size.',
  ),
  e(
    'invalid-encryption-request-last-partsize-must-same',
    'InvalidEncryptionRequest',
    'The last partSize must same with init_multipart setted',
    'The parts together do not reach the declared total size.',
    'Make the last part complete the declared total.',
  ),
  e(
    'invalid-encryption-request-client-encryption-meta-inconsistent',
    'InvalidEncryptionRequest',
    'The client encryption meta is inconsistent with init_multipart setted',
    'The encryption metadata on a part differs from what the upload declared at the start.',
    'Send the same encryption metadata for every part as at initiation.',
  ),
  e(
    'invalid-encryption-request-client-encryption-doesn-t',
    'InvalidEncryptionRequest',
    "Client encryption doesn't support upload part copy",
    'UploadPartCopy was used on a client-side encrypted source.',
    'Copy from unencrypted sources only, or download, decrypt and upload again.',
  ),
];
