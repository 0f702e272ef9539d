// Sandbox settings from flags (`--port 9100`) and OSS_SANDBOX_* environment variables alike.
import path from 'node:path';
import { z } from 'zod';
import { isAccountDay, validateBucketName } from '../oss/index.ts';

export const DEFAULT_ACCESS_KEY_ID = 'LTAI5tSandboxDemoKey';
export const DEFAULT_ACCESS_KEY_SECRET = 'sandbox-demo-secret-not-for-production';
/**
 * The day the sandbox's account opened OSS unless told otherwise: an older account, for which V1
 * and the default public endpoints still work (the dated rules: src/oss/form/account-rules.ts).
 */
export const DEFAULT_ACCOUNT_CREATED = '2024-01-01';

/** A custom domain name (no scheme, port or path), as OSS binds one to a bucket. */
const cnameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/,
    'a domain name such as uploads.example.com (no scheme, port or path)',
  );

const configSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(9100),
  dataDir: z.string().min(1).default('.sandbox-data'),
  // The core's bucket-name rule, the one the checks, the verdict and the page read.
  bucket: z
    .string()
    .superRefine((name, ctx) => {
      const named = validateBucketName(name);
      if (!named.ok) {
        ctx.addIssue({
          code: 'custom',
          message: `a bucket name: 3-63 of a-z, 0-9 and -; ${named.issues.map((i) => i.message).join(' ')}`,
        });
      }
    })
    .default('examplebucket'),
  region: z.string().min(1).default('cn-hangzhou'),
  accessKeyId: z.string().min(1).default(DEFAULT_ACCESS_KEY_ID),
  accessKeySecret: z.string().min(1).default(DEFAULT_ACCESS_KEY_SECRET),
  acl: z.enum(['private', 'public-read', 'public-read-write']).default('private'),
  allowPrivateCallback: z.boolean().default(false),
  /** Seconds a connection may stay silent mid-request before RequestTimeout. */
  idleTimeout: z.coerce.number().positive().default(30),
  /** The day the account opened OSS (YYYY-MM-DD): V1 and default public endpoints follow it. */
  accountCreated: z
    .string()
    .refine(isAccountDay, 'a day written YYYY-MM-DD, e.g. 2026-01-15')
    .default(DEFAULT_ACCOUNT_CREATED),
  /** Custom domains bound to the bucket (repeat the flag; the variable takes a comma list). */
  cname: z.array(cnameSchema).default([]),
  /** Seconds one request may take in all, however it trickles (a 5 GB upload needs minutes). */
  requestTimeout: z.coerce.number().positive().default(900),
  /** Connections open at once; more are closed as they arrive. */
  maxConnections: z.coerce.number().int().positive().default(256),
});

export type SandboxConfig = z.infer<typeof configSchema>;

/**
 * A whole config from the settings a caller cares about, every other one at its default (so a
 * flag added later needs no change in callers such as the probe's in-process sandboxes).
 */
export function configWith(settings: Partial<SandboxConfig>): SandboxConfig {
  return configSchema.parse(settings);
}

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
  'account-created': 'accountCreated',
  cname: 'cname',
  'request-timeout': 'requestTimeout',
  'max-connections': 'maxConnections',
};

const BOOLEAN_FLAGS = new Set<keyof SandboxConfig>(['allowPrivateCallback']);
/** Flags that may be given more than once; their variable holds a comma-separated list. */
const LIST_FLAGS = new Set<keyof SandboxConfig>(['cname']);

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
    if (value === undefined) continue;
    if (LIST_FLAGS.has(name)) raw[name] = value.split(',').filter((item) => item.trim() !== '');
    else raw[name] = BOOLEAN_FLAGS.has(name) ? readBoolean(value) : value;
  }
  // Flags replace a list the environment gave; repeated flags add to each other.
  const listed = new Set<string>();
  const setValue = (name: keyof SandboxConfig, value: string) => {
    if (!LIST_FLAGS.has(name)) {
      raw[name] = value;
      return;
    }
    raw[name] = listed.has(name) ? [...(raw[name] as string[]), value] : [value];
    listed.add(name);
  };
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
      setValue(name, match[2]);
    } else if (i + 1 < argv.length) {
      setValue(name, argv[(i += 1)]);
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
