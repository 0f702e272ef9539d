// The folder a key sits in, offered as the prefix of a `starts-with $key` condition that the key
// does not meet. https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { FILENAME_TEMPLATE } from '../form/object-key.ts';

/**
 * The prefix a `starts-with $key` condition could require so that this key meets it: the key's text
 * before `${filename}`, cut after its last `/` (the key's folder); `''` for a key without a folder.
 *
 * @example
 * suggestKeyPrefix('user/123/${filename}') // 'user/123/'
 * suggestKeyPrefix('user/123/photo.png')   // 'user/123/'
 * suggestKeyPrefix('photo.png')            // ''
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function suggestKeyPrefix(key: string): string {
  const at = key.indexOf(FILENAME_TEMPLATE);
  const literal = at < 0 ? key : key.slice(0, at);
  return literal.slice(0, literal.lastIndexOf('/') + 1);
}
