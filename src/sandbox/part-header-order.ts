// OSS reads a part's headers in order and wants Content-Disposition first: a file part that puts
// its Content-Type line before Content-Disposition is refused as MalformedPOSTRequest (reported
// against Dart's http clients, which write file parts that way). busboy accepts any order, so the
// raw bytes up to the file part's header block are watched here; after that nothing is scanned.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject

/** Longest header block looked at; a longer one is left to the multipart parser to refuse. */
const MAX_HEADER_BLOCK = 16 * 1024;

/** The boundary parameter of a multipart Content-Type, or undefined. */
export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : undefined;
}

export type HeaderOrder = 'reading' | 'in-order' | 'out-of-order';

function isFileHeaderBlock(block: string): boolean {
  const disposition = /^content-disposition:(.*)$/im.exec(block)?.[1] ?? '';
  return /;\s*filename\*?=/i.test(disposition) || /;\s*name="?file"?\s*(;|$)/i.test(disposition);
}

/**
 * Watches the body's bytes for the file part's header block; answers 'out-of-order' when its first
 * header is not Content-Disposition, 'in-order' once it is seen and fine (nothing more is read).
 */
export function watchPartHeaderOrder(boundary: string): (chunk: Buffer) => HeaderOrder {
  const delimiter = Buffer.from(`--${boundary}`);
  let pending: Buffer = Buffer.alloc(0);
  let state: HeaderOrder = 'reading';
  return (chunk) => {
    if (state !== 'reading') return state;
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      const at = pending.indexOf(delimiter);
      if (at < 0) {
        pending = pending.subarray(Math.max(0, pending.length - delimiter.length));
        return state;
      }
      const start = at + delimiter.length;
      const end = pending.indexOf('\r\n\r\n', start);
      if (end < 0) {
        pending = pending.subarray(at);
        if (pending.length > MAX_HEADER_BLOCK) state = 'in-order';
        return state;
      }
      const lines = pending.toString('latin1', start, end).split('\r\n').slice(1);
      const block = lines.join('\n');
      if (isFileHeaderBlock(block)) {
        const first = lines.find((line) => line.trim() !== '') ?? '';
        state = /^content-disposition:/i.test(first) ? 'in-order' : 'out-of-order';
        pending = Buffer.alloc(0);
        return state;
      }
      pending = pending.subarray(end + 4);
    }
  };
}
