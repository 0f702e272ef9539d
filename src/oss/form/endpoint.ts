// Where the form posts: the bucket host on OSS (virtual-hosted), a custom domain, or the sandbox.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { standardRegion } from '../signing/region.ts';

/** Options of `endpointUrl`. */
export interface EndpointOptions {
  /**
   * A custom domain, a regional OSS endpoint (`oss-cn-hangzhou.aliyuncs.com`) or the sandbox URL
   * (`http://127.0.0.1:9100/examplebucket`). Without a scheme, `https://` is assumed.
   */
  endpoint?: string;
}

/**
 * The URL the form posts to (`POST /`; the object key is never in the URL).
 * - no endpoint → `https://BUCKET.oss-REGION.aliyuncs.com` (region with or without `oss-`);
 * - an `*.aliyuncs.com` endpoint without the bucket → the bucket is put in front of the host;
 * - any other endpoint (custom domain, sandbox) → used as given, without a trailing `/`;
 * - only `http:` and `https:` are upload targets: any other scheme comes back as written, for
 *   the check `endpoint.not-http` to refuse (see {@link isHttpUrl}).
 *
 * @example
 * endpointUrl('examplebucket', 'oss-cn-hangzhou')                 // 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com'
 * endpointUrl('examplebucket', 'cn-hangzhou', { endpoint: 'oss-cn-hangzhou.aliyuncs.com' })
 * // 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com'
 * endpointUrl('examplebucket', 'cn-hangzhou', { endpoint: 'http://127.0.0.1:9100/examplebucket/' })
 * // 'http://127.0.0.1:9100/examplebucket'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function endpointUrl(bucket: string, region: string, options: EndpointOptions = {}): string {
  const name = String(bucket ?? '').trim();
  const endpoint = String(options?.endpoint ?? '').trim();
  if (endpoint === '') return `https://${name}.oss-${standardRegion(region)}.aliyuncs.com`;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return withScheme.replace(/\/+$/, '');
  }
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.aliyuncs.com') && name !== '' && !host.startsWith(`${name}.`)) {
    url.hostname = `${name}.${host}`;
  }
  return url.toString().replace(/\/+$/, '');
}

/**
 * Whether a form may post to this URL: an absolute `http:` or `https:` URL with a host. Any other
 * scheme (`javascript:`, `data:`, `file:`) is no upload target.
 *
 * @example
 * isHttpUrl('https://examplebucket.oss-cn-hangzhou.aliyuncs.com') // true
 * isHttpUrl('javascript://%0aalert(1)') // false
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(String(url ?? '').trim());
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * What an OSS host name says: the bucket in front (when there is one), the region without `oss-`,
 * and whether it is the `-internal` (VPC) host. OSS hosts read
 * `[BUCKET.]oss-REGION[-internal].aliyuncs.com`; a bucket is lower-case letters, digits and hyphens.
 *
 * @example
 * parseOssEndpoint('examplebucket.oss-cn-hangzhou-internal.aliyuncs.com')
 * // { bucket: 'examplebucket', region: 'cn-hangzhou', internal: true }
 * parseOssEndpoint('https://oss-cn-hangzhou.aliyuncs.com/') // { region: 'cn-hangzhou', internal: false }
 * parseOssEndpoint('uploads.example.com') // undefined
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints
 */
export function parseOssEndpoint(
  hostOrUrl: string,
): { bucket?: string; region: string; internal: boolean } | undefined {
  const host = hostOfEndpoint(hostOrUrl);
  const match = /^(?:(.+)\.)?oss-([a-z0-9-]+?)(-internal)?\.aliyuncs\.com$/.exec(host);
  if (match === null) return undefined;
  const [, prefix, region, internal] = match;
  return {
    ...(prefix !== undefined && /^[a-z0-9-]+$/.test(prefix) ? { bucket: prefix } : {}),
    region,
    internal: internal !== undefined,
  };
}

/**
 * Whether an endpoint is an `-internal` (VPC) host, which resolves only inside Alibaba Cloud in its
 * region: a browser cannot post to it. Case does not matter; a URL or a bare host is accepted.
 *
 * @example
 * isInternalEndpoint('https://b.oss-cn-hangzhou-internal.aliyuncs.com') // true
 * isInternalEndpoint('https://b.oss-cn-hangzhou.aliyuncs.com') // false
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints
 */
export function isInternalEndpoint(hostOrUrl: string): boolean {
  return hostOfEndpoint(hostOrUrl).toLowerCase().includes('-internal.');
}

/** The host of a URL (`https://h/…`), or the text itself when it has no scheme or is not a URL. */
function hostOfEndpoint(hostOrUrl: string): string {
  const text = String(hostOrUrl ?? '').trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text.replace(/[/:].*$/s, '');
  try {
    return new URL(text).hostname;
  } catch {
    return '';
  }
}
