// The readers of pasted text, share links and policies on hostile input at 1×, 10× and 100× size:
// each must grow linearly (time ratio near the size ratio), never quadratically. The inputs are
// the ones that froze the page before (unclosed `${`, `<input ` without `>`, many conditions).
import {
  decodeShareState,
  diffPolicies,
  fillCallbackBody,
  importCurl,
  importHtmlForm,
  importSigningServerAnswer,
  type PolicyCondition,
} from '../src/oss/index.ts';
import type { BenchOptions } from './run.ts';
import type { BenchResult, BenchRow } from './report.ts';

interface ParserCase {
  name: string;
  /** Input of `n` units (repeats, conditions). */
  make: (n: number) => () => unknown;
  /** Units at 1×. */
  base: number;
}

const conditions = (n: number, prefix: string): PolicyCondition[] =>
  Array.from({ length: n }, (_, i) => ['starts-with', `$x-oss-meta-f${i}`, `${prefix}${i}`]);

const CASES: ParserCase[] = [
  {
    name: 'importCurl on "${a"',
    base: 2_000,
    make: (n) => {
      const text = `curl -F "x=${'${a'.repeat(n)}" http://h`;
      return () => importCurl(text);
    },
  },
  {
    name: 'importHtmlForm on "<input "',
    base: 2_000,
    make: (n) => {
      const text = `<form>${'<input '.repeat(n)}`;
      return () => importHtmlForm(text);
    },
  },
  {
    name: 'diffPolicies',
    base: 1_000,
    make: (n) => {
      const a = { expiration: 'e', conditions: conditions(n, 'a') };
      const b = { expiration: 'e', conditions: conditions(n, 'b').reverse() };
      return () => diffPolicies(a, b);
    },
  },
  {
    name: 'importSigningServerAnswer, many fields',
    base: 1_000,
    make: (n) => {
      const fields = Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`x-oss-meta-a${i}`, `v${i}`]),
      );
      const text = JSON.stringify({ accessid: 'AK', policy: 'eyJ9', signature: 's', fields });
      return () => importSigningServerAnswer(text);
    },
  },
  {
    name: 'fillCallbackBody on "${"',
    base: 2_000,
    make: (n) => {
      const text = '${'.repeat(n);
      return () => fillCallbackBody(text, { object: 'o' }, 'application/json');
    },
  },
  {
    name: 'decodeShareState, nested',
    base: 2_000,
    make: (n) => {
      const json = `{"a":${'['.repeat(n)}${']'.repeat(n)}}`;
      const fragment = `1.${Buffer.from(json).toString('base64url')}`;
      return () => decodeShareState(fragment);
    },
  },
];

/** The median of `runs` timings of `run`, in ms. */
function median(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}

// Linear growth is a ratio near the size ratio; quadratic would be its square (100 at 10×,
// 10,000 at 100×). The limit leaves room for noise and for caches that stop fitting.
const LIMIT = { 10: 30, 100: 300 } as const;

/**
 * Times each parser at 1×, 10× and 100× input and reports the growth ratios against linear.
 */
export async function benchParsers(options: BenchOptions): Promise<BenchResult> {
  const runs = options.quick ? 3 : 7;
  const rows: BenchRow[] = [];
  const figures: Record<string, unknown> = {};
  for (const c of CASES) {
    const small = c.make(c.base);
    for (let i = 0; i < 5; i += 1) small(); // warm the JIT before the 1× figure
    const at1 = median(small, runs);
    const times: Record<number, number> = { 1: at1 };
    for (const factor of [10, 100] as const) {
      const ms = median(c.make(c.base * factor), runs);
      times[factor] = ms;
      const ratio = ms / Math.max(at1, 0.05);
      rows.push({
        bench: 'parsers',
        measure: `${c.name}, ${factor}× input (${c.base * factor})`,
        value: `${ms.toFixed(1)} ms, ×${ratio.toFixed(1)}`,
        against: `1× (${c.base}): ${at1.toFixed(2)} ms`,
        target: `×≤${LIMIT[factor]} (linear ×${factor})`,
        ok: ratio <= LIMIT[factor],
      });
    }
    figures[c.name] = times;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return {
    name: 'parsers',
    rows,
    figures,
    notes: ['ratios: time at 10×/100× input over time at 1×; quadratic would be ×100 / ×10,000'],
  };
}
