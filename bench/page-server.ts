import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions, requireChromium } from '../e2e/support/chromium.ts';
import { listDescendants, readCommandLine } from './proc.ts';

/** The built page served by `vite preview`, with the sandbox its plugin starts beside it. */
export interface PageServer {
  url: string;
  /** The built page preview serves (a temporary directory, removed by close). */
  outDir: string;
  /** The sandbox process the preview started (for /proc memory readings), if one runs. */
  sandboxPid: number | undefined;
  close: () => Promise<void>;
}

/**
 * Builds the page into a temporary directory (dist/ belongs to the e2e runs) and serves it with
 * `vite preview` on 127.0.0.1 and a free port, using the project's own vite.config.ts. The
 * sandbox beside it gets a free port and a temporary data dir.
 */
export async function startPageServer(): Promise<PageServer> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-page-'));
  const outDir = path.join(work, 'dist');
  const configFile = path.resolve('vite.config.ts');
  await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  delete process.env.E2E_SANDBOX_PORT;
  process.env.OSS_SANDBOX_PORT = '0';
  process.env.OSS_SANDBOX_DATA_DIR = path.join(work, 'sandbox-data');
  const server = await preview({
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  // The sandbox answers through the preview once it is up.
  for (let tries = 0; tries < 100; tries += 1) {
    const response = await fetch(new URL('/__sandbox/info', url)).catch(() => undefined);
    if (response?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const sandboxPid = listDescendants(process.pid).find((pid) =>
    readCommandLine(pid).includes('sandbox/cli.ts'),
  );
  return {
    url,
    outDir,
    sandboxPid,
    close: async () => {
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** The e2e tests' Chromium (e2e/support/find-chromium.ts) with their launch options. */
export function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch(chromiumLaunchOptions());
}

/** Chromium's processes (browser, renderer, GPU, network service) under this bench. */
export function listChromiumPids(): number[] {
  return listDescendants(process.pid).filter((pid) => /chrom/i.test(readCommandLine(pid)));
}
