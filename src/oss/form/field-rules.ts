// The one record of every value and size rule on PostObject's form fields: which values OSS
// accepts (ACL, storage class, server-side encryption including SM4 and KMS, overwrite), and how
// large names, values, the fields before the file and the user metadata may be. The checks (before
// sending), the verdict (evaluatePost, which the sandbox judges with) and the page's zod schema all
// read these records, so they cannot disagree (test/rules/one-rule-engine.test.ts feeds one table
// of cases to all of them). Bucket names and object keys have theirs in bucket-name.ts and
// object-key.ts, the callback's in ../callback/callback-validate.ts; the same three readers use them.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import {
  FIELD_NAME_MAX_BYTES,
  FIELD_VALUE_MAX_BYTES,
  FORBID_OVERWRITE_VALUES,
  HTTP_400_DOC_URL,
  OBJECT_ACLS,
  POSTOBJECT_DOC_URL,
  PRE_FILE_DATA_MAX_BYTES,
  SSE_ALGORITHMS,
  STORAGE_CLASSES,
  USER_META_MAX_BYTES,
  ecDocUrl,
} from '../limits.ts';
import type { NamedValue } from './field-names.ts';
import { utf8ByteLength } from './object-key.ts';

/**
 * What OSS answers when a rule is broken: status, Code, Message (verbatim where OSS publishes it)
 * and EC.
 *
 * @example const answer: OssAnswer = { status: 400, code: 'InvalidArgument', message: '…', ec: '0006-00000117' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface OssAnswer {
  status: number;
  code: string;
  message: string;
  ec?: string;
}

/**
 * The ids of the value rules (the checks' ids too).
 *
 * @example const id: ValueRuleId = 'value.sse';
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export type ValueRuleId =
  'value.acl' | 'value.storage-class' | 'value.sse' | 'value.forbid-overwrite';

/**
 * A field whose value must be one of a list.
 *
 * @example FIELD_VALUE_RULES.find((r) => r.field === 'x-oss-server-side-encryption')?.allowed // ['AES256','KMS','SM4']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface ValueRule {
  /** The check's id (`value.acl`), also the verdict's and the page's name for the rule. */
  id: ValueRuleId;
  /** The field's canonical name. */
  field: string;
  allowed: readonly string[];
  docUrl: string;
  oss: OssAnswer;
}

