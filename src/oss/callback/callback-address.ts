// Which callback targets OSS refuses to call: loopback, private, link-local and unspecified hosts.
// https://help.aliyun.com/en/oss/developer-reference/callback

/**
 * True when a callback URL's host is a loopback, private, link-local or unspecified address
 * (OSS refuses to call those: "Private address is forbidden to callback.").
 *
 * @example
 * isPrivateCallbackUrl('http://192.168.1.10/cb') // true
 * isPrivateCallbackUrl('https://example.com/cb') // false
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function isPrivateCallbackUrl(url: string): boolean {
  const host = parseCallbackHost(url);
  if (host === undefined) return false;
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const v6 = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    v6 === '::1' || v6 === '::' || /^f[cd][0-9a-f]{0,2}:/.test(v6) || /^fe[89ab][0-9a-f]?:/.test(v6)
  );
}

function parseCallbackHost(url: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
  try {
    return new URL(withScheme).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
