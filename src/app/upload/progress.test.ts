import { describe, expect, it } from 'vitest';
import { computeProgress } from './progress.ts';

describe('upload progress math', () => {
  it.each([
    // loaded, total, elapsed ms → percent, bytes/s, seconds left
    [0, 1000, 0, 0, 0, null],
    [500, 1000, 1000, 50, 500, 1],
    [1000, 1000, 2000, 100, 500, 0],
    [1, 3, 1000, 33.3, 1, 2],
    [0, 0, 10, 100, 0, null],
  ])(
    '%i of %i after %i ms → %f%%, %f B/s, %s s left',
    (loaded, total, elapsed, percent, speed, left) => {
      const progress = computeProgress(loaded, total, elapsed);
      expect(progress.percent).toBe(percent);
      expect(progress.bytesPerSecond).toBe(speed);
      expect(progress.secondsLeft).toBe(left);
    },
  );

  it('never reports more loaded than total', () => {
    expect(computeProgress(1200, 1000, 1000)).toMatchObject({ total: 1200, percent: 100 });
  });
});
