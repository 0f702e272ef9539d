import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { capPolicyReading, capRows, PAGE_ROW_CAP } from './row-cap.ts';
import { fromShareState } from './share-values.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...DEFAULT_VALUES.conditions[0], value: `v${i}` }));

describe('what the page takes from a link or an import', () => {
  it('cuts 10,000 condition rows to the cap and says so', () => {
    const values = {
      ...DEFAULT_VALUES,
      conditions: rows(10_000) as typeof DEFAULT_VALUES.conditions,
    };
    const capped = capRows(values);
    expect(capped.values.conditions).toHaveLength(PAGE_ROW_CAP);
    expect(capped.notes).toEqual([
      `The link or import holds 10000 condition rows; the page took the first ${PAGE_ROW_CAP}. A PostObject policy needs far fewer: check where it came from.`,
    ]);
  });

  it('a share link with 10,000 field rows comes back capped, with a problem to show', () => {
    const fields = Array.from({ length: 10_000 }, (_, i) => ({
      name: `x-oss-meta-${i}`,
      value: 'v',
    }));
    const restored = fromShareState(
      { ...DEFAULT_VALUES, fields },
      DEFAULT_VALUES,
      textsNow(INTERCHANGE_TOOLS_TEXTS),
    );
    expect(restored.values.fields).toHaveLength(PAGE_ROW_CAP);
    expect(restored.problems.map((p) => p.id)).toContain('share.rows-capped');
  });

  it('leaves a normal form as it is', () => {
    expect(capRows(DEFAULT_VALUES)).toEqual({ values: DEFAULT_VALUES, notes: [] });
  });

  it('a policy typed into the editor with more conditions than the cap is a problem, not rows', () => {
    const reading = {
      ok: true as const,
      expiration: '2030-01-01T00:00:00.000Z',
      conditions: rows(PAGE_ROW_CAP + 1) as typeof DEFAULT_VALUES.conditions,
      warnings: [],
    };
    expect(capPolicyReading(reading)).toEqual({
      ok: false,
      problems: [
        {
          message: `This policy has ${PAGE_ROW_CAP + 1} conditions; the page takes at most ${PAGE_ROW_CAP} in the editor, so the builder keeps the ones it had. A PostObject policy needs far fewer.`,
        },
      ],
    });
    const fits = { ...reading, conditions: reading.conditions.slice(0, PAGE_ROW_CAP) };
    expect(capPolicyReading(fits)).toBe(fits);
  });
});
