import { describe, expect, it } from 'vitest';
import { standardRegion } from './region.ts';

describe('standardRegion', () => {
  it.each([
    ['oss-cn-hangzhou', 'cn-hangzhou'],
    ['cn-hangzhou', 'cn-hangzhou'],
    ['oss-us-west-1', 'us-west-1'],
    [' oss-ap-southeast-1 ', 'ap-southeast-1'],
    ['cn-oss-x', 'cn-oss-x'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(standardRegion(input)).toBe(expected);
  });
});
