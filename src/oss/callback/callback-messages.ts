// OSS's InvalidArgument messages for a bad `callback` (HTTP 400 reference), as servers send them.
// https://help.aliyun.com/en/oss/developer-reference/callback

/**
 * The verbatim InvalidArgument messages OSS answers for callback problems.
 *
 * @example
 * CALLBACK_MESSAGES.tooLong // 'The length of callback exceed max value.'
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html
 */
export const CALLBACK_MESSAGES = {
  tooLong: 'The length of callback exceed max value.',
  notBase64: 'The callback configuration is not base64 encoded.',
  notJson: 'The callback configuration is not json format.',
  urlInvalid: 'The callback url configuration is invalid.',
  tooManyUrls: 'The number of callback url exceed max value.',
  privateAddress: 'Private address is forbidden to callback.',
  hostInvalid: 'The callback host configuration is invalid.',
  bodyEmpty: 'The callback body is empty.',
  bodyInvalid: 'The callback body is invalid.',
  bodyTypeInvalid: 'The callback body type configuration is invalid.',
  bodyTypeUnsupported: 'The body type of callback is not supported.',
} as const;

/**
 * The Messages of OSS's 203 CallbackFailed answer (the object is stored; the callback is not done).
 * `cannotConnect` is captured from OSS; the others follow its `Error status : N.` pattern.
 *
 * @example
 * CALLBACK_FAILED_MESSAGES.cannotConnect.startsWith('Error status : -1.') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export const CALLBACK_FAILED_MESSAGES = {
  cannotConnect: 'Error status : -1.OSS can not connect to your callbackUrl, please check it.',
  timedOut: 'Error status : -1 8.',
  bodyTooLarge: 'Response body is too large.',
  notJson: 'Response body is not valid json format.',
} as const;

/**
 * The CallbackFailed Message for a callback server that answered with a non-2xx HTTP status.
 *
 * @example
 * callbackStatusMessage(403) // 'Error status : 403.'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export function callbackStatusMessage(status: number): string {
  return `Error status : ${status}.`;
}

/**
 * How long OSS waits for a callback server's answer before the callback fails.
 *
 * @example CALLBACK_TIMEOUT_MS // 5000
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export const CALLBACK_TIMEOUT_MS = 5000;

/**
 * The largest callback answer OSS relays to the uploader (3 MB).
 *
 * @example CALLBACK_ANSWER_MAX_BYTES // 3145728
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/callback
 */
export const CALLBACK_ANSWER_MAX_BYTES = 3 * 1024 * 1024;
