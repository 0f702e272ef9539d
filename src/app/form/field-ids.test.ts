import { describe, expect, it } from 'vitest';
import type { BuilderValues } from './builder-schema.ts';
import { createConditionRow } from './condition-rows.ts';
import { DEFAULT_VALUES } from './defaults.ts';
import { INPUT_IDS, inputIdForField } from './field-ids.ts';

const values: BuilderValues = {
  ...DEFAULT_VALUES,
  conditions: [
    ...DEFAULT_VALUES.conditions,
    createConditionRow({ kind: 'eq', field: 'Content-Type', value: 'image/png' }),
  ],
  fields: [{ name: 'x-oss-meta-author', value: 'a' }],
};

describe('which input a field name points at', () => {
  it.each([
    ['key', INPUT_IDS.key],
    ['OSSAccessKeyId', INPUT_IDS.accessKeyId],
    ['x-oss-credential', INPUT_IDS.accessKeyId],
    ['Signature', INPUT_IDS.accessKeySecret],
    ['x-oss-security-token', INPUT_IDS.securityToken],
    ['expiration', INPUT_IDS.expirationAmount],
    ['file', INPUT_IDS.file],
    ['content-length-range', 'condition-1'],
    ['$content-type', 'condition-3'],
    ['success_action_status', 'condition-2'],
    ['x-oss-meta-author', 'extra-field-0-value'],
    ['x-oss-storage-class', null],
  ])('%s → %s', (field, id) => {
    expect(inputIdForField(field, values)).toBe(id);
  });
});
