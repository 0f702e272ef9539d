import { describe, expect, it } from 'vitest';
import {
  CONDITION_OPERATORS,
  findConditionOperator,
  POLICY_OPERATORS,
} from './condition-operators.ts';

describe('the operator table', () => {
  it('lists the five operators of the PostObject page, in its order', () => {
    expect(POLICY_OPERATORS).toEqual(['eq', 'starts-with', 'content-length-range', 'in', 'not-in']);
  });

  it.each(CONDITION_OPERATORS.map((row) => [row.op, row] as const))(
    '%s: its shape starts with its name and it reads its own example',
    (op, row) => {
      expect(row.shape.startsWith(`["${op}", `)).toBe(true);
      const example =
        op === 'content-length-range'
          ? [1, 2]
          : op === 'in' || op === 'not-in'
            ? ['$a', ['x']]
            : ['$a', 'x'];
      expect(row.read(example[0], example[1])?.op).toBe(op);
      expect(row.validate([op, ...example], 'conditions[0]')).toEqual([]);
    },
  );

  it.each([
    ['eq', ['$key', 'a'], 'a', { ok: true }],
    ['eq', ['$key', 'a'], 'b', { ok: false, reason: 'mismatch' }],
    ['starts-with', ['$key', 'user/'], 'user/a', { ok: true }],
    ['starts-with', ['$key', 'user/'], 'other/a', { ok: false, reason: 'mismatch' }],
    ['in', ['$key', ['a', 'b']], 'b', { ok: true }],
    ['in', ['$key', ['a', 'b']], 'c', { ok: false, reason: 'mismatch' }],
    ['not-in', ['$key', ['a']], 'b', { ok: true }],
    ['not-in', ['$key', ['a']], 'a', { ok: false, reason: 'mismatch' }],
    ['eq', ['$key', 'a'], undefined, { ok: false, reason: 'missing' }],
  ] as const)('%s %j against %j', (op, [second, third], sent, expected) => {
    const row = findConditionOperator(op)!;
    const test = row.read(second, third)!;
    expect((row.match as (...args: unknown[]) => unknown)(test, () => sent)).toEqual(expected);
  });

  it.each([
    [0, { ok: false, reason: 'too-small' }],
    [1, { ok: true }],
    [10, { ok: true }],
    [11, { ok: false, reason: 'too-large' }],
    [undefined, { ok: true }],
  ] as const)('content-length-range [1, 10] with a %s-byte file', (size, expected) => {
    const row = findConditionOperator('content-length-range')!;
    const test = row.read(1, 10)!;
    expect((row.match as (...args: unknown[]) => unknown)(test, () => undefined, size)).toEqual(
      expected,
    );
  });

  it('knows no operator by another case or name', () => {
    expect(findConditionOperator('EQ')).toBeUndefined();
    expect(findConditionOperator('ends-with')).toBeUndefined();
    expect(findConditionOperator(undefined)).toBeUndefined();
  });
});
