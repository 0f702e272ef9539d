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
import { conditionRowNumber, rowOf } from './condition-names.ts';
import { sayFrom } from '../texts.ts';
import { CHECK_TEXTS } from './texts-en.ts';

const say = sayFrom('checks', CHECK_TEXTS);

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
    ...say('form.field-name-too-long'),
    docUrl: ecDocUrl('0006-00000110'),
    fields: [],
    find: (context) =>
      context.fields
        .filter((f) => utf8ByteLength(f.name) > FIELD_NAME_MAX_BYTES)
        .map((f) => ({
          ...say('form.field-name-too-long.found', {
            name: f.name.slice(0, 40),
            size: kb(utf8ByteLength(f.name)),
          }),
          fields: [f.name],
        })),
  },
  {
    id: 'form.field-value-too-long',
    severity: 'error',
    ...say('form.field-value-too-long'),
    docUrl: 'https://help.aliyun.com/document_detail/480528.html',
    fields: [],
    find: (context) =>
      context.fields
        .filter((f) => utf8ByteLength(f.value) > FIELD_VALUE_MAX_BYTES)
        .map((f) => ({
          ...say('form.field-value-too-long.found', {
            field: f.name,
            size: kb(utf8ByteLength(f.value)),
          }),
          fields: [f.name],
        })),
  },
  {
    id: 'form.pre-file-too-large',
    severity: 'error',
    ...say('form.pre-file-too-large'),
    docUrl: ecDocUrl('0006-00000112'),
    fields: [],
    find: (context) => {
      const total = fieldBytes(context);
      return when(
        total > PRE_FILE_DATA_MAX_BYTES,
        say('form.pre-file-too-large.found', { size: kb(total) }),
      );
    },
  },
  {
    id: 'form.non-file-over-4kb',
    severity: 'warning',
    ...say('form.non-file-over-4kb'),
    docUrl: HTTP_400_DOC_URL,
    fields: [],
    find: (context) => {
      const total = fieldBytes(context);
      return when(
        total > NON_FILE_FIELDS_WARN_BYTES && total <= PRE_FILE_DATA_MAX_BYTES,
        say('form.non-file-over-4kb.found', { size: kb(total) }),
      );
    },
  },
  {
    id: 'meta.too-large',
    severity: 'error',
    ...say('meta.too-large'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (context) => {
      const meta = context.fields.filter((f) => f.name.toLowerCase().startsWith('x-oss-meta-'));
      const total = meta.reduce((s, f) => s + utf8ByteLength(f.name) + utf8ByteLength(f.value), 0);
      return when(total > USER_META_MAX_BYTES, {
        ...say('meta.too-large.found', { size: kb(total) }),
        fields: meta.map((f) => f.name),
      });
    },
  },
  {
    id: 'policy.range-over-5gb',
    severity: 'error',
    ...say('policy.range-over-5gb'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: ['policy'],
    find: (context) =>
      context.policy.conditions.flatMap((condition, index) => {
        const test = readCondition(condition);
        if (test.op !== 'content-length-range' || test.max <= OBJECT_MAX_BYTES) return [];
        const row = conditionRowNumber(context, index);
        const limit = OBJECT_MAX_BYTES;
        return [
          {
            ...say('policy.range-over-5gb.found', { row, min: test.min, max: test.max, limit }),
            ...rowOf(context, index),
          },
        ];
      }),
  },
];