/**
 * The value rules, in the order OSS checks them. The ACL and storage class Messages are our own
 * wording in OSS's style (OSS publishes the Code, not the Message); the others are verbatim.
 *
 * @example FIELD_VALUE_RULES.map((r) => r.id) // ['value.acl', 'value.storage-class', 'value.sse', 'value.forbid-overwrite']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const FIELD_VALUE_RULES: readonly ValueRule[] = [
  {
    id: 'value.acl',
    field: 'x-oss-object-acl',
    allowed: OBJECT_ACLS,
    docUrl: POSTOBJECT_DOC_URL,
    oss: {
      status: 400,
      code: 'InvalidArgument',
      message: 'The x-oss-object-acl you specified is not valid.',
    },
  },
  {
    id: 'value.storage-class',
    field: 'x-oss-storage-class',
    allowed: STORAGE_CLASSES,
    docUrl: POSTOBJECT_DOC_URL,
    oss: {
      status: 400,
      code: 'InvalidArgument',
      message: 'The x-oss-storage-class you specified is not valid.',
    },
  },
  {
    id: 'value.sse',
    field: 'x-oss-server-side-encryption',
    allowed: SSE_ALGORITHMS,
    docUrl: HTTP_400_DOC_URL,
    oss: {
      status: 400,
      code: 'InvalidEncryptionAlgorithmError',
      message: 'The encryption algorithm specified is not valid.',
    },
  },
  {
    id: 'value.forbid-overwrite',
    field: 'x-oss-forbid-overwrite',
    allowed: FORBID_OVERWRITE_VALUES,
    docUrl: ecDocUrl('0006-00000117'),
    oss: {
      status: 400,
      code: 'InvalidArgument',
      message: 'The x-oss-forbid-overwrite you specified is not valid, it must be true or false.',
      ec: '0006-00000117',
    },
  },
];

/**
 * A KMS key id only goes with `x-oss-server-side-encryption: KMS`.
 *
 * @example KMS_KEY_RULE.fields // ['x-oss-server-side-encryption-key-id', 'x-oss-server-side-encryption']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const KMS_KEY_RULE = {
  id: 'value.sse-key-without-kms',
  fields: ['x-oss-server-side-encryption-key-id', 'x-oss-server-side-encryption'],
  docUrl: POSTOBJECT_DOC_URL,
  oss: {
    status: 400,
    code: 'InvalidArgument',
    message: 'KMSMasterKeyID is not applicable if the default sse algorithm is not KMS.',
  },
} as const;

/**
 * A size limit in UTF-8 bytes and OSS's answer past it.
 *
 * @example SIZE_LIMITS.userMeta.max // 8192
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface SizeLimit {
  id: string;
  max: number;
  docUrl: string;
  oss: OssAnswer;
}

/**
 * The size limits of the fields before the file. User metadata: OSS's EC page 0011-00000002 gives
 * the EC and the 8 KB (names and values together), not the Code or Message; the sandbox answers
 * InvalidArgument with our sentence, and the EC identifies it.
 *
 * @example SIZE_LIMITS.preFile.oss.ec // '0006-00000112'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SIZE_LIMITS = {
  fieldName: {
    id: 'form.field-name-too-long',
    max: FIELD_NAME_MAX_BYTES,
    docUrl: ecDocUrl('0006-00000110'),
    oss: {
      status: 400,
      code: 'FieldItemTooLong',
      message: 'Your name of form field is too long.',
      ec: '0006-00000110',
    },
  },
  fieldValue: {
    id: 'form.field-value-too-long',
    max: FIELD_VALUE_MAX_BYTES,
    docUrl: 'https://help.aliyun.com/document_detail/480528.html',
    oss: { status: 400, code: 'FieldItemTooLong', message: 'Your name of form field is too long.' },
  },
  preFile: {
    id: 'form.pre-file-too-large',
    max: PRE_FILE_DATA_MAX_BYTES,
    docUrl: ecDocUrl('0006-00000112'),
    oss: {
      status: 400,
      code: 'MaxPOSTPreDataLengthExceededError',
      message: 'Your POST request fields preceding the upload file were too large.',
      ec: '0006-00000112',
    },
  },
  userMeta: {
    id: 'meta.too-large',
    max: USER_META_MAX_BYTES,
    docUrl: ecDocUrl('0011-00000002'),
    oss: {
      status: 400,
      code: 'InvalidArgument',
      message: 'The user metadata (x-oss-meta-*) of the object exceeds 8 KB.',
      ec: '0011-00000002',
    },
  },
} as const satisfies Record<string, SizeLimit>;

/**
 * Is the name a user-metadata field (`x-oss-meta-*`, any case)?
 *
 * @example isUserMetaField('X-OSS-Meta-Tag') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function isUserMetaField(name: string): boolean {
  return String(name).toLowerCase().startsWith('x-oss-meta-');
}

/**
 * The bytes OSS counts against the user-metadata limit: every `x-oss-meta-*` name and value, UTF-8.
 *
 * @example userMetaBytes([{ name: 'x-oss-meta-a', value: 'bc' }]) // 14
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/0011-00000002
 */
export function userMetaBytes(fields: readonly NamedValue[]): number {
  return fields
    .filter((f) => isUserMetaField(f.name))
    .reduce((sum, f) => sum + utf8ByteLength(f.name) + utf8ByteLength(f.value), 0);
}

/**
 * The first value rule the fields break (looked up case-insensitively), with the field as sent.
 *
 * @example
 * findValueBreach((name) => name === 'x-oss-object-acl' ? { name, value: 'Private' } : undefined)?.rule.id
 * // 'value.acl'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function findValueBreach(
  field: (name: string) => NamedValue | undefined,
): { rule: ValueRule; sent: NamedValue } | undefined {
  for (const rule of FIELD_VALUE_RULES) {
    const sent = field(rule.field);
    if (sent && !rule.allowed.includes(sent.value)) return { rule, sent };
  }
  return undefined;
}

/**
 * Does the form name a KMS key without choosing KMS?
 *
 * @example kmsKeyWithoutKms((name) => name === 'x-oss-server-side-encryption-key-id' ? { name, value: 'k' } : undefined) // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function kmsKeyWithoutKms(field: (name: string) => NamedValue | undefined): boolean {
  return (
    field('x-oss-server-side-encryption-key-id') !== undefined &&
    field('x-oss-server-side-encryption')?.value !== 'KMS'
  );
}
