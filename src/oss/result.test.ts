import { describe, expect, it } from 'vitest';
import { fail, ok } from './result.ts';

describe('Result', () => {
  it('ok carries the value', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
  });
  it('fail carries every issue in order', () => {
    const r = fail({ id: 'a', message: 'first' }, { id: 'b', message: 'second' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.id)).toEqual(['a', 'b']);
  });
});
