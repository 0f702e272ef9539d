// `oss-sandbox --help`: every flag, its OSS_SANDBOX_* variable, its default and what it means (the
// README's flag table says the same; src/sandbox/help.test.ts keeps the two in step).
import path from 'node:path';
import { FLAG_NAMES, envName, readConfig, type SandboxConfig } from './config.ts';

/** What each flag means, by flag name. */
const FLAG_MEANINGS: Readonly<Record<string, string>> = {
  host: 'address to bind (loopback unless you say otherwise)',
  port: 'port; 0 picks a free one',
  'data-dir': 'where objects, their metadata and temp files live',
  bucket: 'the one bucket it serves',
  region: 'region for V4 credential scopes',
  'access-key-id': 'the AccessKey it knows',
  'access-key-secret': 'its secret (a demo value, shown by /__sandbox/info)',
  acl: 'bucket ACL: private, public-read, public-read-write (unsigned posts)',
  'allow-private-callback': 'let `callback` call loopback/private addresses',
  'idle-timeout': "seconds of silence before OSS's RequestTimeout",
  'account-created':
    'the day (YYYY-MM-DD) the account opened OSS: from 2025-03-01 V1 is refused, from 2025-03-20 a mainland default public endpoint answers PublicEndpointForbidden',
  cname: 'a custom domain bound to the bucket (repeatable; the variable takes a comma list)',
  'request-timeout':
    "seconds one request may take in all before OSS's RequestTimeout (default 900)",
  'max-connections': 'connections open at once; more are closed (default 256)',
};

function shownDefault(config: SandboxConfig, flag: string): string {
  if (flag === 'allow-private-callback') return 'off';
  if (flag === 'data-dir') return path.relative(process.cwd(), config.dataDir) || '.';
  if (flag === 'cname') return 'none';
  const key = flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return String(config[key as keyof SandboxConfig]);
}

/** The --help text. */
export function renderHelp(): string {
  const read = readConfig([], {});
  const rows = FLAG_NAMES.map((flag) => {
    const value =
      flag === 'allow-private-callback' ? '' : ` ${flag.replace(/-/g, '_').toUpperCase()}`;
    const shown = read.ok ? shownDefault(read.config, flag) : '';
    return `  --${flag}${value}  (${envName(flag)}, default ${shown})\n      ${FLAG_MEANINGS[flag] ?? ''}`;
  });
  return [
    'oss-sandbox: a local OSS-compatible PostObject endpoint that checks signatures as OSS does.',
    '',
    'Usage: oss-sandbox [--flag value | --flag=value]...',
    '       oss-sandbox probe --policy FILE|- [--json]  (probe a policy; oss-sandbox probe --help)',
    'Every flag can also be set with its OSS_SANDBOX_* variable; flags win.',
    '',
    ...rows,
    '  --help',
    '      print this and exit',
    '',
    'When it listens it prints one line: "OSS sandbox ready url=… virtual-hosted=… bucket=… region=…',
    'accessKeyId=… dataDir=…". Ctrl-C or SIGTERM stops it.',
    '',
  ].join('\n');
}
