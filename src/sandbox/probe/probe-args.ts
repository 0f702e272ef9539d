// `oss-sandbox probe` arguments: where the policy comes from and which target to probe.
export interface ProbeArgs {
  /** A file path, or `-` for standard input; absent with --signing-server. */
  policy?: string;
  json: boolean;
  endpoint?: string;
  bucket?: string;
  region?: string;
  signingServer?: string;
  help: boolean;
}

const VALUE_FLAGS = ['policy', 'endpoint', 'bucket', 'region', 'signing-server'] as const;

/** The usage line and what each flag means (`oss-sandbox probe --help`). */
export const PROBE_HELP = [
  'oss-sandbox probe: what a signed policy lets any holder upload, probe by probe, graded A-F.',
  '',
  'Usage: oss-sandbox probe --policy FILE|- [--json]',
  '         [--endpoint URL --bucket B --region R]   a real bucket (OSS_ACCESS_KEY_ID,',
  '                                                  OSS_ACCESS_KEY_SECRET, OSS_SESSION_TOKEN)',
  '         [--signing-server URL]                   the form (and policy) from a signing server',
  '',
  "The policy is JSON or its Base64. With no target it starts its own sandbox (the policy's bucket",
  'and a second one), signs with its own key and removes its data at exit.',
  'Exit status: 0 no hole, 1 at least one hole, 2 bad input. Grades: docs/policy-probe.md.',
  '',
].join('\n');

/**
 * Reads the flags (`--flag value` or `--flag=value`); a message naming the bad one otherwise.
 *
 * @example readProbeArgs(['--policy', 'p.json', '--json']) // { ok: true, args: { policy: 'p.json', json: true, help: false } }
 */
export function readProbeArgs(
  argv: readonly string[],
): { ok: true; args: ProbeArgs } | { ok: false; message: string } {
  const args: ProbeArgs = { json: false, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    const name = match?.[1];
    if (name === 'json' || name === 'help') {
      args[name] = true;
      continue;
    }
    if (!match || !(VALUE_FLAGS as readonly string[]).includes(name ?? '')) {
      return {
        ok: false,
        message: `Unknown argument "${argv[i]}" for oss-sandbox probe. Known flags: --${[...VALUE_FLAGS, 'json', 'help'].join(', --')}.`,
      };
    }
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined || value === '') {
      return {
        ok: false,
        message: `--${name} needs a value, e.g. --${name} ${name === 'policy' ? 'policy.json' : '…'}.`,
      };
    }
    const key =
      name === 'signing-server'
        ? 'signingServer'
        : (name as 'policy' | 'endpoint' | 'bucket' | 'region');
    args[key] = value;
  }
  if (args.help) return { ok: true, args };
  if (!args.policy && !args.signingServer) {
    return {
      ok: false,
      message:
        'Say which policy to probe: --policy FILE (or - for standard input), or --signing-server URL.',
    };
  }
  if (args.endpoint && (!args.bucket || !args.region)) {
    return {
      ok: false,
      message: 'A real bucket needs --endpoint URL, --bucket NAME and --region ID together.',
    };
  }
  return { ok: true, args };
}
