// Sandbox throughput: (a) one big post from a plain node:http client against a bare server that
// only receives, MD5s and writes to disk; (b) 1 KB posts from 16 clients against a server that only
// drains bodies. Alternated in one run; the ratios are what count.
//
// What separates a 1 KB sandbox post from the store floor (receive + MD5 + write one file): the
// floor does 4 file-system operations per post (open, write, close, unlink); the sandbox does 5
// (open, write, close of a temp file, the rename that makes a replacement atomic, one append to the
// metadata journal). On top come busboy's multipart parsing, OSS's verdict (policy decode and
// validation, signature, conditions) and OSS's answer headers.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandboxProcess } from '../src/sandbox/test-support/start-sandbox.ts';
import { postForDuration, postStreamed } from './http-client.ts';
import { readCpuMs, readStatusBytes, sampleRss } from './proc.ts';
import { formatMiB, formatRate, type BenchResult } from './report.ts';
import { multipartFrame, readSandboxTarget, signUploadFields } from './signed-forms.ts';
import { spawnTsServer } from './spawn-server.ts';

const MIB = 2 ** 20;
const BLOCK = randomBytes(MIB);
const RATIO_TARGET = 0.5;
const RSS_TARGET = 100 * MIB;

interface BigRun {
  side: 'sandbox' | 'bare';
  ms: number;
  rssGrowth: number;
}

function blockMd5(blocks: number): string {
  const hash = createHash('md5');
  for (let i = 0; i < blocks; i += 1) hash.update(BLOCK);
  return hash.digest('hex').toUpperCase();
}

