// The page's code and the core import one way: no file reaches itself again through its relative
// imports. A cycle makes module order decide what is defined at load time, and it hides which part
// of the page depends on which. This walks every src/**/*.ts(x) file's relative imports (static
// `import`/`export … from`, and `import('…')`, which also makes a chunk depend on another) and
// fails naming each cycle it finds, as a chain of files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** Every .ts/.tsx file under `dir`, tests included (a test importing its subject is no cycle). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

// `import x from './a.ts'`, `export { y } from '../b.tsx'`, `import './c.css'`, `import('./d.ts')`;
// type-only imports count too: they are erased at build time, but they tie two folders together
// both ways just the same (the issue's `core.ts` ↔ `logic/*` circle was one).
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** The relative .ts/.tsx files `file` imports at run time, resolved to absolute paths. */
export function importsOf(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) found.push(match[1]!);
  for (const match of source.matchAll(DYNAMIC)) found.push(match[1]!);
  return found
    .filter((specifier) => /\.tsx?$/.test(specifier))
    .map((specifier) => resolve(dirname(file), specifier));
}

/** Each cycle once, as the chain of files that closes it (depth-first, colouring the graph). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (seen === undefined && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it.each([
    ['no imports', { a: [], b: [] }, 0],
    ['a line', { a: ['b'], b: ['c'], c: [] }, 0],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, 0],
    ['two files', { a: ['b'], b: ['a'] }, 1],
    ['three files', { a: ['b'], b: ['c'], c: ['a'] }, 1],
    ['a file importing itself', { a: ['a'] }, 1],
  ])('the walker finds the cycles in %s', (_name, edges, count) => {
    const graph = new Map(Object.entries(edges));
    expect(findCycles(graph)).toHaveLength(count);
  });

  it('reads static, type-only, re-exported and dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from '../c.tsx';",
      "import './d.css';",
      "const e = lazy(() => import('./e.tsx'));",
      "import {\n  f,\n  g,\n} from './f.ts';",
    ].join('\n');
    expect(importsOf('/x/y/z.ts', source)).toEqual([
      '/x/y/a.ts',
      '/x/y/b.ts',
      '/x/c.tsx',
      '/x/y/f.ts',
      '/x/y/e.tsx',
    ]);
  });

  it('src has none', () => {
    const files = sourceFiles(SRC);
    const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
    const cycles = findCycles(graph).map((cycle) =>
      cycle.map((file) => relative(ROOT, file)).join(' → '),
    );
    expect(cycles).toEqual([]);
  });
});
