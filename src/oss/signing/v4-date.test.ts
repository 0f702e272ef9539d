import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialDay, formatOssDate, parseOssDate } from './v4-date.ts';

describe('formatOssDate / credentialDay (UTC)', () => {
  it.each([
    ['2024-07-13T13:34:14Z', '20240713T133414Z', '20240713'],
    ['2024-07-13T23:59:59.999Z', '20240713T235959Z', '20240713'],
    ['2024-07-14T00:00:00Z', '20240714T000000Z', '20240714'],
    ['2024-12-31T23:59:59Z', '20241231T235959Z', '20241231'],
    ['2025-01-01T00:00:00Z', '20250101T000000Z', '20250101'],
    ['2024-02-29T12:00:00Z', '20240229T120000Z', '20240229'],
  ])('%s', (iso, ossDate, day) => {
    expect(formatOssDate(new Date(iso))).toBe(ossDate);
    expect(credentialDay(new Date(iso))).toBe(day);
  });

  it('gives empty text for an invalid Date', () => {
    expect(formatOssDate(new Date('nope'))).toBe('');
  });

  it('x-oss-date and the credential day always share the UTC day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31T23:59:59Z') }),
        (d) => {
          expect(formatOssDate(d).slice(0, 8)).toBe(
            d.toISOString().slice(0, 10).replaceAll('-', ''),
          );
          expect(parseOssDate(formatOssDate(d))?.getTime()).toBe(
            Math.floor(d.getTime() / 1000) * 1000,
          );
        },
      ),
    );
  });
});

describe('parseOssDate', () => {
  it.each([
    ['2024-07-13T13:34:14Z'],
    ['20240713T133414'],
    ['20241313T000000Z'],
    ['20240230T000000Z'],
    [''],
  ])('refuses %j', (text) => {
    expect(parseOssDate(text)).toBeNull();
  });
});
