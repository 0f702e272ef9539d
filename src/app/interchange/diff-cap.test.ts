import { describe, expect, it } from 'vitest';
import { diffPolicies, type PolicyCondition } from '../../oss/index.ts';
import { capShownDiff } from './diff-cap.ts';
import { PAGE_ROW_CAP } from './row-cap.ts';

const policy = (n: number, prefix: string) => ({
  expiration: '2030-01-01T00:00:00.000Z',
  conditions: Array.from({ length: n }, (_, i): PolicyCondition => [
    'eq',
    `$x-oss-meta-a${i}`,
    `${prefix}${i}`,
  ]),
});

describe('what a policy comparison shows', () => {
  it('shows the first lines of 1,000 changes and counts them all', () => {
    const diff = diffPolicies(policy(500, 'p'), policy(1_000, 'q'));
    const { diff: shown, note } = capShownDiff(diff);
    expect(shown.added.length + shown.removed.length + shown.changed.length).toBe(PAGE_ROW_CAP);
    expect(note).toBe(
      `Showing the first ${PAGE_ROW_CAP} of 1000 rows; the rest are kept but not shown.`,
    );
    expect(shown.unchanged).toBe(diff.unchanged);
  });

  it('shows a small comparison whole', () => {
    const diff = diffPolicies(policy(3, 'p'), policy(4, 'q'));
    expect(capShownDiff(diff)).toEqual({ diff, note: null });
  });
});
