// The XML body OSS answers a PostObject with when success_action_status is 201.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { childText, readXml } from './xml-read.ts';

/**
 * What a `<PostResponse>` names: each element is there only when the body carries it.
 *
 * @example const answer: PostResponse = { bucket: 'examplebucket', key: 'a.png', etag: '"5B3C"' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface PostResponse {
  bucket?: string;
  location?: string;
  key?: string;
  /** With its quotes, as OSS sends it (`"5B3C…"`). */
  etag?: string;
}

/**
 * Reads a 201 answer's `<PostResponse>` (Bucket, Location, Key, ETag, entities decoded), or null
 * when the body is not one (an empty 204/200 body, a callback server's reply, HTML, broken XML).
 *
 * @example
 * parsePostResponse('<PostResponse><Key>a&amp;b.txt</Key><ETag>&quot;5B3C&quot;</ETag></PostResponse>')
 * // { key: 'a&b.txt', etag: '"5B3C"' }
 * parsePostResponse('') // null
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function parsePostResponse(body: string): PostResponse | null {
  const root = readXml(String(body ?? ''));
  if (root === null || root.name !== 'PostResponse') return null;
  const read = (name: string, as: keyof PostResponse) => {
    const text = childText(root, name);
    return text === undefined ? {} : { [as]: text };
  };
  return {
    ...read('Bucket', 'bucket'),
    ...read('Location', 'location'),
    ...read('Key', 'key'),
    ...read('ETag', 'etag'),
  };
}
