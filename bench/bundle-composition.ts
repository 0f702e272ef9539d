import { gzipSync } from 'node:zlib';
import { minify, type Plugin } from 'vite';

/** Where the up-front bytes come from: a package or a source folder, with its estimated share. */
export interface CompositionEntry {
  part: string;
  /** gzip bytes of the part minified alone, scaled so that the parts add up to the real total. */
  gzip: number;
}

function partOf(id: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inPackage) return inPackage[1];
  const inSource = /\/src\/(.*)\/[^/]+$/.exec(id);
  return inSource ? `src/${inSource[1]}` : 'other';
}

/**
 * A build plugin that gathers each module's rendered code by part (initial chunks only), and the
 * estimate it leads to. Gzipping parts apart overstates each, so the shares are scaled to `total`.
 */
export function collectComposition(): {
  plugin: Plugin;
  estimate: (total: number) => Promise<CompositionEntry[]>;
} {
  const code = new Map<string, string>();
  const plugin: Plugin = {
    name: 'bench-bundle-composition',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.isDynamicEntry) continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          const part = partOf(id);
          code.set(part, `${code.get(part) ?? ''}${module.code ?? ''}\n`);
        }
      }
    },
  };
  const estimate = async (total: number) => {
    const alone: CompositionEntry[] = [];
    for (const [part, text] of code) {
      const minified = await minify(`${part.replace(/\W/g, '_')}.js`, text);
      alone.push({ part, gzip: gzipSync(minified.code, { level: 9 }).length });
    }
    const sum = alone.reduce((acc, entry) => acc + entry.gzip, 0) || 1;
    return alone
      .map((entry) => ({ part: entry.part, gzip: Math.round((entry.gzip * total) / sum) }))
      .filter((entry) => entry.gzip > 0)
      .sort((a, b) => b.gzip - a.gzip);
  };
  return { plugin, estimate };
}
