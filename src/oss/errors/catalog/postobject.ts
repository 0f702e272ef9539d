// PostObject errors beyond auth and policy: object settings, overwrite protection,
// retention, KMS, callbacks, CORS, server faults. Messages as OSS sends them where known; an empty
// message means OSS's wording is not documented, and the entry is matched by code (and EC) alone.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject

import type { CatalogEntry } from '../error-types.ts';
import { POSTOBJECT_DOC_URL } from '../../limits.ts';
import { catalogEntry as e, refusalEntry } from './entry.ts';
import { OSS_REFUSALS } from '../../evaluate/messages.ts';
import {
  CALLBACK_ANSWER_MAX_BYTES,
  CALLBACK_FAILED_MESSAGES,
  CALLBACK_TIMEOUT_MS,
  callbackStatusMessage,
} from '../../callback/callback-messages.ts';

const CORS_DOC =
  'https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing';
const DOC = { docUrl: POSTOBJECT_DOC_URL };

/**
 * The 403 AccessForbidden message OSS gives when no CORS rule matches a request.
 *
 * @example
 * CORS_NOT_ALLOWED_MESSAGE.startsWith('CORSResponse:') // true
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export const CORS_NOT_ALLOWED_MESSAGE =
  "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Requet-Headers are not whitelisted by the resource's CORS spec.";

/**
 * Other PostObject errors: 400 value errors, 403 KMS and CORS, 409 overwrite/retention, 203 callback.
 *
 * @example
 * POST_OBJECT_ENTRIES.find((x) => x.code === 'FileAlreadyExists')?.status // 409
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const POST_OBJECT_ENTRIES: readonly CatalogEntry[] = [
  refusalEntry(
    'invalid-argument-0006-00000117',
    OSS_REFUSALS.forbidOverwrite,
    'x-oss-forbid-overwrite holds something other than true or false.',
    'Send true or false, or leave the field out.',
    { fields: ['x-oss-forbid-overwrite'] },
  ),
  refusalEntry(
    'invalid-argument-x-oss-object-acl',
    OSS_REFUSALS.objectAcl,
    'x-oss-object-acl is not one of the ACL values.',
    'Use default, private, public-read or public-read-write.',
    { ...DOC, fields: ['x-oss-object-acl'] },
  ),
  refusalEntry(
    'invalid-argument-x-oss-storage-class',
    OSS_REFUSALS.storageClass,
    'x-oss-storage-class is not a storage class OSS knows.',
    'Use Standard, IA, Archive or ColdArchive (exact spelling).',
    { ...DOC, fields: ['x-oss-storage-class'] },
  ),
  e(
    'kms-service-not-enabled-in-post',
    'KmsServiceNotEnabled',
    'This user does not turn on KMS service',
    'x-oss-server-side-encryption is KMS but KMS is not activated for the account.',
    'Activate KMS, or use AES256.',
    { ...DOC, status: 403, fields: ['x-oss-server-side-encryption'] },
  ),
  refusalEntry(
    'file-already-exists-object-specified-already-exists',
    OSS_REFUSALS.fileExists,
    'x-oss-forbid-overwrite is true and an object with this key already exists.',
    'Choose another key (e.g. add ${filename} or a unique prefix), or drop x-oss-forbid-overwrite to replace the object.',
    { ...DOC, fields: ['key', 'x-oss-forbid-overwrite'] },
  ),
  e(
    'file-already-exists-empty',
    'FileAlreadyExists',
    '',
    'x-oss-forbid-overwrite is true and an object with this key already exists.',
    'Choose another key, or drop x-oss-forbid-overwrite to replace the object.',
    { ...DOC, status: 409, fields: ['key', 'x-oss-forbid-overwrite'] },
  ),
  e(
    'file-immutable',
    'FileImmutable',
    '',
    'A retention (WORM) policy protects the existing object with this key, so it cannot be replaced.',
    'Upload under another key, or wait until the retention period ends.',
    { ...DOC, status: 409, fields: ['key'] },
  ),
  e(
    'callback-failed-error-status-1-oss',
    'CallbackFailed',
    CALLBACK_FAILED_MESSAGES.cannotConnect,
    'The object was stored, but OSS could not open a connection to any callback URL: the host does not resolve, nothing listens on that port, or a firewall drops the connection.',
    'Check that each callbackUrl is reachable from the internet (not localhost or a private address) and that the server is running on that port; the upload itself succeeded.',
    { ...DOC, status: 203, fields: ['callback'] },
  ),
  e(
    'callback-failed-error-status-1-8',
    'CallbackFailed',
    CALLBACK_FAILED_MESSAGES.timedOut,
    `The object was stored, but the callback server did not answer within ${CALLBACK_TIMEOUT_MS / 1000} seconds.`,
    'Answer the callback quickly (do slow work after replying) and check that nothing between OSS and the server holds the request.',
    { ...DOC, status: 203, fields: ['callback'] },
  ),
  e(
    'callback-failed-error-status-500',
    'CallbackFailed',
    callbackStatusMessage(500),
    'The object was stored, but the callback server answered with an HTTP status outside 2xx (the number in the message); a verifying server answers 403 when the signature check fails.',
    "Look at the callback server's log for that request; make it answer 200 with a JSON body, and check that it verifies the signature with the public key named in x-oss-pub-key-url.",
    { ...DOC, status: 203, fields: ['callback'] },
  ),
  e(
    'callback-failed-response-body-not-valid',
    'CallbackFailed',
    CALLBACK_FAILED_MESSAGES.notJson,
    'The object was stored, and the callback server answered 2xx, but its body is not JSON.',
    'Make the callback server reply with a JSON body (for example {"Status":"OK"}) and Content-Type application/json.',
    { ...DOC, status: 203, fields: ['callback'] },
  ),
  e(
    'callback-failed-response-body-too-large',
    'CallbackFailed',
    CALLBACK_FAILED_MESSAGES.bodyTooLarge,
    `The object was stored, but the callback server's answer is larger than OSS relays (${CALLBACK_ANSWER_MAX_BYTES / 1024 / 1024} MB).`,
    'Reply with a short JSON body; fetch large results from your server in a separate request.',
    { ...DOC, status: 203, fields: ['callback'] },
  ),
  e(
    'callback-failed-empty',
    'CallbackFailed',
    '',
    'The object was stored, but the callback to your server failed (unreachable, timeout, non-200 answer or a non-JSON body).',
    'Check the callback server is publicly reachable and answers 200 with JSON within 5 seconds; the upload itself succeeded.',
    { ...DOC, status: 203, fields: ['callback'] },
  ),
  e(
    'access-forbidden',
    'AccessForbidden',
    CORS_NOT_ALLOWED_MESSAGE,
    'No CORS rule of the bucket matches the page origin, the method, or one of the request headers.',
    'Add a rule with this page origin (scheme, host and port), POST among the methods and AllowedHeader *.',
    { status: 403, docUrl: CORS_DOC },
  ),
  refusalEntry(
    'internal-error',
    OSS_REFUSALS.internal,
    'OSS (or the sandbox) failed while handling the request.',
    'Retry; if it persists, report the RequestId.',
    DOC,
  ),
];
