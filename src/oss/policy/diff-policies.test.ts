import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from './policy-types.ts';
import { diffPolicies } from './diff-policies.ts';

const EXP = '2030-01-01T00:00:00.000Z';
const doc = (conditions: PolicyDocument['conditions'], expiration = EXP): PolicyDocument => ({
  expiration,
  conditions,
});

describe('diffPolicies', () => {
  it.each([
    [
      'identical',
      doc([{ bucket: 'b' }]),
      doc([{ bucket: 'b' }]),
      { same: true, added: [], removed: [], changed: [] },
    ],
    [
      'simple vs eq form of the same condition',
      doc([{ bucket: 'b' }]),
      doc([['eq', '$bucket', 'b']]),
      { same: true },
    ],
    [
      'field names compared case-insensitively',
      doc([['eq', '$Content-Type', 'a']]),
      doc([['eq', '$content-type', 'a']]),
      { same: true },
    ],
    [
      'order ignored',
      doc([{ bucket: 'b' }, ['starts-with', '$key', 'a/']]),
      doc([['starts-with', '$key', 'a/'], { bucket: 'b' }]),
      { same: true },
    ],
    [
      'added',
      doc([{ bucket: 'b' }]),
      doc([{ bucket: 'b' }, ['content-length-range', 1, 10]]),
      { same: false, added: [['content-length-range', 1, 10]], removed: [], changed: [] },
    ],
    [
      'removed',
      doc([{ bucket: 'b' }, ['in', '$content-type', ['image/png']]]),
      doc([{ bucket: 'b' }]),
      { removed: [['in', '$content-type', ['image/png']]], added: [] },
    ],
    [
      'changed value, same operator and field',
      doc([['content-length-range', 1, 10]]),
      doc([['content-length-range', 1, 20]]),
      {
        changed: [
          {
            label: 'content-length-range',
            before: ['content-length-range', 1, 10],
            after: ['content-length-range', 1, 20],
          },
        ],
        added: [],
        removed: [],
      },
    ],
    [
      'operator changed is removed + added',
      doc([['eq', '$key', 'a/x']]),
      doc([['starts-with', '$key', 'a/']]),
      { removed: [['eq', '$key', 'a/x']], added: [['starts-with', '$key', 'a/']], changed: [] },
    ],
    [
      'expiration change',
      doc([{ bucket: 'b' }]),
      doc([{ bucket: 'b' }], '2030-01-02T00:00:00.000Z'),
      { same: false, expiration: { before: EXP, after: '2030-01-02T00:00:00.000Z' } },
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(diffPolicies(a, b)).toMatchObject(expected);
  });

  it('pairs repeated conditions in order', () => {
    const diff = diffPolicies(
      doc([
        ['starts-with', '$key', 'a/'],
        ['starts-with', '$key', 'a/b/'],
      ]),
      doc([
        ['starts-with', '$key', 'a/'],
        ['starts-with', '$key', 'a/c/'],
      ]),
    );
    expect(diff.unchanged).toEqual([['starts-with', '$key', 'a/']]);
    expect(diff.changed).toEqual([
      {
        label: 'starts-with $key',
        before: ['starts-with', '$key', 'a/b/'],
        after: ['starts-with', '$key', 'a/c/'],
      },
    ]);
  });
});
