import { describe, expect, it } from 'vitest';
import { estimateClockSkew, skewMatters } from './clock-skew.ts';

const SENT = Date.parse('2030-01-01T00:00:00.000Z');

describe('clock skew from the Date header', () => {
  it('compares the server time with the middle of the request', () => {
    const skew = estimateClockSkew('Tue, 01 Jan 2030 00:10:00 GMT', SENT, SENT + 2000);
    expect(skew).toEqual({ skewMs: 600_000 - 1000, uncertaintyMs: 2000 });
  });

  it.each([undefined, '', 'not a date'])(
    'has no estimate without a readable Date (%j)',
    (header) => {
      expect(estimateClockSkew(header, SENT, SENT)).toBeNull();
    },
  );

  it.each([
    [30_000, false],
    [-30_000, false],
    [120_000, true],
    [-16 * 60_000, true],
  ])('a skew of %i ms matters: %s', (skewMs, matters) => {
    expect(skewMatters({ skewMs, uncertaintyMs: 1000 })).toBe(matters);
  });
});
