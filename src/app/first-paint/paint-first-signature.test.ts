import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_CHINESE } from './paint-first-signature.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the Chinese a first paint waits for', () => {
  it.each(FIRST_PAINT_CHINESE.map((file) => [file]))('%s exists', (file) => {
    expect(existsSync(path.join(ROOT, file))).toBe(true);
  });

  it('covers every table the first paint speaks through', () => {
    expect(FIRST_PAINT_CHINESE.map((file) => path.basename(path.dirname(file)))).toEqual(
      expect.arrayContaining(['first-paint', 'header', 'result']),
    );
    expect(FIRST_PAINT_CHINESE).toContain('/src/app/result/verdict-texts-zh.ts');
  });
});
