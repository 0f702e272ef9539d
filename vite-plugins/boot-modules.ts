// Which modules the page's first script (src/main.tsx) needs, found by bundling it alone: the
// modules left after tree-shaking, which a module's import list cannot tell (every file imports
// the core through its index, which names the whole core). vite.config.ts keeps them in the first
// script's chunk and everything else the app needs at once in the app's chunk.
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * The ids of the modules `entry` needs statically once tree-shaken; `external` (the app, loaded
 * with import()) and style sheets left out.
 *
 * @example await bootModules('/repo/src/main.tsx', ['/repo/src/app/start-app.tsx'])
 */
export async function bootModules(
  entry: string,
  external: readonly string[],
): Promise<Set<string>> {
  const bundle = await rolldown({
    input: entry,
    logLevel: 'silent',
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    plugins: [
      {
        name: 'boot-modules-skip',
        resolveId(source, importer) {
          if (source.endsWith('.css'))
            return { id: '\0boot-modules-style', moduleSideEffects: false };
          if (importer && external.some((id) => id.endsWith(source.replace(/^(\.\.?\/)+/, '')))) {
            return { id: source, external: true };
          }
          return null;
        },
        load(id) {
          return id === '\0boot-modules-style' ? { code: '', moduleType: 'js' } : null;
        },
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const modules = new Set<string>();
    for (const chunk of output) {
      if (chunk.type === 'chunk' && chunk.isEntry) {
        for (const id of Object.keys(chunk.modules)) modules.add(id);
      }
    }
    return modules;
  } finally {
    await bundle.close();
  }
}

/**
 * A build plugin that finds the first script's modules when the build starts, and `has`, for a
 * code-splitting group to test a module against (nothing before the build starts, nor in dev).
 */
export function bootModulesPlugin(
  entry: string,
  external: readonly string[],
): { plugin: Plugin; has: (id: string) => boolean } {
  const modules = new Set<string>();
  // Besides the script's own modules: the page's HTML entry module that imports it, and Vite's
  // modulepreload polyfill it injects there.
  const besides = (id: string) =>
    id.endsWith('/index.html') || id.includes('modulepreload-polyfill');
  return {
    has: (id) => modules.has(id) || besides(id),
    plugin: {
      name: 'oss-builder-boot-modules',
      apply: 'build',
      async buildStart() {
        modules.clear();
        for (const id of await bootModules(entry, external)) modules.add(id);
      },
    },
  };
}
