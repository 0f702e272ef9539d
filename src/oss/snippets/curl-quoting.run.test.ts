// Any value survives the curl snippet's quoting: a real POSIX shell turns the snippet back into
// exactly the words curl must receive, and our importer reads back the same fields.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormEntry, PostForm } from '../form/form-types.ts';
import { importCurl } from '../interchange/import-curl.ts';
import { renderCurlSnippet } from './curl-snippet.ts';

function formWith(value: string): PostForm {
  const fields: FormEntry[] = [
    { kind: 'field', name: 'key', value: `k/${value}`, why: '' },
    { kind: 'field', name: 'x-oss-meta-v', value, why: '' },
    { kind: 'file', name: 'file', why: '' },
  ];
  return {
    url: 'http://127.0.0.1:9/examplebucket',
    version: 'v4',
    fields,
    policy: { expiration: '2030-01-01T00:00:00.000Z', conditions: [{ bucket: 'examplebucket' }] },
    policyJson: '',
    policyBase64: '',
    signature: '',
    checks: [],
  };
}

/** Runs the snippet in sh with `curl` replaced by a function that prints its arguments. */
function shellWords(snippet: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${snippet}`;
  const out = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

// Shell arguments cannot hold NUL; everything else is fair game.
const value = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((v) => !v.includes('\0'));
const nasty = fc.constantFrom(
  `'`,
  `"`,
  '$HOME',
  '`id`',
  '\\',
  '\n',
  '@/etc/passwd',
  '<x',
  ';',
  '用户/',
  "'\\''",
  '$(id)',
  '!',
);
const values = fc.oneof(
  value,
  fc.array(nasty, { maxLength: 6 }).map((parts) => parts.join('')),
);

describe('curl snippet quoting', () => {
  it('a POSIX shell passes every value to curl unchanged (--form-string, file last, URL)', () => {
    fc.assert(
      fc.property(values, fc.constantFrom('./a.txt', "./it's $x;y.txt"), (v, path) => {
        const words = shellWords(renderCurlSnippet(formWith(v), { filePath: path }));
        expect(words.slice(0, 3)).toEqual(['--globoff', '--fail-with-body', '-sS']);
        expect(words.slice(3, 7)).toEqual([
          '--form-string',
          `key=k/${v}`,
          '--form-string',
          `x-oss-meta-v=${v}`,
        ]);
        expect(words[7]).toBe('-F');
        expect(words[8]).toMatch(/^file=@/);
        expect(words.at(-1)).toBe('http://127.0.0.1:9/examplebucket');
      }),
      { numRuns: 150 },
    );
  });

  // Line terminators are written with printf (escape-shell.ts), which the importer does not run:
  // the real shell above reads those back.
  it('the importer reads the snippet back to the same fields', () => {
    fc.assert(
      fc.property(
        values.filter((v) => !/[\r\n\v\f\u0085\u2028\u2029\ufeff]/.test(v)),
        (v) => {
          const back = importCurl(renderCurlSnippet(formWith(v)));
          expect(back.ok && back.value.fields).toEqual([
            { name: 'key', value: `k/${v}` },
            { name: 'x-oss-meta-v', value: v },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
