// Seed entries (OSS HTTP 400 reference) about objects, parts, sizes and request bodies.
// Codes and messages verbatim; causes and solutions our own.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import { catalogEntry as e, refusalEntry } from './entry.ts';
import { OSS_REFUSALS } from '../../evaluate/messages.ts';
import {
  OBJECT_KEY_MAX_BYTES,
  OBJECT_KEY_MIN_BYTES,
  OBJECT_MAX_BYTES,
  sizeInWords,
} from '../../limits.ts';

const KEY = { fields: ['key'] };
const COMPLETE =
  'Complete the upload with the part numbers and ETags exactly as UploadPart returned them.';

/**
 * Seed errors about object names, object data and multipart uploads.
 *
 * @example
 * SEED_OBJECT_ENTRIES.find((x) => x.code === 'InvalidObjectName')?.fields // ['key']
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const SEED_OBJECT_ENTRIES: readonly CatalogEntry[] = [
  e(
    'invalid-object-name-object-name-can-not',
    'InvalidObjectName',
    'The Object name can not be empty',
    'The object key is empty.',
    'Fill in the key field, e.g. uploads/${filename}.',
    KEY,
  ),
  e(
    'invalid-object-name-length-object-name-must',
    'InvalidObjectName',
    'The Length of Object name must be less than 1024',
    `The object key is longer than ${OBJECT_KEY_MAX_BYTES.toLocaleString('en-US')} bytes of UTF-8.`,
    'Shorten the key; non-ASCII characters count 2–4 bytes each.',
    KEY,
  ),
  e(
    'invalid-object-name-specified-object-not-valid',
    'InvalidObjectName',
    'The specified object is not valid',
    'The key breaks a naming rule: it starts with / or \\, is not valid UTF-8, or has a bad length.',
    `Use ${OBJECT_KEY_MIN_BYTES}–${OBJECT_KEY_MAX_BYTES.toLocaleString('en-US')} bytes of UTF-8 that do not start with a slash or backslash.`,
    KEY,
  ),
  e(
    'invalid-argument-invalid-argument-parameter-invalid',
    'InvalidArgument',
    'Invalid Argument. Parameter is invalid',
    'A parameter value has the wrong format.',
    'Check each parameter against the operation reference; the ArgumentName element, when present, names it.',
  ),
  e(
    'invalid-argument-copy-source-must-mention',
    'InvalidArgument',
    'Copy Source must mention the source bucket and key: /sourcebucket/sourcekey',
    'A copy request has no usable x-oss-copy-source.',
    'Set x-oss-copy-source to /bucket/key of the object to copy.',
  ),
  e(
    'invalid-argument-invalid-version-id-specified',
    'InvalidArgument',
    'Invalid version id specified',
    'The versionId does not belong to this object, or versioning is not enabled.',
    'List the object versions and use one of the returned IDs.',
  ),
  e(
    'invalid-argument-version-id-can-not',
    'InvalidArgument',
    'Version id can not be the empty string',
    'A versionId parameter was sent without a value.',
    'Leave versionId out for the current version, or give a real version ID.',
  ),
  e(
    'invalid-argument-header-x-oss-tagging',
    'InvalidArgument',
    "The header 'x-oss-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters without tag name duplicates",
    'x-oss-tagging is not URL-encoded key=value pairs, or repeats a tag key.',
    'URL-encode each key and value, join them as k1=v1&k2=v2, and use each key once (PostObject does not take tags).',
    { fields: ['x-oss-tagging'] },
  ),
  e(
    'invalid-argument-x-oss-traffic-limit',
    'InvalidArgument',
    'x-oss-traffic-limit should be specified either in query string or header, not both',
    'The bandwidth limit is given both in the URL and as a header.',
    'Give x-oss-traffic-limit in one place only.',
  ),
  e(
    'invalid-argument-x-oss-traffic-limit-invalid',
    'InvalidArgument',
    'x-oss-traffic-limit is invalid, should be specified between 819200(100KB/s) and 838860800(100MB/s)',
    'The bandwidth limit is outside the allowed range.',
    'Use a value from 819200 to 838860800 bit/s.',
  ),
  e(
    'not-implemented',
    'NotImplemented',
    'A header you provided implies functionality that is not implemented',
    'A header or parameter asks for something this operation cannot do.',
    'Remove headers the operation does not document.',
  ),
  e(
    'missing-argument',
    'MissingArgument',
    'Missing Some Required Arguments',
    'A parameter the operation requires was not sent.',
    'Compare the request with the operation reference and add what is required.',
  ),
  e(
    'request-timeout',
    'RequestTimeout',
    'Your socket connection to the server was not read from or written to within the timeout period. Idle connections will be closed',
    'The connection went idle too long while sending or receiving, often on a slow or stalled network.',
    'Retry; for large files use a steadier network or multipart upload.',
  ),
  e(
    'incomplete-body',
    'IncompleteBody',
    'You did not provide the number of bytes specified by the Content-Length HTTP header',
    'The body ended before the length announced in Content-Length.',
    'Let the client compute Content-Length, and make sure the upload is not cut short.',
    { fields: ['file'] },
  ),
  refusalEntry(
    'invalid-digest-malformed',
    OSS_REFUSALS.invalidDigestMalformed,
    'Content-MD5 is not a Base64 MD5 digest (it does not decode to 16 bytes), e.g. the hex digest or the Base64 of the hex text.',
    'Send Base64 of the 16 raw bytes of the MD5 of the body, or leave Content-MD5 out.',
  ),
  refusalEntry(
    'invalid-digest-mismatch',
    OSS_REFUSALS.invalidDigestMismatch,
    'Content-MD5 is a well-formed digest, but not the MD5 of the body OSS received.',
    'Hash exactly the bytes you send (the whole request body), or leave Content-MD5 out.',
  ),
  e(
    'invalid-crc64',
    'InvalidCRC64',
    'The x-oss-hash-crc64ecma you specified does not match what we calculated',
    'The CRC-64 of the received data differs from the one the client expected: the data changed in transit.',
    'Upload again; if it repeats, check proxies that alter bodies.',
  ),
  e(
    'inline-data-too-large',
    'InlineDataTooLarge',
    'Inline data exceeds the maximum allowed size',
    `The object is larger than the upload method allows (${sizeInWords(OBJECT_MAX_BYTES)} for simple, form and append upload).`,
    `Use multipart upload for objects over ${sizeInWords(OBJECT_MAX_BYTES)}.`,
    { fields: ['file'] },
  ),
  e(
    'image-too-large',
    'ImageTooLarge',
    'Maximal size of image supported is',
    'The source image is over the image processing limits (20 MB; 30,000 px per side; 4,096 px for rotation).',
    'Process a smaller image.',
  ),
  e(
    'too-many-pipes',
    'TooManyPipes',
    'Maximal number of pipes supported is',
    'The image processing request chains more operations than allowed.',
    'Use fewer operations in one request.',
  ),
  e(
    'operation-not-supported',
    'OperationNotSupported',
    'The operation is not supported for this resource',
    'The operation does not apply to this kind of object (e.g. restoring a Standard object, archiving an appendable one).',
    'Check which operations the object type and storage class support.',
  ),
  e(
    'not-symlink',
    'NotSymlink',
    'The object is not symlink',
    'A symlink operation was applied to an ordinary object.',
    'Use GetSymlink/PutSymlink on symbolic links only.',
  ),
  e(
    'invalid-target-type',
    'InvalidTargetType',
    "The symbolic's target file type is invalid",
    'The symlink points at another symlink.',
    'Point the symlink at an ordinary object.',
  ),
  e(
    'invalid-tag',
    'InvalidTag',
    'The TagKey you have provided is invalid, or The TagValue you have provided is invalid',
    'A tag key or value breaks the tag rules.',
    'Keys: 1–64 UTF-8 characters without an http://, https:// or Aliyun. prefix; values up to 128 characters.',
  ),
  e(
    'invalid-tagging-key',
    'InvalidTaggingKey',
    'The tagging key you provided is invalid',
    'An object tag key breaks the tag rules.',
    'Use keys of at most 128 characters from letters, digits, spaces and + - = . _ : /, URL-encoded in headers.',
  ),
  e(
    'user-key-must-be-specified',
    'UserKeyMustBeSpecified',
    'User key must be specified',
    'A DeleteMultipleObjects entry has no Key.',
    'Give every Object element in the request a Key.',
  ),
  e(
    'invalid-part-one-more-specified-parts',
    'InvalidPart',
    "One or more of the specified parts could not be found or the specified entity tag might not have matched the part's entity tag",
    'CompleteMultipartUpload named a part that was not uploaded, or with the wrong ETag.',
    COMPLETE,
  ),
  e(
    'invalid-part-one-more-specified-parts-could',
    'InvalidPart',
    'One or more of the specified parts could not be found or the specified entity',
    'CompleteMultipartUpload named a part that was not uploaded, or with the wrong ETag.',
    COMPLETE,
  ),
  e(
    'invalid-part-order-list-parts-was-not',
    'InvalidPartOrder',
    'The list of parts was not in ascending order',
    'The parts in CompleteMultipartUpload are not sorted by part number.',
    'Sort the parts by PartNumber, ascending.',
  ),
  e(
    'invalid-part-order-part-number-must-integer',
    'InvalidPartOrder',
    'Part number must be an integer between 1 and 10000, inclusive',
    'A part number is outside 1–10000.',
    'Number parts from 1 to at most 10000.',
  ),
  e(
    'file-part-not-exist',
    'FilePartNotExist',
    'The Part you read had been deleted',
    'A part of the upload no longer exists.',
    'Upload the missing parts again before completing.',
  ),
];
