// Seed entries (OSS HTTP 400 reference) about buckets and bucket-level configuration: names, hosts,
// CORS, tags, replication, inventory, WORM, XML bodies.
// Codes and messages verbatim; causes and solutions our own.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import { catalogEntry as e } from './entry.ts';
import { BUCKET_NAME_MAX_LENGTH, BUCKET_NAME_MIN_LENGTH } from '../../limits.ts';

const TICKET = 'Remove ones you no longer need, or ask Alibaba Cloud support for a higher quota.';
const REGION =
  'Check the destination region with GetBucketReplicationLocation and use a bucket there.';

/**
 * Seed errors about buckets, their configuration and bucket-level features.
 *
 * @example
 * SEED_BUCKET_ENTRIES.find((x) => x.code === 'InvalidBucketName')?.fields // ['bucket']
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const SEED_BUCKET_ENTRIES: readonly CatalogEntry[] = [
  e(
    'invalid-bucket-name',
    'InvalidBucketName',
    'The specified bucket is not valid',
    'The bucket name breaks the naming rules.',
    `Use ${BUCKET_NAME_MIN_LENGTH}–${BUCKET_NAME_MAX_LENGTH} characters of lowercase letters, digits and hyphens, starting and ending with a letter or digit.`,
    { fields: ['bucket'] },
  ),
  e(
    'too-many-buckets',
    'TooManyBuckets',
    'You have attempted to create more buckets than allowed',
    'The account already has the maximum number of buckets in this region (100 by default).',
    `Reuse an existing bucket with key prefixes as folders. ${TICKET}`,
  ),
  e(
    'invalid-host-put-bucket',
    'InvalidHostPutBucket',
    'Your host is invalid. Please put bucket use Open Storage Service standard host',
    'The bucket was addressed through a host that is not a standard OSS endpoint.',
    'Send the request to the region endpoint, e.g. oss-cn-hangzhou.aliyuncs.com.',
    { fields: ['endpoint'] },
  ),
  e(
    'bad-request-insufficient-information-origin-request',
    'BadRequest',
    'Insufficient information. Origin request header needed',
    'A CORS preflight (OPTIONS) came without an Origin header.',
    'Browsers add Origin themselves; when testing by hand (curl), send Origin with the page origin.',
  ),
  e(
    'bad-request-insufficient-information-request-access',
    'BadRequest',
    'Insufficient information. Request Access-Control-Request-Method header neede',
    'A CORS preflight (OPTIONS) came without Access-Control-Request-Method.',
    'Send Access-Control-Request-Method with the method of the real request (POST for a form upload).',
  ),
  e(
    'cors-rule-beyond-limit',
    'CORSRuleBeyondLimit',
    'The CORS Rules num is beyond limit',
    'The CORS configuration holds more than 10 rules.',
    'Merge rules (one rule can list several origins and methods) to stay at 10 or fewer.',
  ),
  e(
    'too-many-tags',
    'TooManyTags',
    'The bucket tags num is beyond limit',
    'The bucket would get more than 20 tags.',
    'Keep at most 20 bucket tags.',
  ),
  e(
    'repeated-tags',
    'RepeatedTags',
    'Tag keys must be unique',
    'The same tag key appears twice.',
    'Give each tag key once; read the current tags first when merging.',
  ),
  e(
    'too-many-cname',
    'TooManyCname',
    'You have attempted to create more cname than allowed',
    'The bucket already has the maximum number of mapped custom domains (100).',
    TICKET,
  ),
  e(
    'invalid-target-bucket-for-logging',
    'InvalidTargetBucketForLogging',
    'Put bucket log requester is not target bucket owner',
    'The logging target bucket does not exist or belongs to another account.',
    'Pick a target bucket you own in the same region.',
  ),
  e(
    'invalid-worm-configuration',
    'InvalidWORMConfiguration',
    'Invalid WORM Configuration',
    'The retention (WORM) policy in the request is not valid.',
    'Send an InitiateWormConfiguration with a RetentionPeriodInDays in the allowed range.',
  ),
  e(
    'inventory-exceed-limit',
    'InventoryExceedLimit',
    'You are not allowed to create more inventory than limit',
    'The bucket already has the maximum number of inventory configurations (1,000).',
    TICKET,
  ),
  e(
    'daily-inventory-exceed-limit',
    'DailyInventoryExceedLimit',
    'daily inventory object count exceed limit',
    'The bucket holds too many objects for a daily inventory (10 billion or more).',
    'Switch the inventory to weekly.',
  ),
  e(
    'weekly-inventory-exceed-limit',
    'WeeklyInventoryExceedLimit',
    'weekly inventory object count exceed limit',
    'The bucket holds too many objects for a weekly inventory (50 billion or more).',
    'Split the inventory by prefix, or ask support for a higher limit.',
  ),
  e(
    'invalid-argument-no-such-bucket-storage',
    'InvalidArgument',
    'No such bucket storage class exists',
    'The storage class named for the bucket does not exist.',
    'Use Standard, IA, Archive, ColdArchive or DeepColdArchive.',
  ),
  e(
    'invalid-argument-versioning-element-must-specified',
    'InvalidArgument',
    'The Versioning element must be specified',
    'The VersioningConfiguration body has no Status.',
    'Send <VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration> (or Suspended).',
  ),
  e(
    'invalid-xml-format',
    'InvalidXMLFormat',
    'The XML you provided was not well-formed',
    'The request body is not well-formed XML.',
    'Build the body with an XML serializer and check tag nesting and escaping.',
  ),
  e(
    'malformed-xml',
    'MalformedXML',
    'The XML you provided was not well-formed or did not validate against our published schema',
    'The XML body is malformed or has elements in the wrong place for this operation.',
    'Compare the body with the operation sample: element names, nesting and order.',
  ),
  e(
    'no-replication-rule',
    'NoReplicationRule',
    'No replication rule specified',
    'The bucket has no cross-region replication rule.',
    'Create a replication rule first.',
  ),
  e(
    'too-many-replication-rules',
    'TooManyReplicationRules',
    'OSS only support one replication rule now',
    'The bucket already has a replication rule.',
    'Change the existing rule instead of adding another.',
  ),
  e(
    'invalid-bucket-status',
    'InvalidBucketStatus',
    'The src and dest bucket must be versioning enabled when drs tagging rule exist',
    'Source and destination buckets of the replication differ in versioning state.',
    'Give both buckets the same versioning state.',
  ),
  e(
    'invalid-target-bucket',
    'InvalidTargetBucket',
    'The target bucket is invalid for bucket replication',
    'The destination bucket cannot receive replication.',
    REGION,
  ),
  e(
    'invalid-target-location',
    'InvalidTargetLocation',
    'The target bucket you specified does not locate in the target location',
    'The destination bucket is not in the destination region given.',
    REGION,
  ),
  e(
    'bad-replication-location',
    'BadReplicationLocation',
    'The replication location you choose is invalid',
    'The destination region does not exist.',
    REGION,
  ),
  e(
    'no-replication-location',
    'NoReplicationLocation',
    'The bucket does not have corresponding replication location',
    'No destination region is available for this source region.',
    REGION,
  ),
  e(
    'bucket-replication-already-exist',
    'BucketReplicationAlreadyExist',
    'Bucket replication already exists',
    'A replication rule between these buckets already exists.',
    'Delete the existing rule before creating a new one.',
  ),
  e(
    'too-many-incoming-replication',
    'TooManyIncomingReplication',
    'You have attempted to create more incoming replication for bucket than allowed',
    'The bucket already receives from the maximum number of sources (100).',
    TICKET,
  ),
  e(
    'too-many-outgoing-replication',
    'TooManyOutgoingReplication',
    'You have attempted to create more outgoing replication for bucket than allowed',
    'The bucket already replicates to the maximum number of destinations (100).',
    TICKET,
  ),
  e(
    'too-many-prefixes',
    'TooManyPrefixes',
    "The bucket replication rule's prefixes number is beyond limit",
    'The replication rule lists more than 10 prefixes.',
    'Keep at most 10 prefixes per rule.',
  ),
  e(
    'too-many-filter-object-tags',
    'TooManyFilterObjectTags',
    "The bucket replication rule's filter object tags number is beyond limit",
    'The replication rule filters on more than 10 object tags.',
    'Keep at most 10 tags per rule.',
  ),
];
