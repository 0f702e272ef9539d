// Sandbox settings from flags (`--port 9100`) and OSS_SANDBOX_* environment variables alike.
import path from 'node:path';
import { z } from 'zod';

export const DEFAULT_ACCESS_KEY_ID = 'LTAI5tSandboxDemoKey';
export const DEFAULT_ACCESS_KEY_SECRET = 'sandbox-demo-secret-not-for-production';

const configSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(9100),
  dataDir: z.string().min(1).default('.sandbox-data'),
  bucket: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'a bucket name: 3-63 of a-z, 0-9 and -')
    .default('examplebucket'),
  region: z.string().min(1).default('cn-hangzhou'),
  accessKeyId: z.string().min(1).default(DEFAULT_ACCESS_KEY_ID),
  accessKeySecret: z.string().min(1).default(DEFAULT_ACCESS_KEY_SECRET),
  acl: z.enum(['private', 'public-read', 'public-read-write']).default('private'),
  allowPrivateCallback: z.boolean().default(false),
  /** Seconds a connection may stay silent mid-request before RequestTimeout. */
  idleTimeout: z.coerce.number().positive().default(30),
  /** Seconds one request may take in all, however it trickles (a 5 GB upload needs minutes). */
  requestTimeout: z.coerce.number().positive().default(900),
  /** Connections open at once; more are closed as they arrive. */
  maxConnections: z.coerce.number().int().positive().default(256),
});

export type SandboxConfig = z.infer<typeof configSchema>;

const FLAGS: Record<string, keyof SandboxConfig> = {
  host: 'host',
  port: 'port',
  'data-dir': 'dataDir',
  bucket: 'bucket',
  region: 'region',
  'access-key-id': 'accessKeyId',
  'access-key-secret': 'accessKeySecret',
  acl: 'acl',
  'allow-private-callback': 'allowPrivateCallback',
  'idle-timeout': 'idleTimeout',
  'request-timeout': 'requestTimeout',
  'max-connections': 'maxConnections',
};

const BOOLEAN_FLAGS = new Set<keyof SandboxConfig>(['allowPrivateCallback']);

export const FLAG_NAMES = Object.keys(FLAGS);

/** The variable that sets a flag: `data-dir` → `OSS_SANDBOX_DATA_DIR`. */
export function envName(flag: string): string {
  return `OSS_SANDBOX_${flag.toUpperCase().replace(/-/g, '_')}`;
}

function readBoolean(text: string): boolean {
  return !['0', 'false', 'no', 'off', ''].includes(text.trim().toLowerCase());
}

/**
 * Reads the settings: flags win over OSS_SANDBOX_* variables, which win over the demo defaults.
 * Answers a message naming the bad flag instead of throwing.
 */
export function readConfig(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): { ok: true; config: SandboxConfig } | { ok: false; message: string } {
  const raw: Record<string, unknown> = {};
  for (const [flag, name] of Object.entries(FLAGS)) {
    const value = env[envName(flag)];
    if (value !== undefined) raw[name] = BOOLEAN_FLAGS.has(name) ? readBoolean(value) : value;
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const name = match ? FLAGS[match[1]] : undefined;
    if (!match || !name) {
      return {
        ok: false,
        message: `Unknown argument "${arg}". Known flags: --${FLAG_NAMES.join(', --')}.`,
      };
    }
    if (BOOLEAN_FLAGS.has(name)) {
      raw[name] = match[2] === undefined ? true : readBoolean(match[2]);
    } else if (match[2] !== undefined) {
      raw[name] = match[2];
    } else if (i + 1 < argv.length) {
      raw[name] = argv[(i += 1)];
    } else {
      return { ok: false, message: `Flag --${match[1]} needs a value, e.g. --${match[1]} VALUE.` };
    }
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = Object.entries(FLAGS).find(([, name]) => name === issue.path[0])?.[0] ?? '?';
    return { ok: false, message: `Bad --${flag} (or ${envName(flag)}): ${issue.message}.` };
  }
  return { ok: true, config: { ...parsed.data, dataDir: path.resolve(parsed.data.dataDir) } };
}
