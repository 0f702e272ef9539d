// Form size limits: 8 KB per name, 2 MB per value, 8 MB before the file, the older 4 KB total as a
// warning, 8 KB of user metadata, and content-length-range within the 5 GB object limit.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { readCondition } from '../policy/condition-match.ts';
import {
  FIELD_NAME_MAX_BYTES,
  FIELD_VALUE_MAX_BYTES,
  HTTP_400_DOC_URL,
  NON_FILE_FIELDS_WARN_BYTES,
  OBJECT_MAX_BYTES,
  POSTOBJECT_DOC_URL,
  PRE_FILE_DATA_MAX_BYTES,
  USER_META_MAX_BYTES,
  ecDocUrl,
} from '../limits.ts';
import { utf8ByteLength } from '../form/object-key.ts';
import type { CheckContext, CheckRule } from './rule.ts';
import { when } from './rule.ts';
import { capitalize, nameCondition, rowOf } from './condition-names.ts';

const fieldBytes = (context: CheckContext) =>
  context.fields.reduce((sum, f) => sum + utf8ByteLength(f.name) + utf8ByteLength(f.value), 0);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Field and metadata size rules.
 *
 * @example runRules(SIZE_RULES, context).map((c) => c.id) // e.g. ['form.non-file-over-4kb']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SIZE_RULES: CheckRule[] = [
  {
    id: 'form.field-name-too-long',
    severity: 'error',
    message: 'A form field name is longer than 8 KB.',
    docUrl: ecDocUrl('0006-00000110'),
    fields: [],
    find: (context) =>
      context.fields
        .filter((f) => utf8ByteLength(f.name) > FIELD_NAME_MAX_BYTES)
        .map((f) => ({
          message: `The field name "${f.name.slice(0, 40)}…" is ${kb(utf8ByteLength(f.name))}; OSS allows 8 KB per name (FieldItemTooLong). Use a shorter name.`,
          fields: [f.name],
        })),
  },
  {
    id: 'form.field-value-too-long',
    severity: 'error',
    message: 'A form field value is larger than 2 MB.',
    docUrl: 'https://help.aliyun.com/document_detail/480528.html',
    fields: [],
    find: (context) =>
      context.fields
        .filter((f) => utf8ByteLength(f.value) > FIELD_VALUE_MAX_BYTES)
        .map((f) => ({
          message: `The value of "${f.name}" is ${kb(utf8ByteLength(f.value))}; OSS allows 2 MB per value (FieldItemTooLong). Move the data into the file or shorten it.`,
          fields: [f.name],
        })),
  },
  {
    id: 'form.pre-file-too-large',
    severity: 'error',
    message: 'The fields before the file add up to more than 8 MB.',
    docUrl: ecDocUrl('0006-00000112'),
    fields: [],
    find: (context) => {
      const total = fieldBytes(context);
      return when(total > PRE_FILE_DATA_MAX_BYTES, {
        message: `The fields before the file add up to ${kb(total)}; OSS allows 8 MB (MaxPOSTPreDataLengthExceededError). Remove or shorten fields.`,
      });
    },
  },
  {
    id: 'form.non-file-over-4kb',
    severity: 'warning',
    message: 'The fields other than the file add up to more than 4 KB.',
    docUrl: HTTP_400_DOC_URL,
    fields: [],
    find: (context) => {
      const total = fieldBytes(context);
      return when(total > NON_FILE_FIELDS_WARN_BYTES && total <= PRE_FILE_DATA_MAX_BYTES, {
        message: `The fields other than the file add up to ${kb(total)}. The current limits are 8 KB per name and 2 MB per value, but OSS's HTTP 400 reference still names 4 KB for all non-file fields (FieldItemTooLong); keep them under 4 KB to be safe.`,
      });
    },
  },
  {
    id: 'meta.too-large',
    severity: 'error',
    message: 'The user metadata (x-oss-meta-*) is larger than 8 KB.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (context) => {
      const meta = context.fields.filter((f) => f.name.toLowerCase().startsWith('x-oss-meta-'));
      const total = meta.reduce((s, f) => s + utf8ByteLength(f.name) + utf8ByteLength(f.value), 0);
      return when(total > USER_META_MAX_BYTES, {
        message: `The x-oss-meta-* fields add up to ${kb(total)}; an object's user metadata may total 8 KB. Drop or shorten some.`,
        fields: meta.map((f) => f.name),
      });
    },
  },
  {
    id: 'policy.range-over-5gb',
    severity: 'error',
    message: 'content-length-range allows more than 5 GB.',
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['policy'],
    find: (context) =>
      context.policy.conditions.flatMap((condition, index) => {
        const test = readCondition(condition);
        return when(test.op === 'content-length-range' && test.max > OBJECT_MAX_BYTES, {
          message: `${capitalize(nameCondition(context, index))} reaches past 5 GB, but a PostObject upload is at most 5 GB (${OBJECT_MAX_BYTES} bytes); OSS answers EntityTooLarge above that. Lower the maximum.`,
          ...rowOf(context, index),
        });
      }),
  },
];
