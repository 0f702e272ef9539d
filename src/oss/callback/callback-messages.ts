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
