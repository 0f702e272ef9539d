// Upload throughput: big files uploaded through the page (Chromium, vite preview, the sandbox
// beside it) against `curl -F` of the same kind of form and file to the same sandbox, alternated.
// Also the sandbox's memory during the largest upload and the browser's for each size.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { createSparseFile } from './big-file.ts';
import { curlUpload } from './curl-upload.ts';
import { launchChromium, listChromiumPids, startPageServer } from './page-server.ts';
import { readJsHeap, uploadThroughPage } from './page-upload.ts';
import { readCpuMs, readStatusBytes, sampleRss } from './proc.ts';
import { formatMiB, formatRate, type BenchResult, type BenchRow } from './report.ts';
import { readSandboxTarget, signUploadFields } from './signed-forms.ts';

const MIB = 2 ** 20;
const RATIO_TARGET = 0.8;
const RSS_TARGET = 100 * MIB;
const MAX_BYTES = 2 * 1024 * MIB;

function sumRss(pids: number[]): number {
  return pids
    .map((pid) => readStatusBytes(pid, 'VmRSS'))
    .reduce((sum, bytes) => sum + (Number.isFinite(bytes) ? bytes : 0), 0);
}

function sumCpu(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + readCpuMs(pid), 0);
}

interface Run {
  size: number;
  side: 'page' | 'curl';
  ms: number;
  sandboxGrowth: number;
  browserGrowth: number;
  jsHeapGrowth?: number;
  /** CPU milliseconds the sandbox and the client (Chromium, all its processes; or curl) spent. */
  sandboxCpuMs: number;
  clientCpuMs: number;
}

