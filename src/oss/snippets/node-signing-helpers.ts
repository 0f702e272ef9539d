// The signing helpers the Node signer (node-signer-snippet.ts) and the Node signing server
// (node-server-snippet.ts) share, written once so the two programs cannot drift apart.
import type { PostForm } from '../form/form-types.ts';
import type { SnippetTexts } from './texts-en.ts';

type Texts = SnippetTexts;

/**
 * The Node source of `requireEnv` (a missing variable names itself) and the V4 `signingKey`
 * derivation, as both Node programs declare them; comments in the language of `t`.
 *
 * @example
 * nodeSigningHelpers(SNIPPETS_TEXTS).split('\n')[0] // 'function requireEnv(name) {'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function nodeSigningHelpers(t: Texts): string {
  return `function requireEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(\`Set \${name} in the environment (never in this file).\`);
  return value;
}

// ${t['signer-key']({ arrow: '→' })}
function signingKey(secret, day) {
  let key = createHmac('sha256', \`aliyun_v4\${secret}\`).update(day).digest();
  for (const part of [REGION, 'oss', 'aliyun_v4_request']) {
    key = createHmac('sha256', key).update(part).digest();
  }
  return key;
}`;
}

/**
 * The Node expression that signs the Base64 `policy` with `accessKeySecret` (V1: HMAC-SHA1 in
 * Base64; V4: HMAC-SHA256 with the derived signing key in hex, `date` being the x-oss-date).
 *
 * @example
 * nodeSignature('v1') // "createHmac('sha1', accessKeySecret).update(policy).digest('base64')"
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function nodeSignature(version: PostForm['version']): string {
  return version === 'v1'
    ? `createHmac('sha1', accessKeySecret).update(policy).digest('base64')`
    : `createHmac('sha256', signingKey(accessKeySecret, date.slice(0, 8))).update(policy).digest('hex')`;
}