/** (a) and (b); --quick posts 64 MiB and runs 2 s per side instead of 512 MiB and 5 s. */
export async function benchSandboxThroughput(options: { quick: boolean }): Promise<BenchResult> {
  const bigBytes = (options.quick ? 64 : 512) * MIB;
  const rounds = options.quick ? 1 : 3;
  const durationMs = options.quick ? 2000 : 5000;
  const work = await mkdtemp(path.join(tmpdir(), 'bench-sandbox-'));
  const sandbox = await startSandboxProcess({ dataDir: path.join(work, 'data') });
  const bare = await spawnTsServer('bench/baselines/bare-md5-server.ts', ['--dir', work]);
  const drain = await spawnTsServer('bench/baselines/drain-server.ts', []);
  try {
    const target = await readSandboxTarget(sandbox.origin);
    const fields = await signUploadFields(target, 'bench/', 2 * 1024 * MIB);
    // (b) many small posts, first: (a) leaves gigabytes for the disk to write back.
    const smallFields = await signUploadFields(target, 'bench/small-', 4096);
    const file = randomBytes(1024);
    const smallBodies = Array.from({ length: 256 }, (_, index) => {
      const frame = multipartFrame(smallFields, `bench/small-${index}`);
      return {
        contentType: frame.contentType,
        bytes: Buffer.concat([frame.head, file, frame.tail]),
      };
    });
    const small: { side: string; perSecond: number; other: number; cpuMsPerPost: number }[] = [];
    const pids = { drain: drain.pid, 'store floor': bare.pid, sandbox: sandbox.child.pid! };
    for (let round = 0; round < rounds; round += 1) {
      for (const side of ['drain', 'store floor', 'sandbox'] as const) {
        const url = { drain: drain.url, 'store floor': bare.url, sandbox: sandbox.url }[side];
        const cpuBefore = readCpuMs(pids[side]);
        const result = await postForDuration(url, smallBodies, {
          clients: 16,
          durationMs,
          expect: 204,
        });
        small.push({
          side,
          perSecond: (result.ok / result.ms) * 1000,
          other: result.other,
          cpuMsPerPost: (readCpuMs(pids[side]) - cpuBefore) / Math.max(1, result.ok),
        });
      }
    }
    const bestRate = (side: string) =>
      Math.max(...small.filter((run) => run.side === side).map((run) => run.perSecond));
    const smallRatio = bestRate('sandbox') / bestRate('drain');
    const cpuPerPost = (side: string) =>
      Math.min(...small.filter((run) => run.side === side).map((run) => run.cpuMsPerPost));
    const failedSmall = small
      .filter((run) => run.side === 'sandbox')
      .reduce((sum, run) => sum + run.other, 0);

    const big = { ...multipartFrame(fields, 'bench/big.bin'), fileBytes: bigBytes };
    const expectedEtag = `"${blockMd5(bigBytes / MIB)}"`;

    // Warm both up (JIT, first file), then measure idle memory.
    await postStreamed(sandbox.url, { ...big, fileBytes: MIB }, BLOCK);
    await postStreamed(bare.url, { ...big, fileBytes: MIB }, BLOCK);
    const idle = {
      sandbox: readStatusBytes(sandbox.child.pid!, 'VmRSS'),
      bare: readStatusBytes(bare.pid, 'VmRSS'),
    };

    const runs: BigRun[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const side of ['bare', 'sandbox'] as const) {
        const pid = side === 'sandbox' ? sandbox.child.pid! : bare.pid;
        const sampler = sampleRss(() => [pid], 20);
        const answer = await postStreamed(side === 'sandbox' ? sandbox.url : bare.url, big, BLOCK);
        const { peak } = sampler.stop();
        if (answer.status !== 204)
          throw new Error(`${side} answered ${answer.status}: ${answer.body}`);
        if (side === 'sandbox' && answer.etag !== expectedEtag) {
          throw new Error(`sandbox ETag ${answer.etag}, expected ${expectedEtag}`);
        }
        runs.push({ side, ms: answer.ms, rssGrowth: peak - idle[side] });
      }
    }
    const best = (side: BigRun['side']) =>
      Math.min(...runs.filter((run) => run.side === side).map((run) => run.ms));
    const sandboxMs = best('sandbox');
    const bareMs = best('bare');
    const bigRatio = bareMs / sandboxMs;
    const rssGrowth = Math.max(
      ...runs.filter((run) => run.side === 'sandbox').map((run) => run.rssGrowth),
    );
    const bareGrowth = Math.max(
      ...runs.filter((run) => run.side === 'bare').map((run) => run.rssGrowth),
    );

    return {
      name: 'sandbox',
      rows: [
        {
          bench: 'sandbox',
          measure: `${formatMiB(bigBytes)} post, node:http client`,
          value: formatRate(bigBytes, sandboxMs),
          against: `receive+MD5+disk ${formatRate(bigBytes, bareMs)} (ratio ${bigRatio.toFixed(2)})`,
          target: `ratio ≥ ${RATIO_TARGET}`,
          ok: bigRatio >= RATIO_TARGET,
        },
        {
          bench: 'sandbox',
          measure: `RSS growth during the ${formatMiB(bigBytes)} post`,
          value: formatMiB(rssGrowth),
          against: `idle ${formatMiB(idle.sandbox)}; bare server +${formatMiB(bareGrowth)}`,
          target: `≤ ${formatMiB(RSS_TARGET)}`,
          ok: rssGrowth <= RSS_TARGET,
        },
        {
          bench: 'sandbox',
          measure: `1 KB posts, 16 clients, ${durationMs / 1000} s`,
          value: `${bestRate('sandbox').toFixed(0)}/s`,
          against: `drain-only ${bestRate('drain').toFixed(0)}/s (ratio ${smallRatio.toFixed(2)})`,
          target: `ratio ≥ ${RATIO_TARGET}`,
          ok: smallRatio >= RATIO_TARGET && failedSmall === 0,
        },
        {
          bench: 'sandbox',
          measure: 'same, against receive+MD5+file per post',
          value: `${bestRate('sandbox').toFixed(0)}/s`,
          against: `store floor ${bestRate('store floor').toFixed(0)}/s (ratio ${(bestRate('sandbox') / bestRate('store floor')).toFixed(2)})`,
          target: 'informative',
          ok: null,
        },
      ],
      figures: { bigBytes, runs, idle, small, failedSmall, bigRatio, smallRatio },
      notes: [
        `Server CPU per 1 KB post: ${(['drain', 'store floor', 'sandbox'] as const)
          .map((side) => `${side} ${cpuPerPost(side).toFixed(3)} ms`)
          .join(', ')}.`,
        ...(failedSmall > 0 ? [`${failedSmall} small sandbox posts were not answered 204.`] : []),
      ],
    };
  } finally {
    await Promise.all([sandbox.stop(), bare.stop(), drain.stop()]);
    await rm(work, { recursive: true, force: true });
  }
}
