// `npm run bench [-- --quick] [-- --only bundle,keystroke,upload,sandbox]`: runs each bench, prints
// one table (each figure beside the limit it is measured against) and writes bench/results.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { benchBundle } from './bundle.ts';
import { benchFirstSignature } from './first-signature.ts';
import { benchKeystroke } from './keystroke.ts';
import { benchPageHostile } from './page-hostile.ts';
import { benchPolicyProbe } from './policy-probe.ts';
import { benchParsers } from './parsers.ts';
import { renderTable, type BenchResult } from './report.ts';
import { benchSandboxThroughput } from './sandbox-throughput.ts';
import { benchUploadThroughput } from './upload-throughput.ts';

/** How big and how long: the full run fits in about ten minutes, --quick in about two. */
export interface BenchOptions {
  quick: boolean;
}

const BENCHES: Record<string, (options: BenchOptions) => Promise<BenchResult>> = {
  bundle: () => benchBundle(),
  'first-signature': (options) => benchFirstSignature(options),
  keystroke: (options) => benchKeystroke(options),
  upload: (options) => benchUploadThroughput(options),
  sandbox: (options) => benchSandboxThroughput(options),
  probe: (options) => benchPolicyProbe(options),
  parsers: (options) => benchParsers(options),
  'page-hostile': (options) => benchPageHostile(options),
};

function readArgs(argv: string[]): { quick: boolean; only: string[] } {
  const quick = argv.includes('--quick');
  const onlyIndex = argv.indexOf('--only');
  const onlyValue =
    argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ??
    (onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined);
  const only = onlyValue ? onlyValue.split(',').map((name) => name.trim()) : Object.keys(BENCHES);
  const unknown = only.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown bench ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`,
    );
  }
  return { quick, only };
}

async function main(): Promise<void> {
  const { quick, only } = readArgs(process.argv.slice(2));
  const results: BenchResult[] = [];
  const failures: { name: string; error: string }[] = [];
  const startedAt = new Date().toISOString();
  for (const name of only) {
    const began = performance.now();
    process.stderr.write(`bench ${name}${quick ? ' (quick)' : ''} …\n`);
    try {
      const result = await BENCHES[name]({ quick });
      results.push(result);
      process.stderr.write(
        `bench ${name} done in ${((performance.now() - began) / 1000).toFixed(1)} s\n`,
      );
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ name, error: message });
      process.stderr.write(`bench ${name} failed: ${message}\n`);
    }
  }
  const rows = results.flatMap((result) => result.rows);
  process.stdout.write(`\n${renderTable(rows)}\n`);
  for (const result of results) {
    for (const note of result.notes) process.stdout.write(`\n${result.name}: ${note}`);
  }
  for (const failure of failures)
    process.stdout.write(`\n${failure.name}: FAILED ${failure.error}`);
  process.stdout.write('\n');
  const file = path.resolve('bench/results.json');
  await writeFile(
    file,
    `${JSON.stringify({ startedAt, quick, node: process.version, results, failures }, null, 2)}\n`,
  );
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), file)}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
