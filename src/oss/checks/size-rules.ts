// Form size limits: 8 KB per name, 2 MB per value, 8 MB before the file, the older 4 KB total as a
// warning, 8 KB of user metadata, and content-length-range within the 5 GB object limit.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { readCondition } from '../policy/condition-match.ts';
import {
  HTTP_400_DOC_URL,
  NON_FILE_FIELDS_WARN_BYTES,
  OBJECT_MAX_BYTES,
  POSTOBJECT_DOC_URL,
} from '../limits.ts';
// The limits, ids and doc links are the records the verdict and the page read too.
import { SIZE_LIMITS, isUserMetaField, userMetaBytes } from '../form/field-rules.ts';
import { utf8ByteLength } from '../form/object-key.ts';
import type { CheckContext, CheckRule } from './rule.ts';
import { when } from './rule.ts';
import { conditionRowNumber, rowOf } from './condition-names.ts';
import { sayFrom } from '../texts.ts';
import { CHECKS_TEXTS } from './texts-en.ts';

const say = sayFrom(CHECKS_TEXTS);

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
    id: SIZE_LIMITS.fieldName.id,
    severity: 'error',
    ...say('form.field-name-too-long'),
    docUrl: SIZE_LIMITS.fieldName.docUrl,
    fields: [],
    find: (context) =>
      context.fields
        .filter((f) => utf8ByteLength(f.name) > SIZE_LIMITS.fieldName.max)
        .map((f) => ({
          ...say('form.field-name-too-long.found', {
            name: f.name.slice(0, 40),
            size: kb(utf8ByteLength(f.name)),
          }),
          fields: [f.name],
        })),
  },
  {
    id: SIZE_LIMITS.fieldValue.id,
    severity: 'error',
    ...say('form.field-value-too-long'),
    docUrl: SIZE_LIMITS.fieldValue.docUrl,
    fields: [],
    find: (context) =>
      context.fields
        .filter((f) => utf8ByteLength(f.value) > SIZE_LIMITS.fieldValue.max)
        .map((f) => ({
          ...say('form.field-value-too-long.found', {
            field: f.name,
            size: kb(utf8ByteLength(f.value)),
          }),
          fields: [f.name],
        })),
  },
  {
    id: SIZE_LIMITS.preFile.id,
    severity: 'error',
    ...say('form.pre-file-too-large'),
    docUrl: SIZE_LIMITS.preFile.docUrl,
    fields: [],
    find: (context) => {
      const total = fieldBytes(context);
      return when(
        total > SIZE_LIMITS.preFile.max,
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
        total > NON_FILE_FIELDS_WARN_BYTES && total <= SIZE_LIMITS.preFile.max,
        say('form.non-file-over-4kb.found', { size: kb(total) }),
      );
    },
  },
  {
    id: SIZE_LIMITS.userMeta.id,
    severity: 'error',
    ...say('meta.too-large'),
    docUrl: SIZE_LIMITS.userMeta.docUrl,
    fields: [],
    find: (context) => {
      const meta = context.fields.filter((f) => isUserMetaField(f.name));
      const total = userMetaBytes(context.fields);
      return when(total > SIZE_LIMITS.userMeta.max, {
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
