import { describe, expect, it } from 'vitest';
import { importCurl, type ImportedForm } from '../../oss/index.ts';
import { capShownImport } from './import-cap.ts';
import { PAGE_ROW_CAP } from './row-cap.ts';
import { PAGE_VALUE_MAX_CHARS } from './input-limits.ts';

function imported(command: string): ImportedForm {
  const result = importCurl(command);
  if (!result.ok) throw new Error('not imported');
  return result.value;
}

describe('what the import result shows of a large import', () => {
  it('shows the first rows of 10,000 fields and says how many there are', () => {
    const fields = Array.from({ length: 10_000 }, (_, i) => `-F 'x-oss-meta-a${i}=v'`).join(' ');
    const whole = imported(`curl ${fields} -F file=@a http://h/b`);
    const { shown, notes } = capShownImport(whole);
    expect(shown.fields).toHaveLength(PAGE_ROW_CAP);
    expect(shown.fields[0]).toEqual({ name: 'x-oss-meta-a0', value: 'v' });
    expect(whole.fields).toHaveLength(10_000);
    expect(notes).toEqual([
      `Showing the first ${PAGE_ROW_CAP} of 10000 rows; the rest are kept but not shown.`,
    ]);
  });

  it('cuts a 1 MB value where it is shown, and says so', () => {
    const whole = imported(`curl -F 'key=${'k'.repeat(1024 * 1024)}' -F file=@a http://h/b`);
    const { shown, notes } = capShownImport(whole);
    expect(shown.fields[0].value).toHaveLength(PAGE_VALUE_MAX_CHARS + 1);
    expect(shown.fields[0].value.endsWith('…')).toBe(true);
    expect(notes).toEqual([
      `Showing the first ${PAGE_VALUE_MAX_CHARS} of 1048576 characters; the rest are kept but not shown.`,
    ]);
  });

  it('shows the first conditions of a policy with 5,000', () => {
    const conditions = Array.from({ length: 5_000 }, (_, i) => ['starts-with', '$key', `p${i}`]);
    const policy = { expiration: '2030-01-01T00:00:00.000Z', conditions } as ImportedForm['policy'];
    const whole: ImportedForm = { ...imported(`curl -F a=b http://h/b`), policy };
    const { shown, notes } = capShownImport(whole);
    expect(shown.policy?.conditions).toHaveLength(PAGE_ROW_CAP);
    expect(notes).toEqual([
      `Showing the first ${PAGE_ROW_CAP} of 5000 rows; the rest are kept but not shown.`,
    ]);
  });

  it('shows a small import as it is', () => {
    const whole = imported(`curl -F key=a -F file=@a http://h/b`);
    expect(capShownImport(whole)).toEqual({ shown: whole, notes: [] });
  });
});
