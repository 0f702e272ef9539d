import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration } from './format.ts';

const ENGLISH = {
  seconds: ({ s }: { s: number }) => `${s} s`,
  minutes: ({ m, s }: { m: number; s: number }) => `${m} min ${s} s`,
  hours: ({ h, m }: { h: number; m: number }) => `${h} h ${m} min`,
};
const CHINESE = {
  seconds: ({ s }: { s: number }) => `${s} 秒`,
  minutes: ({ m, s }: { m: number; s: number }) => `${m} 分 ${s} 秒`,
  hours: ({ h, m }: { h: number; m: number }) => `${h} 小时 ${m} 分`,
};

describe('durations in the reader’s words', () => {
  it.each([
    [null, '—', '—'],
    [0, '0 s', '0 秒'],
    [75, '1 min 15 s', '1 分 15 秒'],
    [3725, '1 h 2 min', '1 小时 2 分'],
  ])('%s seconds → %s / %s', (seconds, english, chinese) => {
    expect(formatDuration(seconds, ENGLISH)).toBe(english);
    expect(formatDuration(seconds, CHINESE)).toBe(chinese);
  });
});

describe('sizes', () => {
  it.each([
    [512, '512 B'],
    [2048, '2 KiB'],
    [1536, '1.5 KiB'],
    [Number.NaN, '—'],
  ])('%s bytes → %s', (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown);
  });
});
