// OSS's verbatim Message when a PostObject form lacks a field it needs (or sends it after the file).
// https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called

/**
 * The Message OSS sends with InvalidArgument when `field` is missing from the form, or comes after
 * the file part (OSS reads nothing after it). Shared by evaluatePost's refusals and the error catalog.
 *
 * @example
 * missingFieldMessage('policy')
 * // "The bucket POST must contain the specified 'policy'. If it is specified, please check the order of the fields"
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export function missingFieldMessage(field: string): string {
  return `The bucket POST must contain the specified '${field}'. If it is specified, please check the order of the fields`;
}
