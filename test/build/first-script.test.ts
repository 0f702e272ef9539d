import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootModules } from '../../vite-plugins/boot-modules.ts';
import { buildAppInto } from '../hardening/support/build-app.ts';

// The page loads in two scripts (vite.config.ts): a small first one that signs and paints the
// first signature, and the app, which index.html names from the start so both download at once.

const ROOT = path.resolve(import.meta.dirname, '../..');
const inRepo = (file: string) => path.join(ROOT, file);

describe('the first script needs only what signs and paints', () => {
  let modules: string[] = [];
  beforeAll(async () => {
    const found = await bootModules(inRepo('src/main.tsx'), [inRepo('src/app/start-app.tsx')]);
    modules = [...found].map((id) => path.relative(ROOT, id));
  }, 30_000);

  it.each([
    ['the signer', 'src/app/sign-ahead.ts'],
    ['the sandbox lookup', 'src/app/remote/sandbox-lookup.ts'],
    ['the first paint', 'src/app/first-paint/first-signature-view.ts'],
    ['the core signing code', 'src/oss/signing/sign-v4.ts'],
  ])('takes %s', (_what, file) => {
    expect(modules).toContain(file);
  });

  it.each([
    ['react-dom', /node_modules\/react-dom\//],
    ['react-hook-form', /node_modules\/react-hook-form\//],
    ['react-query', /node_modules\/@tanstack\//],
    ['the form schema (zod classic)', /node_modules\/zod\/v4\/classic\//],
    ['the app itself', /^src\/app\/(start-app|app|workspace\/)/],
    ['the error catalogue', /^src\/oss\/errors\/catalog\//],
  ])('leaves out %s', (_what, pattern) => {
    expect(modules.filter((id) => pattern.test(id))).toEqual([]);
  });
});

describe('the built index.html fetches the first script and the app at once', () => {
  let build: Awaited<ReturnType<typeof buildAppInto>>;
  let html = '';
  const named = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);

  beforeAll(async () => {
    build = await buildAppInto();
    html = await readFile(path.join(build.outDir, 'index.html'), 'utf8');
  }, 60_000);
  afterAll(() => build?.remove());

  it('names one script, the app as one module preload, and the style sheets of both', async () => {
    const scripts = named(/<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/g);
    const preloads = named(/<link rel="modulepreload" crossorigin href="\.\/(assets\/[^"]+\.js)"/g);
    const sheets = named(/<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)"/g);
    expect(scripts).toHaveLength(1);
    expect(preloads).toHaveLength(1);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    const first = await readFile(path.join(build.outDir, scripts[0]!), 'utf8');
    const app = await readFile(path.join(build.outDir, preloads[0]!), 'utf8');
    // The first script imports the very chunk index.html preloads (no second copy, no waterfall).
    expect(first).toContain(`import(\`./${path.basename(preloads[0]!)}\`)`);
    expect(app).toContain('startApp');
    // …and imports nothing statically: it runs as soon as it has arrived, whatever else loads.
    expect(first).not.toMatch(/\bfrom\s*["'`]\.\/|\bimport\s*["'`]\.\//);
    // Small beside the app: what it adds before the app is ready is little.
    const gzip = (text: string) => gzipSync(text).length;
    expect(gzip(first)).toBeLessThan(gzip(app) / 2);
  });
});