/** 256 MiB and 1 GiB (--quick: 32 MiB and 128 MiB), page and curl alternated twice (quick: once). */
export async function benchUploadThroughput(options: { quick: boolean }): Promise<BenchResult> {
  const sizes = options.quick ? [32 * MIB, 128 * MIB] : [256 * MIB, 1024 * MIB];
  const rounds = options.quick ? 1 : 3;
  const work = await mkdtemp(path.join(tmpdir(), 'bench-upload-'));
  const server = await startPageServer();
  const browser = await launchChromium();
  try {
    const sandboxPid = server.sandboxPid;
    if (!sandboxPid)
      throw new Error('vite preview started no sandbox (is OSS_SANDBOX_DISABLE set?)');
    const target = await readSandboxTarget(server.url);
    const fields = await signUploadFields(target, 'uploads/', MAX_BYTES);
    const curlFields = fields.map((field) =>
      field.name === 'key' ? { ...field, value: 'uploads/curl.bin' } : field,
    );
    const page = await browser.newPage();
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');

    // Not counted: Chromium's first upload after launch costs its network service about three
    // times the CPU of later ones.
    const warmFile = path.join(work, 'warm-up.bin');
    await createSparseFile(warmFile, 16 * MIB);
    await uploadThroughPage(page, server.url, warmFile, MAX_BYTES);
    await rm(warmFile, { force: true });

    const runs: Run[] = [];
    for (const size of sizes) {
      const file = path.join(work, `upload-${size / MIB}m.bin`);
      await createSparseFile(file, size);
      for (let round = 0; round < rounds; round += 1) {
        for (const side of ['page', 'curl'] as const) {
          let sandboxIdle = 0;
          let browserIdle = 0;
          let heapBefore: number | undefined;
          let samplers: { stop: () => { peak: number } }[] = [];
          let sandboxCpu = 0;
          let chromiumCpu = 0;
          // Idle readings right before the upload starts (the page loaded, the file chosen).
          const start = async () => {
            sandboxIdle = readStatusBytes(sandboxPid, 'VmRSS');
            browserIdle = sumRss(listChromiumPids());
            heapBefore = side === 'page' ? await readJsHeap(session) : undefined;
            samplers = [sampleRss(() => [sandboxPid], 20), sampleRss(listChromiumPids, 100)];
            sandboxCpu = readCpuMs(sandboxPid);
            chromiumCpu = sumCpu(listChromiumPids());
          };
          let ms: number;
          let curlCpu = 0;
          if (side === 'page') {
            ms = (await uploadThroughPage(page, server.url, file, MAX_BYTES, start)).ms;
          } else {
            await start();
            const answer = await curlUpload(target.url, curlFields, file);
            if (answer.status !== 204) throw new Error(`curl upload answered ${answer.status}`);
            ms = answer.ms;
            curlCpu = answer.cpuMs;
          }
          const [sandboxPeak, browserPeak] = samplers.map((sampler) => sampler.stop().peak) as [
            number,
            number,
          ];
          runs.push({
            size,
            side,
            ms,
            sandboxGrowth: sandboxPeak - sandboxIdle,
            sandboxCpuMs: readCpuMs(sandboxPid) - sandboxCpu,
            clientCpuMs: side === 'page' ? sumCpu(listChromiumPids()) - chromiumCpu : curlCpu,
            browserGrowth: browserPeak - browserIdle,
            ...(heapBefore === undefined
              ? {}
              : { jsHeapGrowth: (await readJsHeap(session)) - heapBefore }),
          });
        }
      }
      await rm(file, { force: true });
    }

    const rows: BenchRow[] = [];
    for (const size of sizes) {
      const best = (side: Run['side']) =>
        Math.min(
          ...runs.filter((run) => run.size === size && run.side === side).map((run) => run.ms),
        );
      const ratio = best('curl') / best('page');
      rows.push({
        bench: 'upload',
        measure: `${formatMiB(size)} through the page`,
        value: formatRate(size, best('page')),
        against: `curl -F ${formatRate(size, best('curl'))} (ratio ${ratio.toFixed(2)})`,
        target: `ratio ≥ ${RATIO_TARGET}`,
        ok: ratio >= RATIO_TARGET,
      });
    }
    const largest = sizes[sizes.length - 1]!;
    const sandboxGrowth = Math.max(
      ...runs.filter((run) => run.size === largest).map((run) => run.sandboxGrowth),
    );
    rows.push({
      bench: 'upload',
      measure: `sandbox RSS growth during ${formatMiB(largest)}`,
      value: formatMiB(sandboxGrowth),
      against: 'RSS before that upload',
      target: `≤ ${formatMiB(RSS_TARGET)}`,
      ok: sandboxGrowth <= RSS_TARGET,
    });
    const browserGrowth = (size: number) =>
      Math.max(
        ...runs
          .filter((run) => run.size === size && run.side === 'page')
          .map((run) => run.browserGrowth),
      );
    const small = browserGrowth(sizes[0]!);
    const large = browserGrowth(largest);
    rows.push({
      bench: 'upload',
      measure: `Chromium RSS growth, ${formatMiB(sizes[0]!)} vs ${formatMiB(largest)}`,
      value: `${formatMiB(small)} vs ${formatMiB(large)}`,
      against: `file ${largest / sizes[0]!}× larger`,
      target: 'no growth with file size',
      // Streaming: the larger file may not cost more than a quarter of the size difference.
      ok: large - small < (largest - sizes[0]!) / 4,
    });
    const cpuPerGiB = (side: Run['side'], pick: (run: Run) => number) => {
      const list = runs.filter((run) => run.side === side);
      const bytes = list.reduce((sum, run) => sum + run.size, 0);
      return ((list.reduce((sum, run) => sum + pick(run), 0) / bytes) * 1024 * MIB).toFixed(0);
    };
    const notes = [
      `CPU ms per GiB: page runs Chromium ${cpuPerGiB('page', (run) => run.clientCpuMs)} + ` +
        `sandbox ${cpuPerGiB('page', (run) => run.sandboxCpuMs)}; curl runs curl ` +
        `${cpuPerGiB('curl', (run) => run.clientCpuMs)} + sandbox ${cpuPerGiB('curl', (run) => run.sandboxCpuMs)}; ` +
        `${availableParallelism()} cores shared by client and sandbox.`,
    ];
    return { name: 'upload', rows, figures: { sizes, runs }, notes };
  } finally {
    await browser.close();
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
}
