// The signing helpers the Go signer (go-signer-snippet.ts) and the Go signing server
// (go-server-snippet.ts) share, written once so the two programs cannot drift apart.
import type { PostForm } from '../form/form-types.ts';
import type { DynamicValue } from './signer-plan.ts';
import type { SnippetTexts } from './texts-en.ts';

type Texts = SnippetTexts;

/**
 * The names both Go programs give the values they compute when they run (the plan's
 * DynamicValue), in the language's own style.
 *
 * @example
 * GO_VARIABLES.accessKeyId // 'accessKeyID'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const GO_VARIABLES: Record<DynamicValue, string> = {
  accessKeyId: 'accessKeyID',
  policy: 'policy',
  signature: 'signature',
  credential: 'credential',
  date: 'date',
  securityToken: 'securityToken',
};

/**
 * The Go source of `mac` (HMAC of a string) and the V4 `signingKey` derivation, as both Go programs
 * declare them; comments in the language of `t`.
 *
 * @example
 * goSigningHelpers(SNIPPETS_TEXTS).split('\n')[0] // 'func mac(h func() hash.Hash, …) []byte {'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function goSigningHelpers(t: Texts): string {
  return `func mac(h func() hash.Hash, key []byte, message string) []byte {
	m := hmac.New(h, key)
	m.Write([]byte(message))
	return m.Sum(nil)
}

// ${t['signer-key']({ arrow: '->' })}
func signingKey(secret, day string) []byte {
	key := mac(sha256.New, []byte("aliyun_v4"+secret), day)
	for _, part := range []string{region, "oss", "aliyun_v4_request"} {
		key = mac(sha256.New, key, part)
	}
	return key
}`;
}

/**
 * The Go expression that signs the Base64 `policy` with `accessKeySecret` (V1: HMAC-SHA1 in
 * Base64; V4: HMAC-SHA256 with the derived signing key in hex, `date` being the x-oss-date).
 *
 * @example
 * goSignature('v1') // 'base64.StdEncoding.EncodeToString(mac(sha1.New, …, policy))'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function goSignature(version: PostForm['version']): string {
  return version === 'v1'
    ? `base64.StdEncoding.EncodeToString(mac(sha1.New, []byte(accessKeySecret), policy))`
    : `hex.EncodeToString(mac(sha256.New, signingKey(accessKeySecret, date[:8]), policy))`;
}
