import { OBJECT_KEY_MAX_BYTES } from '../limits.ts';
import { fail, ok, type Result } from '../result.ts';
import { sayFrom } from '../texts.ts';
import { FORM_TEXTS } from './texts-en.ts';

const say = sayFrom(FORM_TEXTS);

/**
 * The literal template OSS replaces with the file part's file name.
 *
 * @example
 * expandObjectKey(`user/${FILENAME_TEMPLATE}`, 'cat.png') // 'user/cat.png'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const FILENAME_TEMPLATE = '${filename}';

/**
 * OSS's InvalidObjectName messages (HTTP 400 reference), as servers send them.
 *
 * @example
 * validateObjectKey('').issues[0].oss?.message === OBJECT_NAME_MESSAGES.empty // true
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const OBJECT_NAME_MESSAGES = {
  empty: 'The Object name can not be empty.',
  tooLong: 'The Length of Object name must be less than 1024.',
  invalid: 'The specified object is not valid.',
} as const;

/**
 * The number of bytes of a string in UTF-8.
 *
 * @example
 * utf8ByteLength('用户/a') // 8
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * True when the string has an unpaired UTF-16 surrogate, i.e. cannot be encoded as UTF-8.
 *
 * @example
 * hasLoneSurrogate('a\uD800') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/**
 * Replaces every `${filename}` in a key with the uploaded file's name, as OSS does after the policy check.
 *
 * @example
 * expandObjectKey('user/${filename}', 'cat.png') // 'user/cat.png'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function expandObjectKey(key: string, filename: string): string {
  return key.split(FILENAME_TEMPLATE).join(filename);
}

/**
 * Checks an object key (after `${filename}` expansion) against OSS's rules: UTF-8, 1–1023 bytes, no
 * leading `/` or `\`. The issue carries OSS's InvalidObjectName answer.
 *
 * @example
 * validateObjectKey('user/a.png') // { ok: true, value: 'user/a.png' }
 * validateObjectKey('/a.png') // issue 'key.leading-slash', oss.message 'The specified object is not valid.'
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html
 */
export function validateObjectKey(key: string): Result<string> {
  const oss = (message: string) => ({ code: 'InvalidObjectName', message });
  if (key.length === 0) {
    return fail({
      id: 'key.empty',
      path: 'key',
      ...say('key-empty'),
      oss: oss(OBJECT_NAME_MESSAGES.empty),
    });
  }
  const bytes = utf8ByteLength(key);
  if (bytes > OBJECT_KEY_MAX_BYTES) {
    return fail({
      id: 'key.too-long',
      path: 'key',
      ...say('key-too-long', { bytes, max: OBJECT_KEY_MAX_BYTES }),
      oss: oss(OBJECT_NAME_MESSAGES.tooLong),
    });
  }
  if (key.startsWith('/') || key.startsWith('\\')) {
    return fail({
      id: 'key.leading-slash',
      path: 'key',
      ...say('key-leading-slash', { key, first: key[0] }),
      oss: oss(OBJECT_NAME_MESSAGES.invalid),
    });
  }
  if (hasLoneSurrogate(key)) {
    return fail({
      id: 'key.not-utf8',
      path: 'key',
      ...say('key-not-utf8'),
      oss: oss(OBJECT_NAME_MESSAGES.invalid),
    });
  }
  return ok(key);
}
