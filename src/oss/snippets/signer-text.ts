// Words and names shared by the server-side signer snippets.
import type { SignerPlan } from './signer-plan.ts';

/**
 * The environment variables every signer reads; the secret and token never appear in a snippet.
 *
 * @example
 * SIGNER_ENV.accessKeySecret // 'OSS_ACCESS_KEY_SECRET'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const SIGNER_ENV = {
  accessKeyId: 'OSS_ACCESS_KEY_ID',
  accessKeySecret: 'OSS_ACCESS_KEY_SECRET',
  securityToken: 'OSS_SESSION_TOKEN',
} as const;

/**
 * The comment lines at the top of a signer, without comment markers.
 *
 * @example
 * signerHeader(planSigner(form), 'node sign-post.mjs')[1] // 'Run: OSS_ACCESS_KEY_ID=... … node sign-post.mjs'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function signerHeader(plan: SignerPlan, run: string): string[] {
  const scheme = plan.version === 'v1' ? 'V1 (HMAC-SHA1, legacy)' : 'V4 (OSS4-HMAC-SHA256)';
  return [
    `Signs an OSS PostObject form on your server: ${scheme}, same policy and fields as the builder.`,
    `Run: ${SIGNER_ENV.accessKeyId}=... ${SIGNER_ENV.accessKeySecret}=... [${SIGNER_ENV.securityToken}=...] ${run}`,
    'The AccessKey secret and the STS token come from the environment, never from this file.',
    `Prints {"url", "fields"} as JSON in send order; post them with the file appended LAST.`,
    `Each run signs anew: x-oss-date is now, the policy expires ${plan.expiresInSeconds} s later.`,
  ];
}

/**
 * Prefixes each header line with a language's line comment.
 *
 * @example
 * commentLines(['a', 'b'], '#') // '# a\n# b'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function commentLines(lines: string[], marker: string): string {
  return lines.map((line) => `${marker} ${line}`).join('\n');
}

/**
 * Indents each line by `spaces` and joins them.
 *
 * @example
 * indentLines(['a', 'b'], 2) // '  a\n  b'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function indentLines(lines: string[], spaces: number): string {
  return lines.map((line) => ' '.repeat(spaces) + line).join('\n');
}
