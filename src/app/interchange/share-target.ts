// Where a share link sends the forms this page signs. A link can set the target (a custom
// endpoint, another region): before the user types a secret into a page opened from a link, the
// page names the host that will receive the signed form, and flags one that is not OSS.
import { decodeShareState, endpointUrl, isHttpUrl, parseOssEndpoint } from '../../oss/index.ts';

/** The target a share link set, as the page will post to it. */
export interface SharedTarget {
  /** The URL signed forms post to. */
  url: string;
  /** Its host (what the alert names); the URL itself when it has none. */
  host: string;
  /** True when the host is an OSS host (`*.oss-REGION.aliyuncs.com`). */
  oss: boolean;
  /** True when the URL is http(s): anything else is no upload target at all. */
  http: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The target a share fragment sets, or null when it sets none or the sandbox (the page's own).
 * @example sharedTargetOf('#1.…') // { url: 'http://attacker.example/examplebucket', host: 'attacker.example', oss: false, http: true }
 */
export function sharedTargetOf(hash: string): SharedTarget | null {
  if (!/^#?\d+\./.test(hash)) return null;
  const decoded = decodeShareState(hash);
  if (!decoded.ok) return null;
  const target = decoded.value.target;
  if (!target || typeof target !== 'object') return null;
  const { mode, endpoint, bucket, region } = target as Record<string, unknown>;
  if (mode !== 'region' && mode !== 'custom') return null;
  const url = endpointUrl(
    text(bucket),
    text(region),
    mode === 'region' ? {} : { endpoint: text(endpoint) },
  );
  const http = isHttpUrl(url);
  // Not http(s): the alert names the whole text, the scheme is the news.
  const host = http ? new URL(url).host : url;
  return { url, host, oss: http && parseOssEndpoint(url) !== undefined, http };
}
