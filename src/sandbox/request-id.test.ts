import { describe, expect, it } from 'vitest';
import { createRequestId } from './request-id.ts';

describe('OSS-style request ids', () => {
  it('are 24 upper-case hex characters, all different over several random draws', () => {
    const ids = Array.from({ length: 2000 }, () => createRequestId());
    for (const id of ids) expect(id).toMatch(/^[0-9A-F]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
