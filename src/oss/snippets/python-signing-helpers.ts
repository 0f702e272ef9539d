// The signing helpers the Python signer (python-signer-snippet.ts) and the Python signing server
// (python-server-snippet.ts) share, written once so the two programs cannot drift apart.
import type { PostForm } from '../form/form-types.ts';
import type { DynamicValue } from './signer-plan.ts';
import type { SnippetTexts } from './texts-en.ts';

type Texts = SnippetTexts;

/**
 * The names both Python programs give the values they compute when they run (the plan's
 * DynamicValue), in the language's own style.
 *
 * @example
 * PYTHON_VARIABLES.accessKeyId // 'access_key_id'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export const PYTHON_VARIABLES: Record<DynamicValue, string> = {
  accessKeyId: 'access_key_id',
  policy: 'policy',
  signature: 'signature',
  credential: 'credential',
  date: 'date',
  securityToken: 'security_token',
};

/**
 * The Python source of `require_env` (a missing variable names itself) and the V4 `signing_key`
 * derivation, as both Python programs declare them; comments in the language of `t`.
 * `missingEnv` is the exception a missing variable raises: the command-line signer exits
 * (`SystemExit`), the server fails the one request (`RuntimeError`).
 *
 * @example
 * pythonSigningHelpers(SNIPPETS_TEXTS, 'SystemExit').split('\n')[0] // 'def require_env(name):'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function pythonSigningHelpers(t: Texts, missingEnv: 'SystemExit' | 'RuntimeError'): string {
  return `def require_env(name):
    value = os.environ.get(name)
    if not value:
        raise ${missingEnv}("Set %s in the environment (never in this file)." % name)
    return value


def signing_key(secret, day):
    """${t['signer-key']({ arrow: '->' })}"""
    key = hmac.new(("aliyun_v4" + secret).encode("utf-8"), day.encode("ascii"), hashlib.sha256).digest()
    for part in (REGION, "oss", "aliyun_v4_request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key`;
}

/**
 * The Python expression that signs the Base64 `policy` with `accessKeySecret` (V1: HMAC-SHA1 in
 * Base64; V4: HMAC-SHA256 with the derived signing key in hex, `date` being the x-oss-date).
 *
 * @example
 * pythonSignature('v4') // 'hmac.new(signing_key(access_key_secret, date[:8]), …).hexdigest()'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function pythonSignature(version: PostForm['version']): string {
  return version === 'v1'
    ? `base64.b64encode(hmac.new(access_key_secret.encode("utf-8"), policy.encode("ascii"), hashlib.sha1).digest()).decode("ascii")`
    : `hmac.new(signing_key(access_key_secret, date[:8]), policy.encode("ascii"), hashlib.sha256).hexdigest()`;
}
