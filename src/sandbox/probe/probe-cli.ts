// `oss-sandbox probe`: reads a policy (file, standard input or a signing server), probes it against
// its own in-process sandbox, a real bucket or the signing server's form, prints the report.
// Exit status 0 (no hole), 1 (a hole), 2 (bad input: one sentence on standard error).
import { readFile } from 'node:fs/promises';
import {
  decodePolicy,
  parseOssEndpoint,
  policyRegion,
  PROBE_KEY_FOLDER,
  probePolicy,
  type PolicyDocument,
  type ProbeTarget,
} from '../../oss/index.ts';
import { createHttpTarget, PROBE_POST_MAX_BYTES } from './http-target.ts';
import { PROBE_HELP, readProbeArgs, type ProbeArgs } from './probe-args.ts';
import { reportJson, reportTable } from './probe-report-text.ts';
import { startProbeSandbox } from './probe-sandbox.ts';
import { createSigningServerTarget, fetchSigningServerForm } from './signing-server-target.ts';

export interface ProbeIo {
  env: Record<string, string | undefined>;
  stdin: () => Promise<string>;
  out: (text: string) => void;
  err: (text: string) => void;
}

type Step<T> = { ok: true; value: T } | { ok: false; message: string };

async function readPolicyText(args: ProbeArgs, io: ProbeIo): Promise<Step<string>> {
  const source = args.policy ?? '-';
  try {
    return { ok: true, value: source === '-' ? await io.stdin() : await readFile(source, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      message: `Could not read the policy file "${source}" (${code}): give a readable file, or - for standard input.`,
    };
  }
}

function decode(text: string): Step<PolicyDocument> {
  const decoded = decodePolicy(text.trim());
  return decoded.ok
    ? { ok: true, value: decoded.value }
    : { ok: false, message: decoded.issues[0].message };
}

/** The target and the policy to probe, from the flags. */
async function chooseTarget(
  args: ProbeArgs,
  io: ProbeIo,
): Promise<Step<{ policy: PolicyDocument; target: ProbeTarget; close: () => Promise<void> }>> {
  const none = async () => {};
  if (args.signingServer) {
    const fetched = await fetchSigningServerForm(args.signingServer);
    if (!fetched.ok) return fetched;
    const endpoint = args.endpoint ?? fetched.form.url ?? '';
    const bucket = args.bucket ?? parseOssEndpoint(endpoint)?.bucket ?? 'examplebucket';
    const policy = fetched.form.policy as PolicyDocument;
    return {
      ok: true,
      value: {
        policy,
        target: createSigningServerTarget(fetched.form, bucket, endpoint),
        close: none,
      },
    };
  }
  const text = await readPolicyText(args, io);
  if (!text.ok) return text;
  const policy = decode(text.value);
  if (!policy.ok) return policy;
  if (args.endpoint) {
    const id = io.env.OSS_ACCESS_KEY_ID;
    const secret = io.env.OSS_ACCESS_KEY_SECRET;
    if (!id || !secret) {
      return {
        ok: false,
        message:
          'A real bucket needs OSS_ACCESS_KEY_ID and OSS_ACCESS_KEY_SECRET in the environment (and OSS_SESSION_TOKEN with STS).',
      };
    }
    const token = io.env.OSS_SESSION_TOKEN;
    const endpoint = args.endpoint;
    io.err(
      `Probing ${endpoint}: the probes create objects, all in a ${PROBE_KEY_FOLDER} folder; they are listed at the end for you to delete.\n`,
    );
    const target = createHttpTarget({
      kind: 'bucket',
      bucket: args.bucket as string,
      region: args.region ?? policyRegion(policy.value) ?? 'cn-hangzhou',
      key: { accessKeyId: id, accessKeySecret: secret, ...(token ? { securityToken: token } : {}) },
      bucketUrl: () => endpoint,
      maxPostBytes: PROBE_POST_MAX_BYTES,
    });
    return { ok: true, value: { policy: policy.value, target, close: none } };
  }
  const sandbox = await startProbeSandbox(policy.value);
  return {
    ok: true,
    value: { policy: policy.value, target: sandbox.target, close: sandbox.close },
  };
}

/** Runs `oss-sandbox probe ARGS`; answers the exit status. */
export async function runProbeCli(argv: readonly string[], io: ProbeIo): Promise<number> {
  const read = readProbeArgs(argv);
  if (!read.ok) {
    io.err(`${read.message}\n`);
    return 2;
  }
  if (read.args.help) {
    io.out(PROBE_HELP);
    return 0;
  }
  const chosen = await chooseTarget(read.args, io);
  if (!chosen.ok) {
    io.err(`${chosen.message}\n`);
    return 2;
  }
  const { policy, target, close } = chosen.value;
  try {
    const report = await probePolicy({ policy, target, keyPrefix: 'uploads/' });
    if (!report.ok) {
      io.err(`${report.issues.map((issue) => issue.message).join(' ')}\n`);
      return 2;
    }
    io.out(read.args.json ? reportJson(report.value) : reportTable(report.value));
    return report.value.probes.some((p) => p.outcome === 'hole') ? 1 : 0;
  } finally {
    await close();
  }
}

/** Standard input as text (the policy after `--policy -`). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
