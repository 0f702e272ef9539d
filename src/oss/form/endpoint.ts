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
 * - any other endpoint (custom domain, sandbox) → used as given, without a trailing `/`.
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
