// What OSS signs when it calls a callback server: the URL-decoded path, the query string as sent,
// a newline, and the body; the server checks the RSA-MD5 signature (Authorization, Base64) with the
// public key whose URL comes Base64-encoded in x-oss-pub-key-url.
// https://www.alibabacloud.com/help/en/oss/developer-reference/callback

/**
 * Where OSS's own callback public keys are served; a verifier should accept only key URLs that
 * start with it (a local sandbox serves its own key, which a verifier accepts only while testing).
 *
 * @example
 * OSS_CALLBACK_KEY_URL_PREFIXES[0] // 'https://gosspublic.alicdn.com/'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export const OSS_CALLBACK_KEY_URL_PREFIXES = [
  'https://gosspublic.alicdn.com/',
  'http://gosspublic.alicdn.com/',
] as const;

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The string OSS signs for a callback request to `url` with `body`: the URL-decoded path, then the
 * query string exactly as in the URL (with its `?`), then `\n`, then the body.
 *
 * @example
 * callbackStringToSign('http://cb.example.com/a%20b/index.php?id=1&x=%20', 'o=1')
 * // '/a b/index.php?id=1&x=%20\no=1'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export function callbackStringToSign(url: string, body: string): string {
  const text = String(url ?? '');
  const afterScheme = text.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const withoutHash = afterScheme.split('#')[0];
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt < 0 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt < 0 ? '' : withoutHash.slice(queryAt);
  return `${decodePath(path === '' ? '/' : path)}${query}\n${body}`;
}
