import { describe, expect, it } from 'vitest';
import type { BuilderValues } from '../form/builder-schema.ts';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { LOGIC_FIXES_TEXTS, LOGIC_NOTES_TEXTS } from '../logic/texts-en.ts';
import { labelFix, suggestFixes } from './one-click-fixes.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const values: BuilderValues = {
  ...DEFAULT_VALUES,
  expiration: { mode: 'absolute', amount: 1, unit: 'hours', absolute: '2020-01-01T00:00:00Z' },
};
const label = (fix: Parameters<typeof labelFix>[0]) =>
  labelFix(fix, textsNow(LOGIC_FIXES_TEXTS), textsNow(LOGIC_NOTES_TEXTS));
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

  it('offers both ways out of a key outside the failing starts-with condition the verdict carries', () => {
    const mine = {
      ...values,
      key: 'user/123/${filename}',
      conditions: values.conditions.map((row, i) =>
        i === 0 ? { ...row, kind: 'starts-with' as const, field: 'key', value: 'uploads/' } : row,
      ),
    };
    const fixes = suggestFixes({
      code: 'AccessDenied',
      message:
        'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "uploads/"]',
      condition: ['starts-with', '$key', 'uploads/'],
      values: mine,
    });
    expect(fixes.map((fix) => [fix.id, label(fix)])).toEqual([
      ['key-prefix', 'Put the key under uploads/'],
      ['condition-prefix', 'Update the condition to user/123/'],
    ]);
    expect(fixes[0].patch.key).toBe('uploads/${filename}');
    expect(fixes[1].patch.conditions?.[0]).toMatchObject({
      kind: 'starts-with',
      value: 'user/123/',
    });
  });

  it('reads the failing condition from the verdict, not from the message text', () => {
    const message =
      'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "user/eric/"]';
    expect(ids({ code: 'AccessDenied', message, values })).toEqual([]);
  });

  it('widens in human units and says both numbers', () => {
    const [fix] = suggestFixes({
      code: 'EntityTooLarge',
      message: 'Your proposed upload exceeds the maximum allowed size.',
      values,
      fileSize: 10 * 1024 * 1024 + 1,
    });
    expect(label(fix)).toBe(
      'Widen the size range to 1 B – 11 MiB (the file is 10,485,761 bytes (10.0 MiB))',
    );
    expect(fix.patch.conditions?.[1]).toMatchObject({
      min: 1,
      minUnit: 'B',
      max: 11,
      maxUnit: 'MB',
    });
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
