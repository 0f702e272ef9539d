// The policy probe of the builder's default policy: the whole probe against the sandbox (its own
// in-process sandbox pair started, every probe posted over HTTP, stopped and removed: what
// `oss-sandbox probe` does after Node starts), and against the dry run.
import {
  createDryRunTarget,
  probePolicy,
  type PolicyDocument,
  type ProbeReport,
} from '../src/oss/index.ts';
import { startProbeSandbox } from '../src/sandbox/probe/probe-sandbox.ts';
import { formatMs, type BenchResult } from './report.ts';
import type { BenchOptions } from './run.ts';
import { quantile } from './stats.ts';

const SANDBOX_GOAL_MS = 2000;
const DRY_RUN_GOAL_MS = 50;

/** The builder's default policy (src/app/form/defaults.ts) as it signs it for the sandbox. */
function defaultPolicy(): PolicyDocument {
  const now = new Date();
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return {
    expiration: new Date(now.getTime() + 3_600_000).toISOString(),
    conditions: [
      { bucket: 'examplebucket' },
      ['starts-with', '$key', 'uploads/'],
      ['content-length-range', 1, 10 * 1024 * 1024],
      ['eq', '$success_action_status', '201'],
      { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
      { 'x-oss-credential': `LTAI5tSandboxDemoKey/${day}/cn-hangzhou/oss/aliyun_v4_request` },
      { 'x-oss-date': `${day}T000000Z` },
    ],
  };
}

function unwrap(report: Awaited<ReturnType<typeof probePolicy>>): ProbeReport {
  if (!report.ok) throw new Error(report.issues.map((i) => i.message).join(' '));
  return report.value;
}

async function timeSandbox(policy: PolicyDocument): Promise<{ ms: number; report: ProbeReport }> {
  const began = performance.now();
  const sandbox = await startProbeSandbox(policy);
  try {
    const report = unwrap(await probePolicy({ policy, target: sandbox.target }));
    return { ms: performance.now() - began, report };
  } finally {
    await sandbox.close();
  }
}

async function timeDryRun(policy: PolicyDocument): Promise<number> {
  const began = performance.now();
  unwrap(
    await probePolicy({
      policy,
      target: createDryRunTarget({ bucket: 'examplebucket', region: 'cn-hangzhou' }),
    }),
  );
  return performance.now() - began;
}

/** Median of several whole probes against each target. */
export async function benchPolicyProbe(options: BenchOptions): Promise<BenchResult> {
  const policy = defaultPolicy();
  await timeSandbox(policy); // warm-up: module loading, JIT
  await timeDryRun(policy);
  const sandboxRuns: number[] = [];
  let report: ProbeReport | undefined;
  for (let i = 0; i < (options.quick ? 3 : 7); i += 1) {
    const run = await timeSandbox(policy);
    sandboxRuns.push(run.ms);
    report = run.report;
  }
  const dryRuns: number[] = [];
  for (let i = 0; i < (options.quick ? 20 : 100); i += 1) dryRuns.push(await timeDryRun(policy));
  const sandboxMs = quantile(sandboxRuns, 0.5);
  const dryMs = quantile(dryRuns, 0.5);
  return {
    name: 'probe',
    rows: [
      {
        bench: 'probe',
        measure: `whole probe of the default policy, sandbox (${report?.probes.length ?? 0} probes, median)`,
        value: formatMs(sandboxMs),
        against: 'goal',
        target: `≤ ${SANDBOX_GOAL_MS} ms`,
        ok: sandboxMs <= SANDBOX_GOAL_MS,
      },
      {
        bench: 'probe',
        measure: 'whole probe of the default policy, dry run (median)',
        value: formatMs(dryMs),
        against: 'goal',
        target: `≤ ${DRY_RUN_GOAL_MS} ms`,
        ok: dryMs <= DRY_RUN_GOAL_MS,
      },
    ],
    figures: { sandboxRuns, dryRuns, grade: report?.grade },
    notes: [`grade ${report?.grade ?? '?'} (the default policy admits any content type and ACL)`],
  };
}
