import { describe, expect, it } from 'vitest';
import { OSS_REFUSALS, type Verdict } from '../../oss/index.ts';
import { SEND_ORDER_FIELD } from '../form/field-ids.ts';
import { pointAtCause } from './point-at-cause.ts';

const refusal = (message: string): Verdict => ({
  ok: false,
  status: 400,
  code: 'InvalidArgument',
  message,
  fields: ['key'],
});

describe('a refusal points at its cause', () => {
  it.each([
    [
      'key missing, custom order',
      OSS_REFUSALS.keyMissing.message,
      'key-after-file',
      [SEND_ORDER_FIELD],
    ],
    [
      'malformed, custom order',
      OSS_REFUSALS.malformedMultipart.message,
      'key-after-file',
      [SEND_ORDER_FIELD],
    ],
    ['key missing, standard order', OSS_REFUSALS.keyMissing.message, 'standard', ['key']],
    ['another refusal, custom order', 'Policy expired.', 'key-after-file', ['key']],
  ] as const)('%s', (_t, message, order, fields) => {
    const verdict = pointAtCause(refusal(message), order);
    expect(verdict && !verdict.ok ? verdict.fields : null).toEqual(fields);
  });
});
