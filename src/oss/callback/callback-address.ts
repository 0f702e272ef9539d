// Which callback targets OSS refuses to call: loopback, private, link-local, site-local, shared
// (carrier-grade NAT, where cloud metadata lives) and unspecified hosts. The URL is parsed once,
// as browsers and Node parse it (WHATWG), and the parsed host is judged — so `http:\\127.0.0.1\`,
// `http:/127.0.0.1/`, `[::ffff:127.0.0.1]` and `localhost.` are seen for what they are — and
// whoever calls the URL calls `href`, the very URL that was judged.
// https://help.aliyun.com/en/oss/developer-reference/callback
// https://url.spec.whatwg.org/#host-parsing

/** A callback URL as parsed once: what to call, the host judged, and the verdict. */
export interface CallbackAddress {
  /** The normalised URL to call (WHATWG serialisation); never the text as typed. */
  href: string;
  /** The host as judged: lower case, no brackets, no trailing dot. */
  host: string;
  /** True for loopback, private, link-local, site-local, shared and unspecified addresses. */
  private: boolean;
}

/**
 * Parses a callback URL once (WHATWG; without a scheme, `http://` is assumed, as OSS does) and
 * judges its host. Only `http:` and `https:` can be called; anything else is `undefined`.
 *
 * @example
 * readCallbackAddress('http:\\\\127.0.0.1:8080\\cb') // { href: 'http://127.0.0.1:8080/cb', host: '127.0.0.1', private: true }
 * readCallbackAddress('http://[::ffff:169.254.169.254]/') // { …, host: '::ffff:a9fe:a9fe', private: true }
 * readCallbackAddress('https://example.com/cb') // { href: 'https://example.com/cb', host: 'example.com', private: false }
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function readCallbackAddress(url: string): CallbackAddress | undefined {
  const text = String(url ?? '').trim();
  // A scheme of its own (`http:`, `https:`, or any `x://`) is parsed as written; anything else
  // (`host:port/path`) is a host, as OSS reads a callbackUrl without a scheme.
  const parsed =
    /^https?:/i.test(text) || /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
      ? parseHttpUrl(text)
      : parseHttpUrl(`http://${text}`);
  if (parsed === undefined || parsed.hostname === '') return undefined;
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '');
  return { href: parsed.href, host, private: isPrivateHost(host) };
}

/**
 * True when a callback URL's host is a loopback, private, link-local, site-local, shared or
 * unspecified address (OSS refuses to call those: "Private address is forbidden to callback.").
 * A URL that cannot be parsed is not private (it fails later, as unreachable).
 *
 * @example
 * isPrivateCallbackUrl('http://192.168.1.10/cb') // true
 * isPrivateCallbackUrl('http://[::ffff:10.0.0.1]/cb') // true
 * isPrivateCallbackUrl('https://example.com/cb') // false
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function isPrivateCallbackUrl(url: string): boolean {
  return readCallbackAddress(url)?.private ?? false;
}

/**
 * Whether a host (a name, a dotted IPv4 address or an IPv6 address without brackets) is one OSS
 * will not call. Names ending in `localhost` are loopback (RFC 6761); IPv4-mapped, -compatible,
 * NAT64 and 6to4 IPv6 addresses are judged by the IPv4 address inside them.
 *
 * @example
 * isPrivateHost('100.100.100.200') // true: shared address space, the cloud metadata service
 * isPrivateHost('fec0::1') // true: site-local
 * isPrivateHost('8.8.8.8') // false
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function isPrivateHost(host: string): boolean {
  const name = String(host ?? '')
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '');
  if (name === '' || name === 'localhost' || name.endsWith('.localhost')) return true;
  const v4 = readIpv4(name);
  if (v4 !== undefined) return isPrivateIpv4(v4);
  const v6 = readIpv6(name);
  return v6 !== undefined && isPrivateIpv6(v6);
}

function parseHttpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Four octets of a dotted-decimal IPv4 address (the WHATWG form of every IPv4 host). */
function readIpv4(text: string): number[] | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

function isPrivateIpv4([a, b, c]: number[]): boolean {
  return (
    a === 0 || // "this network", unspecified
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // shared (CGNAT): 100.100.100.200 is the metadata service
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && c === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224 // multicast, reserved, broadcast
  );
}

/** Eight 16-bit groups of an IPv6 address (with `::` and a dotted IPv4 tail), or undefined. */
function readIpv6(text: string): number[] | undefined {
  if (!text.includes(':') || !/^[0-9a-f:.]+$/.test(text)) return undefined;
  let body = text;
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(body);
  if (dotted) {
    // `::ffff:127.0.0.1` → `::ffff:7f00:1`: the dotted tail is the last two groups.
    const v4 = readIpv4(dotted[1]);
    if (!v4) return undefined;
    const pair = [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]].map((n) => n.toString(16));
    body = `${body.slice(0, -dotted[1].length)}${pair.join(':')}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const known = head.length + rest.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined;
  const zeros = new Array<number>(8 - known).fill(0);
  return [...head.map(hex), ...zeros, ...rest.map(hex)];
}

const hex = (group: string) => parseInt(group, 16);

function isPrivateIpv6(g: number[]): boolean {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  const embedded = [g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255];
  if (zeroUpTo(8)) return true; // ::
  if (zeroUpTo(7) && g[7] === 1) return true; // ::1
  if (zeroUpTo(5) && g[5] === 0xffff) return isPrivateIpv4(embedded); // ::ffff:a.b.c.d
  if (zeroUpTo(6)) return isPrivateIpv4(embedded); // ::a.b.c.d (IPv4-compatible)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return isPrivateIpv4(embedded); // 64:ff9b::a.b.c.d (NAT64)
  }
  if (g[0] === 0x2002) return isPrivateIpv4([g[1] >> 8, g[1] & 255, g[2] >> 8, g[2] & 255]); // 6to4
  return (
    (g[0] & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (g[0] & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (g[0] & 0xffc0) === 0xfec0 || // fec0::/10 site-local
    (g[0] & 0xff00) === 0xff00 // multicast
  );
}
