// What an Alibaba Cloud account may do by the day it opened OSS: V1 signatures (closed to accounts
// from 2025-03-01 and to buckets from 2025-09-01) and the default public endpoint of a bucket in the
// Chinese mainland (closed to accounts from 2025-03-20). One home for both rules: the checks, the
// verdict (and so the sandbox) and the page read them from here.
// https://www.alibabacloud.com/help/en/oss/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures
// https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
import {
  DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM,
  V1_CLOSED_TO_ACCOUNTS_FROM,
  V1_CLOSED_TO_BUCKETS_FROM,
} from '../limits.ts';
import { standardRegion } from '../signing/region.ts';

/**
 * The account a bucket belongs to, as far as OSS's dated rules care: the day it opened OSS and,
 * when known, the day the bucket was made (a bucket is never older than its account, so the
 * account's day stands in for it). Days are `YYYY-MM-DD`.
 *
 * @example const account: OssAccount = { created: '2026-01-15' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures
 */
export interface OssAccount {
  created: string;
  bucketCreated?: string;
}

/**
 * Is the text a real calendar day written `YYYY-MM-DD`?
 *
 * @example
 * isAccountDay('2025-03-20') // true
 * isAccountDay('2025-02-30') // false
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
 */
export function isAccountDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text ?? ''));
  if (!match) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/**
 * May this account (and its bucket) sign with V1? Not from 2025-03-01 for accounts, nor from
 * 2025-09-01 for buckets.
 *
 * @example
 * accountMayUseV1({ created: '2023-05-01' }) // true
 * accountMayUseV1({ created: '2025-03-01' }) // false
 * accountMayUseV1({ created: '2023-05-01', bucketCreated: '2025-10-01' }) // false
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/guidelines-for-upgrading-v1-signatures-to-v4-signatures
 */
export function accountMayUseV1(account: OssAccount): boolean {
  const bucketDay = account.bucketCreated ?? account.created;
  return account.created < V1_CLOSED_TO_ACCOUNTS_FROM && bucketDay < V1_CLOSED_TO_BUCKETS_FROM;
}

/**
 * Is the region in the Chinese mainland (`cn-*` except Hong Kong)? The default-endpoint rule
 * applies there only.
 *
 * @example
 * isMainlandRegion('oss-cn-hangzhou') // true
 * isMainlandRegion('cn-hongkong')     // false
 * isMainlandRegion('ap-southeast-1')  // false
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints
 */
export function isMainlandRegion(region: string): boolean {
  const id = standardRegion(region).toLowerCase();
  return id.startsWith('cn-') && id !== 'cn-hongkong';
}

/**
 * Does this account get PublicEndpointForbidden through a mainland bucket's default public
 * endpoint? Yes when it opened OSS on or after 2025-03-20 and the region is in the mainland.
 *
 * @example
 * defaultEndpointForbidden({ created: '2026-01-15' }, 'cn-hangzhou')    // true
 * defaultEndpointForbidden({ created: '2026-01-15' }, 'ap-southeast-1') // false
 * defaultEndpointForbidden({ created: '2024-06-01' }, 'cn-hangzhou')    // false
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
 */
export function defaultEndpointForbidden(account: OssAccount, region: string): boolean {
  return account.created >= DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM && isMainlandRegion(region);
}

/**
 * Is the Host (port aside) the bucket's default public endpoint, virtual-hosted
 * (`bucket.oss-REGION.aliyuncs.com`) or the region's bare endpoint (`oss-REGION.aliyuncs.com`)?
 * Internal (`-internal`) endpoints and custom domains are not.
 *
 * @example
 * isDefaultPublicHost('examplebucket.oss-cn-hangzhou.aliyuncs.com', 'examplebucket', 'cn-hangzhou') // true
 * isDefaultPublicHost('examplebucket.oss-cn-hangzhou-internal.aliyuncs.com', 'examplebucket', 'cn-hangzhou') // false
 * isDefaultPublicHost('uploads.example.com', 'examplebucket', 'cn-hangzhou') // false
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints
 */
export function isDefaultPublicHost(host: string, bucket: string, region: string): boolean {
  const name = String(host ?? '')
    .trim()
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  const endpoint = `oss-${standardRegion(region).toLowerCase()}.aliyuncs.com`;
  return name === endpoint || name === `${String(bucket).toLowerCase()}.${endpoint}`;
}
