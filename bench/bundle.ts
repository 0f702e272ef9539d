// Bundle: gzip bytes the built index.html loads before any interaction, beside a bare React 19
// page built by the same Vite (the floor any React page pays). Information only: what users feel
// is the signature on screen (bench first-signature), so the bytes have no budget of their own.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { collectComposition, type CompositionEntry } from './bundle-composition.ts';
import { formatKiB, type BenchResult } from './report.ts';

const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>floor</title></head>
<body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>
`;

const FLOOR_MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>floor</h1>
  </StrictMode>,
);
`;

// The same floor plus the libraries the page is built on, each used once (what no app code can avoid).
const LIBRARY_FLOOR_MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

const schema = z.object({ a: z.string().check(z.minLength(1)) });

function App() {
  const form = useForm({ resolver: zodResolver(schema) });
  const query = useQuery({ queryKey: ['x'], queryFn: async () => 1 });
  const mutation = useMutation({ mutationFn: async () => 2 });
  return (
    <form onSubmit={form.handleSubmit(() => mutation.mutate())}>
      <input {...form.register('a')} />
      {String(query.data)}
    </form>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
`;

interface Loaded {
  files: { file: string; raw: number; gzip: number }[];
  gzip: number;
  lazy: { file: string; gzip: number }[];
}

function gzipBytes(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The scripts, module preloads and style sheets that index.html names (what loads up front). */
function listInitialAssets(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(https?:)?\/\//.test(url)) continue;
    if (isScript || rel === 'stylesheet' || rel === 'modulepreload') found.add(url);
  }
  return [...found];
}

async function measureOutput(outDir: string): Promise<Loaded> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const initial = listInitialAssets(html).map((url) => url.replace(/^\//, ''));
  const files = await Promise.all(
    initial.map(async (file) => {
      const bytes = await readFile(path.join(outDir, file));
      return { file, raw: bytes.length, gzip: gzipBytes(bytes) };
    }),
  );
  const assets = await readdir(path.join(outDir, 'assets'));
  const lazy = await Promise.all(
    assets
      .map((name) => `assets/${name}`)
      .filter((file) => /\.(js|css)$/.test(file) && !initial.includes(file))
      .map(async (file) => ({ file, gzip: gzipBytes(await readFile(path.join(outDir, file))) })),
  );
  return { files, gzip: files.reduce((sum, file) => sum + file.gzip, 0), lazy };
}

async function buildApp(outDir: string): Promise<(total: number) => Promise<CompositionEntry[]>> {
  const composition = collectComposition();
  await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'error',
    plugins: [composition.plugin],
    build: { outDir, emptyOutDir: true },
  });
  return composition.estimate;
}

async function buildFloor(outDir: string, main = FLOOR_MAIN): Promise<void> {
  // Inside node_modules so that `react` resolves from the project's own copy.
  const root = path.resolve('node_modules/.tmp', `bench-floor-${process.pid}`);
  await mkdir(root, { recursive: true });
  try {
    await writeFile(path.join(root, 'index.html'), FLOOR_HTML);
    await writeFile(path.join(root, 'main.tsx'), main);
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      plugins: [react()],
      build: { target: 'es2022', outDir, emptyOutDir: true },
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Builds both pages into temporary directories and compares what each loads up front. */
export async function benchBundle(): Promise<BenchResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-bundle-'));
  try {
    const estimate = await buildApp(path.join(work, 'app'));
    await buildFloor(path.join(work, 'floor'));
    await buildFloor(path.join(work, 'libraries'), LIBRARY_FLOOR_MAIN);
    const app = await measureOutput(path.join(work, 'app'));
    const floor = await measureOutput(path.join(work, 'floor'));
    const libraries = await measureOutput(path.join(work, 'libraries'));
    const lazyGzip = app.lazy.reduce((sum, file) => sum + file.gzip, 0);
    const composition = await estimate(app.gzip);
    const top = composition
      .slice(0, 8)
      .map((entry) => `${entry.part} ${formatKiB(entry.gzip)}`)
      .join(', ');
    return {
      name: 'bundle',
      rows: [
        {
          bench: 'bundle',
          measure: 'gzip JS+CSS before interaction',
          value: formatKiB(app.gzip),
          against: `bare React 19 page ${formatKiB(floor.gzip)} (+${formatKiB(app.gzip - floor.gzip)})`,
          target: 'informative (first-signature is the goal)',
          ok: null,
        },
        {
          bench: 'bundle',
          measure:
            'floor with the page libraries (react-hook-form, resolvers, react-query, zod/mini)',
          value: formatKiB(libraries.gzip),
          against: `bare React 19 page ${formatKiB(floor.gzip)}`,
          target: 'informative',
          ok: null,
        },
        {
          bench: 'bundle',
          measure: 'gzip JS+CSS loaded on demand',
          value: formatKiB(lazyGzip),
          against: `${app.lazy.length} lazy chunk(s)`,
          target: 'heavy parts lazy',
          ok: null,
        },
      ],
      figures: { app, floor, libraries, composition },
      notes: [`Up-front bytes by part (estimated): ${top}.`],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
