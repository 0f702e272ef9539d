/** One part of a multipart/form-data body: its header lines and its bytes, exactly as sent. */
export interface RawPart {
  headers: string[];
  body: Buffer;
}

/** A text field part. */
export function fieldPart(name: string, value: string | Buffer): RawPart {
  return {
    headers: [`Content-Disposition: form-data; name="${name}"`],
    body: Buffer.isBuffer(value) ? value : Buffer.from(value, 'utf8'),
  };
}

/** A file part. */
export function filePart(
  body: Buffer,
  options: { name?: string; filename?: string; contentType?: string } = {},
): RawPart {
  return {
    headers: [
      `Content-Disposition: form-data; name="${options.name ?? 'file'}"; filename="${options.filename ?? 'upload.bin'}"`,
      `Content-Type: ${options.contentType ?? 'application/octet-stream'}`,
    ],
    body,
  };
}

/** The body: each part after `--BOUNDARY`, then the closing delimiter unless `closed` is false. */
export function renderMultipart(
  parts: RawPart[],
  boundary: string,
  options: { closed?: boolean } = {},
): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n${part.headers.join('\r\n')}\r\n\r\n`, 'latin1'));
    chunks.push(part.body, Buffer.from('\r\n'));
  }
  if (options.closed !== false) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** `multipart/form-data; boundary=…` */
export function multipartType(boundary: string): string {
  return `multipart/form-data; boundary=${boundary}`;
}
