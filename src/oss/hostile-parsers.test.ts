// Hostile input for the core's readers: inputs built to make a parser backtrack or recurse
// (the sizes that froze the page before: 8.6 s, 12.8 s, 13 s, 10.6 s) now finish well inside a
// second, and a share link nested thousands deep is a message, not a stack overflow.
import { describe, expect, it } from 'vitest';
import { fillCallbackBody } from './callback/callback-variables.ts';
import { importCurl } from './interchange/import-curl.ts';
import { importHtmlForm } from './interchange/import-html-form.ts';
import { importPasted } from './interchange/import-pasted.ts';
import { decodeShareState, encodeShareState } from './interchange/share-state.ts';
import { tokenizeShell } from './interchange/tokenize-shell.ts';
import { diffPolicies } from './policy/diff-policies.ts';
import type { PolicyCondition } from './policy/policy-types.ts';

/** Milliseconds one call takes. */
function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

// Generous for a loaded 2-core machine (about 10× what an idle one takes); the quadratic versions
// took 8–13 s on these inputs.
const BUDGET_MS = 2500;

const conditions = (n: number, prefix: string): PolicyCondition[] =>
  Array.from({ length: n }, (_, i) => ['starts-with', `$x-oss-meta-f${i}`, `${prefix}${i}`]);

const fragmentOf = (json: string) => `1.${Buffer.from(json, 'utf8').toString('base64url')}`;

describe('parsers stay linear on hostile input', () => {
  it.each<[string, () => unknown]>([
    ['tokenizeShell on "${a" × 80,000', () => tokenizeShell(`curl -F "x=${'${a'.repeat(80_000)}"`)],
    ['tokenizeShell on bare "${a" × 80,000', () => tokenizeShell(`curl x=${'${a'.repeat(80_000)}`)],
    [
      "tokenizeShell on $'\\x\\u…' × 80,000",
      () => tokenizeShell(`curl $'${'\\x4\\u4'.repeat(80_000)}'`),
    ],
    [
      'importCurl on "${a" × 80,000',
      () => importCurl(`curl -F "x=${'${a'.repeat(80_000)}" http://h`),
    ],
    [
      'importHtmlForm on "<input " × 40,000 without ">"',
      () => importHtmlForm(`<form>${'<input '.repeat(40_000)}`),
    ],
    [
      'importHtmlForm on "<input a=\\"" × 40,000',
      () => importHtmlForm(`<form>${'<input a="'.repeat(40_000)}`),
    ],
    [
      'importHtmlForm on "<script>" × 40,000 unclosed',
      () => importHtmlForm(`<form>${'<script>'.repeat(40_000)}`),
    ],
    [
      'importHtmlForm on "<textarea name=a>" × 40,000',
      () => importHtmlForm(`<form>${'<textarea name=a>'.repeat(40_000)}`),
    ],
    ['importPasted on "<input " × 40,000', () => importPasted(`<form>${'<input '.repeat(40_000)}`)],
    [
      'fillCallbackBody on an unclosed "${" × 100,000',
      () => fillCallbackBody('${'.repeat(100_000), { object: 'a' }, 'application/json'),
    ],
    [
      'fillCallbackBody on "${x:" × 100,000',
      () => fillCallbackBody('${x:'.repeat(100_000), {}, 'application/x-www-form-urlencoded'),
    ],
  ])('%s finishes inside the budget', (_, run) => {
    expect(timed(run)).toBeLessThan(BUDGET_MS);
  });

  it('diffPolicies on 20,000 conditions each finishes inside the budget', () => {
    // The quadratic version took 13 s on 40,000, about 19 s on 20,000 on a loaded machine.
    const run = () =>
      diffPolicies(
        { expiration: 'e', conditions: conditions(20_000, 'a') },
        { expiration: 'e', conditions: conditions(20_000, 'b').reverse() },
      );
    run(); // warm the JIT
    expect(timed(run)).toBeLessThan(BUDGET_MS);
  });

  it('diffPolicies still pairs changed conditions in order', () => {
    const diff = diffPolicies(
      { expiration: 'e', conditions: [['eq', '$key', 'a'], ['eq', '$key', 'b'], { bucket: 'x' }] },
      { expiration: 'e', conditions: [{ bucket: 'x' }, ['eq', '$key', 'c'], ['eq', '$key', 'b']] },
    );
    expect(diff.unchanged).toEqual([['eq', '$key', 'b'], { bucket: 'x' }]);
    expect(diff.changed).toEqual([
      { label: 'eq $key', before: ['eq', '$key', 'a'], after: ['eq', '$key', 'c'] },
    ]);
  });

  it('fillCallbackBody fills what it filled before and keeps an unclosed "${" as written', () => {
    expect(fillCallbackBody('a=${object}&b=${x:v}&c=${', { object: 'o b', 'x:v': '1' }, 'x')).toBe(
      'a=o%20b&b=1&c=${',
    );
    expect(fillCallbackBody('${}${nope}${${object}', { object: 'o' }, 'application/json')).toBe(
      '${}${nope}${${object}',
    );
  });

  it('importHtmlForm reads a textarea as text, not as markup', () => {
    const read = importHtmlForm(
      '<form method="post" enctype="multipart/form-data"><textarea name="a"><input name="b" value="x"></textarea><input name="c" value="y"></form>',
    );
    expect(read.ok && read.value.fields).toEqual([
      { name: 'a', value: '<input name="b" value="x">' },
      { name: 'c', value: 'y' },
    ]);
  });
});

describe('share links that nest too deep or run too long', () => {
  it.each([
    ['arrays nested 3,000 deep', `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`],
    ['objects nested 3,000 deep', `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`],
  ])('%s: a message, never a throw', (_, json) => {
    const read = decodeShareState(fragmentOf(json));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0].id).toBe('share.too-deep');
  });

  it('brackets inside strings do not count as nesting', () => {
    const read = decodeShareState(fragmentOf(JSON.stringify({ key: '['.repeat(5000) })));
    expect(read.ok).toBe(true);
  });

  it('a fragment over the length cap is refused before it is decoded', () => {
    const read = decodeShareState(`1.${'A'.repeat(3_000_000)}`);
    expect(!read.ok && read.issues[0].id).toBe('share.too-long');
  });

  it('the builder state still round-trips', () => {
    const state = { target: { bucket: 'b' }, conditions: [{ kind: 'eq', value: ['x'] }] };
    expect(decodeShareState(encodeShareState(state).fragment)).toEqual({ ok: true, value: state });
  });
});
