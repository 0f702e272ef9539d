// Words and names shared by the signing server snippets (server-*.ts).
import type { ServerPlan } from './server-plan.ts';
import { SIGNER_ENV } from './signer-text.ts';
import { SNIPPETS_TEXTS, type SnippetTexts } from './texts-en.ts';

/**
 * The optional environment of every signing server (the credentials are SIGNER_ENV's).
 *
 * @example
 * SERVER_ENV.host // 'OSS_HOST'
 * @see https://www.alibabacloud.com/help/doc-detail/31926.html
 */
export const SERVER_ENV = {
  port: 'PORT',
  host: 'OSS_HOST',
  bucket: 'OSS_BUCKET',
  region: 'OSS_REGION',
  corsOrigins: 'OSS_CORS_ORIGINS',
  keyHosts: 'OSS_CALLBACK_KEY_HOSTS',
} as const;

/** The port a server listens on when PORT is not set. */
export const SERVER_DEFAULT_PORT = 8000;

/**
 * The paths every signing server answers.
 *
 * @example
 * SERVER_PATHS.policy // '/oss/post-policy'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export const SERVER_PATHS = { policy: '/oss/post-policy', callback: '/oss/callback' } as const;

/**
 * The comment lines at the top of a signing server, without comment markers.
 *
 * @example
 * serverHeader(planServer(form), 'node server.mjs')[1] // 'Run: OSS_ACCESS_KEY_ID=... … node server.mjs'
 * @see https://www.alibabacloud.com/help/doc-detail/31926.html
 */
export function serverHeader(
  plan: ServerPlan,
  run: string,
  t: SnippetTexts = SNIPPETS_TEXTS,
): string[] {
  return [
    t['server-purpose']({ scheme: plan.version }),
    t['signer-run']({
      command: `${SIGNER_ENV.accessKeyId}=... ${SIGNER_ENV.accessKeySecret}=... [${SIGNER_ENV.securityToken}=...] ${run}`,
    }),
    t['signer-secret'](),
    t['server-env']({ names: Object.values(SERVER_ENV).join(', ') }),
    t['server-answer'](),
    t['server-errors'](),
  ];
}
