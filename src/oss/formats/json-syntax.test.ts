import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.ts';

describe('findJsonSyntaxError', () => {
  it.each([
    ['trailing comma in object', '{"a":1,}', 7, 'a string (member name)'],
    ['trailing comma in array', '[1,]', 3, 'a value'],
    ['missing comma', '[1 2]', 3, "',' or ']'"],
    ['single quotes', "{'a':1}", 1, 'a string (member name)'],
    ['cut off', '{"a":[', 6, 'a value'],
    ['bad escape', '"a\\x"', 2, 'a valid escape'],
    ['raw newline in string', '"a\nb"', 2, 'a closing quote'],
    ['leading zero', '01', 1, 'the end of the text'],
    ['garbage after value', '{} x', 3, 'the end of the text'],
    ['bare word', 'tru', 0, 'a value'],
  ])('%s', (_name, text, position, expected) => {
    const e = findJsonSyntaxError(text);
    expect(e?.position).toBe(position);
    expect(e?.message).toContain(`expected ${expected}`);
  });

  it('returns null exactly when JSON.parse accepts the text', () => {
    const parses = (t: string) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))),
        ),
        (text) => {
          expect(findJsonSyntaxError(text) === null).toBe(parses(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
