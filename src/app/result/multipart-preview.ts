import type { SendPart } from './form-order.ts';

/** The file as the browser would send it (name, size, type), never its bytes. */
export interface FileFacts {
  filename: string;
  size: number;
  contentType: string;
}

export interface MultipartPreview {
  text: string;
  /** Bytes of the body before the file's content starts (OSS limit: 8 MB). */
  bytesBeforeFile: number;
  /** Bytes of the text fields' names and values (the error reference's 4 KB). */
  fieldBytes: number;
  /** The whole body, file included. */
  totalBytes: number;
}

export const PREVIEW_BOUNDARY = '----PostObjectBuilderBoundary';
const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The multipart/form-data body as the browser sends it, with `<N bytes of file>` in place of the
 * file, and the sizes OSS limits. `file` defaults to an unnamed empty part.
 */
export function previewMultipart(parts: SendPart[], file?: FileFacts): MultipartPreview {
  const facts = file ?? { filename: 'your-file', size: 0, contentType: 'application/octet-stream' };
  let text = '';
  let bytesBeforeFile: number | null = null;
  let fieldBytes = 0;
  let bytes = 0;
  const add = (chunk: string) => {
    text += chunk;
    bytes += byteLength(chunk);
  };
  for (const part of parts) {
    add(`--${PREVIEW_BOUNDARY}\r\n`);
    if ('file' in part) {
      add(
        `Content-Disposition: form-data; name="file"; filename="${facts.filename}"\r\n` +
          `Content-Type: ${facts.contentType || 'application/octet-stream'}\r\n\r\n`,
      );
      bytesBeforeFile ??= bytes;
      text += `<${facts.size} bytes of ${facts.filename}>`;
      bytes += facts.size;
      add('\r\n');
    } else {
      fieldBytes += byteLength(part.name) + byteLength(part.value);
      add(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`);
    }
  }
  add(`--${PREVIEW_BOUNDARY}--\r\n`);
  return { text, bytesBeforeFile: bytesBeforeFile ?? bytes, fieldBytes, totalBytes: bytes };
}
