// Words and names shared by the server-side signer snippets.
import type { SignerPlan } from './signer-plan.ts';
import { SNIPPETS_TEXTS, type SnippetTexts } from './texts-en.ts';

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
export function signerHeader(
  plan: SignerPlan,
  run: string,
  t: SnippetTexts = SNIPPETS_TEXTS,
): string[] {
  return [
    t['signer-purpose']({ scheme: plan.version }),
    t['signer-run']({
      command: `${SIGNER_ENV.accessKeyId}=... ${SIGNER_ENV.accessKeySecret}=... [${SIGNER_ENV.securityToken}=...] ${run}`,
    }),
    t['signer-secret'](),
    t['signer-prints'](),
    t['signer-anew']({ seconds: plan.expiresInSeconds }),
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
