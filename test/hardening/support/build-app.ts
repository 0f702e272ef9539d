import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const CONFIG_FILE = path.resolve(import.meta.dirname, '../../../vite.config.ts');

/** The production build of the page in a temporary directory (dist/ is left to the e2e runs). */
export async function buildAppInto(): Promise<{ outDir: string; remove: () => Promise<void> }> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'hardening-build-'));
  await build({
    configFile: CONFIG_FILE,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/** `vite preview` of a build on 127.0.0.1 and a free port. */
export async function previewBuild(
  outDir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: CONFIG_FILE,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
