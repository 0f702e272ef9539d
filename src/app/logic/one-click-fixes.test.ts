import { describe, expect, it } from 'vitest';
import type { BuilderValues } from '../form/builder-schema.ts';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { suggestFixes } from './one-click-fixes.ts';

const values: BuilderValues = {
  ...DEFAULT_VALUES,
  expiration: { mode: 'absolute', amount: 1, unit: 'hours', absolute: '2020-01-01T00:00:00Z' },
};
const ids = (input: Parameters<typeof suggestFixes>[0]) => suggestFixes(input).map((fix) => fix.id);

describe('one-click fixes', () => {
  it('extends an expired policy to an hour from now', () => {
    const [fix] = suggestFixes({
      code: 'AccessDenied',
      message: 'Invalid according to Policy: Policy expired.',
      values,
    });
    expect(fix.id).toBe('extend-expiration');
    expect(fix.patch.expiration).toMatchObject({ mode: 'relative', amount: 1, unit: 'hours' });
  });

  it('widens the size range to the file that was refused', () => {
    const [fix] = suggestFixes({
      code: 'EntityTooLarge',
      message: 'Your proposed upload exceeds the maximum allowed size.',
      values,
      fileSize: 20 * 1024 * 1024,
    });
    expect(fix.id).toBe('widen-size-range');
    expect(fix.patch.conditions?.[1]).toMatchObject({
      min: 1,
      minUnit: 'B',
      max: 20,
      maxUnit: 'MB',
    });
  });

  it('offers no size fix when the file fits or is unknown', () => {
    expect(ids({ code: 'EntityTooLarge', message: '', values })).toEqual([]);
    expect(ids({ code: 'EntityTooLarge', message: '', values, fileSize: 100 })).toEqual([]);
  });

  it('puts the key first only when the page sent it after the file', () => {
    const message =
      "The bucket POST must contain the specified 'key'. If it is specified, please check the order of the fields";
    expect(
      ids({ code: 'InvalidArgument', message, values: { ...values, sendOrder: 'key-after-file' } }),
    ).toEqual(['key-first']);
    expect(ids({ code: 'InvalidArgument', message, values })).toEqual([]);
  });

  it('moves the key under the prefix a starts-with condition wants', () => {
    const message =
      'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "user/eric/"]';
    const [fix] = suggestFixes({ code: 'AccessDenied', message, values });
    expect(fix.patch.key).toBe('user/eric/${filename}');
  });

  it.each([
    ['examplebucket.oss-cn-shanghai.aliyuncs.com', undefined, 'cn-shanghai'],
    ['examplebucket.oss-cn-hangzhou.aliyuncs.com', undefined, null],
    ['127.0.0.1', 'cn-beijing', 'cn-beijing'],
  ])('corrects the region from HostId %s', (hostId, expectedRegion, region) => {
    const fixes = suggestFixes({
      code: 'SignatureDoesNotMatch',
      message: '',
      hostId,
      expectedRegion,
      values,
    });
    const fix = fixes.find((candidate) => candidate.id === 'correct-region');
    expect(fix?.patch.target?.region ?? null).toBe(region);
  });
});
