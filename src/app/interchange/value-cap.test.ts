import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { capRowChars, capValues } from './value-cap.ts';
import { PAGE_ROWS_MAX_CHARS, PAGE_VALUE_MAX_CHARS } from './input-limits.ts';
import { fromShareState } from './share-values.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';

const long = 'v'.repeat(PAGE_VALUE_MAX_CHARS + 1);
const row = DEFAULT_VALUES.conditions[0];

describe('values over the page limit from a link or an import', () => {
  it.each<[string, Partial<BuilderValues>, string]>([
    ['the object key', { key: long }, 'key'],
    ['the callback body', { callbackBody: long }, 'callbackBody'],
    ['the callback URL', { callbackUrl: `http://h/${long}` }, 'callbackUrl'],
    [
      'the endpoint',
      { target: { ...DEFAULT_VALUES.target, endpoint: `https://${long}` } },
      'target.endpoint',
    ],
  ])('keeps the current value for %s and says so', (_name, change, part) => {
    const taken = capValues({ ...DEFAULT_VALUES, ...change }, DEFAULT_VALUES);
    expect(taken.values).toEqual(DEFAULT_VALUES);
    expect(taken.notes).toHaveLength(1);
    expect(taken.notes[0]).toContain(`sets “${part}” to `);
    expect(taken.notes[0]).toContain(`at most ${PAGE_VALUE_MAX_CHARS} characters`);
  });

  it('leaves out condition and field rows that hold one, naming how many', () => {
    const values: BuilderValues = {
      ...DEFAULT_VALUES,
      conditions: [row, { ...row, value: long }, { ...row, values: long }],
      fields: [
        { name: 'x-oss-meta-a', value: long },
        { name: long, value: 'v' },
        { name: 'x-oss-meta-b', value: 'ok' },
      ],
    };
    const taken = capValues(values, DEFAULT_VALUES);
    expect(taken.values.conditions).toEqual([row]);
    expect(taken.values.fields).toEqual([{ name: 'x-oss-meta-b', value: 'ok' }]);
    expect(taken.notes).toEqual([
      `2 condition rows of the link or import hold a value over ${PAGE_VALUE_MAX_CHARS} characters; the page left them out.`,
      `2 field rows of the link or import hold a name or value over ${PAGE_VALUE_MAX_CHARS} characters; the page left them out.`,
    ]);
  });

  it('takes a value of exactly the limit', () => {
    const values = { ...DEFAULT_VALUES, key: 'k'.repeat(PAGE_VALUE_MAX_CHARS) };
    expect(capValues(values, DEFAULT_VALUES)).toEqual({ values, notes: [] });
  });

  it('a share link with a 1 MB object key restores the rest and reports the key', () => {
    const restored = fromShareState(
      { ...DEFAULT_VALUES, key: 'k'.repeat(1024 * 1024), bucket: 'ignored' },
      { ...DEFAULT_VALUES, key: 'mine/${filename}' },
      INTERCHANGE_TOOLS_TEXTS,
    );
    expect(restored.values.key).toBe('mine/${filename}');
    expect(restored.problems.map((p) => p.id)).toContain('share.value-refused');
  });

  it('cuts rows where their characters together pass the page budget, and says how many', () => {
    const full = 'v'.repeat(PAGE_VALUE_MAX_CHARS);
    const conditions = Array.from({ length: 100 }, () => ({ ...row, value: full }));
    const kept = Math.floor(PAGE_ROWS_MAX_CHARS / (PAGE_VALUE_MAX_CHARS + row.field.length));
    const fitted = capRowChars({ ...DEFAULT_VALUES, conditions });
    expect(fitted.values.conditions).toHaveLength(kept);
    expect(fitted.values.fields).toEqual([]);
    expect(fitted.notes).toEqual([
      `${100 - kept + DEFAULT_VALUES.fields.length} rows of the link or import were left out: the page takes at most ${PAGE_ROWS_MAX_CHARS} characters in all rows together, and the rows before them fill that.`,
    ]);
    expect(capRowChars(DEFAULT_VALUES)).toEqual({ values: DEFAULT_VALUES, notes: [] });
  });
});
