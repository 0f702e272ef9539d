// Reads an OSS error response: the XML <Error> body plus the x-oss-request-id / x-oss-ec headers.
// https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses

import type { OssError } from './error-types.ts';
import { readXml } from '../formats/xml-read.ts';

/** Children of <Error> that have their own OssError member; every other child goes to `extra`. */
const KNOWN = new Set(['Code', 'Message', 'RequestId', 'HostId', 'EC', 'RecommendDoc']);

/**
 * Reads an OSS `<Error>` body. Unknown child elements are kept verbatim in `extra`; `Message` is kept
 * exactly as sent (OSS messages can end in a space), the other values are trimmed. The headers
 * `x-oss-request-id` and `x-oss-ec` (any case) fill `requestId` / `ec` when the body lacks them.
 * Anything that is not an `<Error>` element with a `Code` — truncated XML, an HTML page, JSON, an
 * empty body — gives null; it never throws.
 *
 * @example
 * parseOssError(
 *   '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>' +
 *     '<Message>Invalid according to Policy: Policy expired.</Message></Error>',
 *   { 'X-Oss-Request-Id': '5C3D9175B6FC201293AD4890' },
 * )
 * // { code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.',
 * //   requestId: '5C3D9175B6FC201293AD4890', extra: {} }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export function parseOssError(body: string, headers: Record<string, string> = {}): OssError | null {
  if (typeof body !== 'string') return null;
  const root = readXml(body);
  if (root?.name !== 'Error') return null;
  const values = new Map<string, string>();
  const extra: Record<string, string> = {};
  for (const child of root.children) {
    if (KNOWN.has(child.name)) {
      if (!values.has(child.name)) values.set(child.name, child.text);
    } else if (!Object.hasOwn(extra, child.name)) {
      extra[child.name] = child.text;
    }
  }
  const code = values.get('Code')?.trim();
  if (code === undefined || code === '') return null;
  const error: OssError = { code, message: values.get('Message') ?? '', extra };
  const requestId =
    present(values.get('RequestId')) ?? present(header(headers, 'x-oss-request-id'));
  const hostId = present(values.get('HostId'));
  const ec = present(values.get('EC')) ?? present(header(headers, 'x-oss-ec'));
  const recommendDoc = present(values.get('RecommendDoc'));
  if (requestId !== undefined) error.requestId = requestId;
  if (hostId !== undefined) error.hostId = hostId;
  if (ec !== undefined) error.ec = ec;
  if (recommendDoc !== undefined) error.recommendDoc = recommendDoc;
  return error;
}

/** The trimmed value, or undefined when it is absent or blank. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** A header value by case-insensitive name. */
function header(headers: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name && typeof value === 'string') return value;
  }
  return undefined;
}
