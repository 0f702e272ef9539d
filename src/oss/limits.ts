// Every PostObject limit and allowed value, named once (docs/oss-rules.md#limits).
// Sources are the OSS pages linked on each constant.

/**
 * The PostObject API reference, the page most limits come from.
 *
 * @example { id: 'x', severity: 'error', message: '…', docUrl: POSTOBJECT_DOC_URL, fields: [] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const POSTOBJECT_DOC_URL =
  'https://www.alibabacloud.com/help/en/oss/developer-reference/postobject';
/**
 * "How to handle common errors when the PostObject operation is called".
 *
 * @example { id: 'x', severity: 'error', message: '…', docUrl: POSTOBJECT_ERRORS_DOC_URL, fields: [] }
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export const POSTOBJECT_ERRORS_DOC_URL =
  'https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called';
/**
 * The OSS HTTP 400 error reference (the seed of our error catalog).
 *
 * @example { id: 'x', severity: 'error', message: '…', docUrl: HTTP_400_DOC_URL, fields: [] }
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html
 */
export const HTTP_400_DOC_URL = 'https://www.alibabacloud.com/help/en/doc-detail/185228.html';
/**
 * POST V4 signature (OSS4-HMAC-SHA256).
 *
 * @example { id: 'x', severity: 'error', message: '…', docUrl: V4_SIGNATURE_DOC_URL, fields: [] }
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const V4_SIGNATURE_DOC_URL =
  'https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend';
/**
 * POST V1 signature (legacy HMAC-SHA1).
 *
 * @example { id: 'x', severity: 'error', message: '…', docUrl: V1_SIGNATURE_DOC_URL, fields: [] }
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-1
 */
export const V1_SIGNATURE_DOC_URL =
  'https://help.aliyun.com/en/oss/developer-reference/signature-version-1';
/**
 * Upload callback.
 *
 * @example { id: 'x', severity: 'error', message: '…', docUrl: CALLBACK_DOC_URL, fields: [] }
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export const CALLBACK_DOC_URL = 'https://help.aliyun.com/en/oss/developer-reference/callback';

/**
 * The page of one OSS error code (EC): the troubleshooting link OSS itself puts in an error's
 * `RecommendDoc` (captured bodies in src/oss/fixtures/oss-error-bodies.ts). The EC is written as
 * OSS writes it (digits and a dash need no escaping); anything else is URL-encoded.
 *
 * @example
 * ecDocUrl('0002-00000701') // 'https://api.aliyun.com/troubleshoot?q=0002-00000701'
 * @see https://api.aliyun.com/troubleshoot?q=0002-00000701
 */
