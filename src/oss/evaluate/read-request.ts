// Steps 1–3 of OSS's verdict: multipart type, field sizes before the file, one file, `key` before it.
import { canonicalFieldName, indexFields, type NamedValue } from '../form/field-names.ts';
import { SIZE_LIMITS } from '../form/field-rules.ts';
import { utf8ByteLength } from '../form/object-key.ts';
import type { PostPart, Rejected } from './verdict-types.ts';
import { OSS_REFUSALS, reject } from './messages.ts';

/**
 * The uploaded file as OSS sees it.
 *
 * @example const file: UploadedFile = { filename: 'cat.png', size: 2048, contentType: 'image/png' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface UploadedFile {
  filename: string;
  size: number;
  contentType: string;
}

/**
 * The request as far as OSS reads it: the text fields before the file, and the file.
 *
 * @example view.field('content-type')?.value // 'image/png' (sent as Content-Type)
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export interface RequestView {
  /** Text fields before the file, in order (later parts are ignored). */
  fields: NamedValue[];
  field: (name: string) => NamedValue | undefined;
  file: UploadedFile;
}

function isFilePart(part: PostPart): boolean {
  return 'file' in part || String(part.name).toLowerCase() === 'file';
}

function fileOf(part: PostPart): UploadedFile {
  if ('file' in part && part.file) {
    return {
      filename: String(part.file.filename ?? ''),
      size: Number(part.file.size),
      contentType: String(part.file.contentType ?? ''),
    };
  }
  const value = 'value' in part ? String(part.value ?? '') : '';
  return { filename: '', size: utf8ByteLength(value), contentType: '' };
}

/**
 * Is the request's Content-Type multipart/form-data (parameters such as the boundary aside)?
 *
 * @example
 * isMultipartFormData('multipart/form-data; boundary=x') // true
 * isMultipartFormData('application/x-www-form-urlencoded') // false
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function isMultipartFormData(contentType: string): boolean {
  return (
    String(contentType ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase() === 'multipart/form-data'
  );
}

/**
 * OSS's answer to the request's Content-Type, or undefined when it is multipart/form-data: no
 * Content-Type header at all (or a blank one) is 405 MethodNotAllowed naming the method and the
 * resource type (captured from OSS); any other type is 400 RequestIsNotMultiPartContent.
 *
 * @example
 * contentTypeRefusal('')?.status // 405
 * contentTypeRefusal('text/plain')?.code // 'RequestIsNotMultiPartContent'
 * contentTypeRefusal('multipart/form-data; boundary=x') // undefined
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function contentTypeRefusal(contentType: string | undefined): Rejected | undefined {
  if (String(contentType ?? '').trim() === '') {
    return reject(OSS_REFUSALS.methodNotAllowed, [], {
      extra: { Method: 'POST', ResourceType: 'Bucket' },
    });
  }
  return isMultipartFormData(String(contentType))
    ? undefined
    : reject(OSS_REFUSALS.notMultipart, []);
}

/**
 * Reads the parts as OSS does (steps 1–3), or the refusal OSS answers.
 *
 * @example
 * readRequest('multipart/form-data; boundary=x', [{ name: 'file', file: { filename: 'a', size: 1, contentType: '' } }])
 * // Rejected: InvalidArgument "The bucket POST must contain the specified 'key'. …"
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function readRequest(
  contentType: string,
  parts: readonly PostPart[],
): RequestView | Rejected {
  const refused = contentTypeRefusal(contentType);
  if (refused) return refused;
  const firstFile = parts.findIndex(isFilePart);
  const before = firstFile < 0 ? parts : parts.slice(0, firstFile);
  const fields: NamedValue[] = [];
  let total = 0;
  for (const part of before) {
    const name = String(part.name ?? '');
    const value = 'value' in part ? String(part.value ?? '') : '';
    const nameBytes = utf8ByteLength(name);
    const valueBytes = utf8ByteLength(value);
    if (nameBytes > SIZE_LIMITS.fieldName.max) return reject(SIZE_LIMITS.fieldName.oss, [name]);
    if (valueBytes > SIZE_LIMITS.fieldValue.max) {
      return reject(SIZE_LIMITS.fieldValue.oss, [canonicalFieldName(name)]);
    }
    total += nameBytes + valueBytes;
    if (total > SIZE_LIMITS.preFile.max) return reject(SIZE_LIMITS.preFile.oss, []);
    fields.push({ name, value });
  }
  if (parts.filter(isFilePart).length !== 1) return reject(OSS_REFUSALS.fileCount, ['file']);
  const field = indexFields(fields);
  if (!field('key')) return reject(OSS_REFUSALS.keyMissing, ['key']);
  return { fields, field, file: fileOf(parts[firstFile]) };
}
