// The errors a 2025-or-later account meets first: PublicEndpointForbidden (a mainland bucket's
// default public endpoint), the refusal of a V1 signature, and user metadata over 8 KB. Where OSS
// publishes no Message text (all three), the Message is the sandbox's sentence saying so, and the
// Code + EC identify the error; the causes and fixes are our own.
// https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
// https://help.aliyun.com/en/oss/user-guide/0002-00000080

import type { CatalogEntry } from '../error-types.ts';
import {
  DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM,
  sizeInWords,
  USER_META_MAX_BYTES,
  V1_CLOSED_TO_ACCOUNTS_FROM,
  V1_CLOSED_TO_BUCKETS_FROM,
} from '../../limits.ts';
import { refusalEntry } from './entry.ts';
import { OSS_REFUSALS } from '../../evaluate/messages.ts';

/**
 * PublicEndpointForbidden, the V1 refusal (EC 0002-00000080) and user metadata over 8 KB.
 *
 * @example ACCOUNT_ERA_ENTRIES.find((x) => x.code === 'PublicEndpointForbidden')?.ec // '0048-00000401'
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
 */
export const ACCOUNT_ERA_ENTRIES: readonly CatalogEntry[] = [
  refusalEntry(
    'public-endpoint-forbidden',
    OSS_REFUSALS.publicEndpointForbidden,
    `The account activated OSS on or after ${DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM}, and the form posts to the default public endpoint of a bucket in the Chinese mainland (bucket.oss-REGION.aliyuncs.com), which such accounts may not use for data operations. OSS publishes the Code and the EC of this error, no Message text.`,
    'Bind a custom domain (CNAME) to the bucket and post to it (Target: Custom domain, with the CORS rule for this page on the bucket), or, from inside Alibaba Cloud, post to the internal endpoint.',
  ),
  refusalEntry(
    'v1-closed',
    OSS_REFUSALS.v1Closed,
    `A V1-signed form (OSSAccessKeyId and Signature) from an account opened on or after ${V1_CLOSED_TO_ACCOUNTS_FROM}, or to a bucket created on or after ${V1_CLOSED_TO_BUCKETS_FROM}: V1 is closed to them. OSS's EC page gives the 403 and the EC, neither the Code nor the Message.`,
    'Sign with V4: x-oss-signature-version, x-oss-credential, x-oss-date in the form and the policy, and x-oss-signature instead of OSSAccessKeyId and Signature.',
    { fields: ['Signature', 'OSSAccessKeyId'] },
  ),
  refusalEntry(
    'user-meta-too-large',
    OSS_REFUSALS.userMetaTooLarge,
    `The x-oss-meta-* fields, names and values together, are over ${sizeInWords(USER_META_MAX_BYTES)}. OSS's EC page gives the EC and the limit, not the Code or the Message.`,
    'Keep user metadata short (ids, not documents); store larger data in the object or your database.',
  ),
];
