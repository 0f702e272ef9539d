import { describe, expect, it } from 'vitest';
import { normalizeExpiration } from './expiration.ts';

describe('normalizeExpiration: an ISO 8601 instant, one spelling', () => {
  it.each([
    ['2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z'],
    ['2030-01-01T00:00:00Z', '2030-01-01T00:00:00Z'],
    ['2030-01-01T00:00Z', '2030-01-01T00:00:00Z'],
    [' 2030-01-01t08:00:00.123456+08:00 ', '2030-01-01T00:00:00.123Z'],
    ['2029-12-31T19:00:00-0500', '2030-01-01T00:00:00Z'],
    ['2028-02-29T00:00:00.5Z', '2028-02-29T00:00:00.500Z'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeExpiration(text)).toBe(expected);
  });

  it.each([
    '2030-01-01T00:00:00Z (\u2028window.__pwned=1;alert(5))',
    '2030-01-01T00:00:00Z</script><script>alert(1)</script>',
    'Tue Jan 01 2030 00:00:00 GMT+0000',
    '2030-01-01',
    '2030-01-01T00:00:00',
    '2030-01-01 00:00:00Z',
    '2030-02-30T00:00:00Z',
    '2030-01-01T24:00:00Z',
    '2030-01-01T00:00:00+25:00',
    '',
  ])('%j is not an expiration', (text) => {
    expect(normalizeExpiration(text)).toBeUndefined();
  });
});