export function ecDocUrl(ec: string): string {
  return `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(ec)}`;
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/**
 * Object key: at least 1 UTF-8 byte.
 *
 * @example OBJECT_KEY_MIN_BYTES // 1
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html (InvalidObjectName)
 */
export const OBJECT_KEY_MIN_BYTES = 1;
/**
 * Object key: at most 1023 UTF-8 bytes ("must be less than 1024").
 *
 * @example OBJECT_KEY_MAX_BYTES // 1023
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html
 */
export const OBJECT_KEY_MAX_BYTES = 1023;
/**
 * Bucket name: 3–63 characters.
 *
 * @example BUCKET_NAME_MIN_LENGTH // 3
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html (InvalidBucketName)
 */
export const BUCKET_NAME_MIN_LENGTH = 3;
/**
 * Bucket name: at most 63 characters.
 *
 * @example BUCKET_NAME_MAX_LENGTH // 63
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html (InvalidBucketName)
 */
export const BUCKET_NAME_MAX_LENGTH = 63;

/**
 * A form field's name: ≤ 8 KB (EC 0006-00000110).
 *
 * @example FIELD_NAME_MAX_BYTES // 8192
 * @see https://help.aliyun.com/zh/oss/support/0006-00000110
 */
export const FIELD_NAME_MAX_BYTES = 8 * KB;
/**
 * A form field's value: ≤ 2 MB.
 *
 * @example FIELD_VALUE_MAX_BYTES // 2097152
 * @see https://help.aliyun.com/document_detail/480528.html
 */
export const FIELD_VALUE_MAX_BYTES = 2 * MB;
/**
 * Everything before the `file` part: ≤ 8 MB (EC 0006-00000112).
 *
 * @example PRE_FILE_DATA_MAX_BYTES // 8388608
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0006-00000112
 */
export const PRE_FILE_DATA_MAX_BYTES = 8 * MB;
/**
 * The older error reference's 4 KB total for the non-file fields: a warning only (the newer 8 KB / 2 MB limits win: docs/oss-rules.md#limits).
 *
 * @example NON_FILE_FIELDS_WARN_BYTES // 4096
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html (FieldItemTooLong)
 */
export const NON_FILE_FIELDS_WARN_BYTES = 4 * KB;
/**
 * All `x-oss-meta-*` names and values of one object: ≤ 8 KB.
 *
 * @example USER_META_MAX_BYTES // 8192
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const USER_META_MAX_BYTES = 8 * KB;
/**
 * An object uploaded by PostObject: ≤ 5 GB.
 *
 * @example OBJECT_MAX_BYTES // 5368709120
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const OBJECT_MAX_BYTES = 5 * GB;

/**
 * V4: a request is accepted up to 15 minutes away from `x-oss-date`.
 *
 * @example V4_MAX_SKEW_MS // 900000
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const V4_MAX_SKEW_MS = 15 * 60 * 1000;
/**
 * V4: a signed request is valid at most 7 days from `x-oss-date`.
 *
 * @example V4_MAX_VALIDITY_MS // 604800000
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const V4_MAX_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * Expirations shorter than this are at the mercy of clock skew: a warning.
 *
 * @example SHORT_EXPIRATION_WARN_MS // 300000
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SHORT_EXPIRATION_WARN_MS = 5 * 60 * 1000;
/**
 * Expirations shorter than V4's skew window (`V4_MAX_SKEW_MS`) leave little room for slow uploads
 * or a signing clock that is off: an info.
 *
 * @example SHORT_EXPIRATION_INFO_MS // 900000
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SHORT_EXPIRATION_INFO_MS = V4_MAX_SKEW_MS;

/**
 * The Base64 `callback` value: ≤ 5 KB.
 *
 * @example CALLBACK_MAX_BYTES // 5120
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export const CALLBACK_MAX_BYTES = 5 * KB;
/**
 * At most 5 callback URLs, separated by `;`.
 *
 * @example CALLBACK_MAX_URLS // 5
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export const CALLBACK_MAX_URLS = 5;
/**
 * `callbackBodyType` values OSS accepts; the first is the default.
 *
 * @example CALLBACK_BODY_TYPES // ["application/x-www-form-urlencoded","application/json"]
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export const CALLBACK_BODY_TYPES = [
  'application/x-www-form-urlencoded',
  'application/json',
] as const;

/**
 * `success_action_status` values; anything else (or nothing) answers 204.
 *
 * @example SUCCESS_ACTION_STATUSES // ["200","201","204"]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SUCCESS_ACTION_STATUSES = ['200', '201', '204'] as const;
/**
 * The status OSS answers when `success_action_status` is missing or invalid.
 *
 * @example DEFAULT_SUCCESS_STATUS // 204
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const DEFAULT_SUCCESS_STATUS = 204;
/**
 * `x-oss-object-acl` values.
 *
 * @example OBJECT_ACLS // ["default","private","public-read","public-read-write"]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const OBJECT_ACLS = ['default', 'private', 'public-read', 'public-read-write'] as const;
/**
 * `x-oss-storage-class` values (the 2021 list plus Deep Cold Archive).
 *
 * @example STORAGE_CLASSES // ["Standard","IA","Archive","ColdArchive","DeepColdArchive"]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const STORAGE_CLASSES = [
  'Standard',
  'IA',
  'Archive',
  'ColdArchive',
  'DeepColdArchive',
] as const;
/**
 * `x-oss-server-side-encryption` values ("Supported value: AES256/SM4/KMS").
 *
 * @example SSE_ALGORITHMS // ["AES256","KMS","SM4"]
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html
 */
export const SSE_ALGORITHMS = ['AES256', 'KMS', 'SM4'] as const;
/**
 * `x-oss-forbid-overwrite` values (anything else: EC 0006-00000117).
 *
 * @example FORBID_OVERWRITE_VALUES // ["true","false"]
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0006-00000117
 */
export const FORBID_OVERWRITE_VALUES = ['true', 'false'] as const;

/**
 * The V4 credential scope's last element.
 *
 * @example V4_REQUEST_SUFFIX // "aliyun_v4_request"
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const V4_REQUEST_SUFFIX = 'aliyun_v4_request';
/**
 * The object Content-Type when nothing else names one.
 *
 * @example DEFAULT_OBJECT_CONTENT_TYPE // "application/octet-stream"
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const DEFAULT_OBJECT_CONTENT_TYPE = 'application/octet-stream';

/**
 * Alibaba's "Guidelines for upgrading V1 signatures to V4 signatures": the page that gives the V1
 * dates below and how to move to V4.
 *
 * @example { id: 'x', severity: 'warning', message: '…', docUrl: V1_UPGRADE_DOC_URL, fields: [] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures
 */
export const V1_UPGRADE_DOC_URL =
  'https://www.alibabacloud.com/help/en/oss/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures';
/**
 * V1 signatures are not available to accounts (UIDs) opened on or after this day.
 *
 * @example V1_CLOSED_TO_ACCOUNTS_FROM // '2025-03-01'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures
 */
export const V1_CLOSED_TO_ACCOUNTS_FROM = '2025-03-01';
/**
 * V1 signatures are not available to buckets created on or after this day.
 *
 * @example V1_CLOSED_TO_BUCKETS_FROM // '2025-09-01'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures
 */
export const V1_CLOSED_TO_BUCKETS_FROM = '2025-09-01';
/**
 * Accounts that activated OSS on or after this day (00:00 UTC+8) get PublicEndpointForbidden when
 * they call data API operations, PostObject included, through the default public endpoint of a
 * bucket in the Chinese mainland (EC 0048-00000401).
 *
 * @example DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM // '2025-03-20'
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
 */
export const DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM = '2025-03-20';
/**
 * The EC page of PublicEndpointForbidden (cause, dates and the two ways out).
 *
 * @example { id: 'x', severity: 'warning', message: '…', docUrl: PUBLIC_ENDPOINT_FORBIDDEN_DOC_URL, fields: [] }
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
 */
export const PUBLIC_ENDPOINT_FORBIDDEN_DOC_URL =
  'https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401';
/**
 * "Access OSS through a custom domain name": binding a CNAME to a bucket.
 *
 * @example { id: 'x', severity: 'info', message: '…', docUrl: CUSTOM_DOMAIN_DOC_URL, fields: [] }
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/map-custom-domain-names-5
 */
export const CUSTOM_DOMAIN_DOC_URL =
  'https://www.alibabacloud.com/help/en/oss/user-guide/map-custom-domain-names-5';
/**
 * The EC OSS answers a V1-signed request with once V1 is closed to the account or bucket: its page
 * gives the status (403) and the cause, not the Code or the Message.
 *
 * @example ecDocUrl(V1_CLOSED_EC) // 'https://api.aliyun.com/troubleshoot?q=0002-00000080'
 * @see https://help.aliyun.com/en/oss/user-guide/0002-00000080
 */
export const V1_CLOSED_EC = '0002-00000080';

/**
 * A size limit as the OSS documentation writes it, for sentences: whole KB, MB or GB (binary units,
 * as OSS counts them), else bytes. Sentences take a limit's size from here and its constant, never
 * typed again (test/docs/rule-numbers.test.ts).
 *
 * @example sizeInWords(FIELD_VALUE_MAX_BYTES) // '2 MB'
 * @example sizeInWords(OBJECT_MAX_BYTES) // '5 GB'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function sizeInWords(bytes: number): string {
  for (const [unit, size] of [
    ['GB', GB],
    ['MB', MB],
    ['KB', KB],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} B`;
}

/**
 * A time limit in whole minutes, for sentences (V4_MAX_SKEW_MS → 15).
 *
 * @example minutesOf(V4_MAX_SKEW_MS) // 15
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function minutesOf(ms: number): number {
  return ms / 60_000;
}

/**
 * A time limit in whole days, for sentences (V4_MAX_VALIDITY_MS → 7).
 *
 * @example daysOf(V4_MAX_VALIDITY_MS) // 7
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function daysOf(ms: number): number {
  return ms / 86_400_000;
}
