// Reads a PostObject body with busboy, enforcing OSS's form limits while the bytes arrive (nothing
// is buffered beyond them) and streaming the file to a temp file, hashed (MD5, CRC64) on the way.
import { createHash } from 'node:crypto';
import type { WriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import {
  FIELD_NAME_MAX_BYTES,
  FIELD_VALUE_MAX_BYTES,
  OBJECT_MAX_BYTES,
  OSS_REFUSALS,
  PRE_FILE_DATA_MAX_BYTES,
  type PostPart,
} from '../oss/index.ts';
import { crc64Ecma, createCrc64 } from './crc64-ecma.ts';
import type { OssErrorBody } from './oss-error.ts';
import { removeTempFile, type ObjectStore } from './object-store.ts';
import { boundaryOf, watchPartHeaderOrder } from './part-header-order.ts';

const MALFORMED_POST: OssErrorBody = OSS_REFUSALS.malformedMultipart;

/**
 * Stops writing a refused file and removes it. A write stream destroyed before its open() completed
 * still creates the file, so the removal waits for the stream to close.
 */
function discardTempFile(stream: WriteStream | undefined, tempPath: string | undefined): void {
  if (!tempPath) return;
  if (!stream || stream.closed) {
    void removeTempFile(tempPath);
    return;
  }
  stream.once('close', () => void removeTempFile(tempPath));
  stream.destroy();
}

/**
 * The file as received: where its bytes wait (a temp file, or memory for a small file), and their
 * digests.
 */
export type ReceivedFile = {
  size: number;
  md5Hex: string;
  crc64: string;
} & ({ tempPath: string; bytes?: undefined } | { tempPath?: undefined; bytes: Buffer });

/**
 * Files up to this size are kept in memory until the verdict and written once, on commit: a small
 * post then costs one file write and no write stream, and a refused one touches no disk.
 */
export const IN_MEMORY_FILE_MAX_BYTES = 256 * 1024;

export type ReceiveOutcome =
  | { kind: 'received'; parts: PostPart[]; file?: ReceivedFile; bodyMd5Base64?: string }
  | { kind: 'refused'; error: OssErrorBody }
  | { kind: 'aborted' };

/** Bound on what is kept of fields after the file (OSS ignores them; we only need their names). */
const AFTER_FILE_MAX_BYTES = PRE_FILE_DATA_MAX_BYTES;
/**
 * Bound on the number of parts kept: empty fields weigh 0 bytes against OSS's 8 MB, yet each costs
 * memory here. A form with more than this many fields before its file is refused as too large.
 */
const MAX_KEPT_PARTS = 100_000;

function isFileName(name: string): boolean {
  return name.toLowerCase() === 'file';
}

/**
 * Receives the multipart body of `req`. The caller answers a refusal; the temp file of a refused or
 * aborted request is already gone when this resolves.
 */
export function receivePost(req: IncomingMessage, store: ObjectStore): Promise<ReceiveOutcome> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fieldSize: FIELD_VALUE_MAX_BYTES + 1, fileSize: OBJECT_MAX_BYTES + 1 },
      });
    } catch {
      resolve({ kind: 'refused', error: MALFORMED_POST });
      return;
    }
    const parts: PostPart[] = [];
    let preFileBytes = 0;
    let afterFileBytes = 0;
    let file: ReceivedFile | undefined;
    let tempPath: string | undefined;
    let tempStream: WriteStream | undefined;
    let pendingWrite: Promise<void> | undefined;
    let settled = false;
    let fileSeen = false;

    const finish = (outcome: ReceiveOutcome) => {
      if (settled) return;
      settled = true;
      req.socket.off('close', onGone);
      if (outcome.kind !== 'received') {
        req.unpipe(parser);
        parser.removeAllListeners();
        parser.on('error', () => undefined);
        discardTempFile(tempStream, tempPath);
      }
      resolve(outcome);
    };
    const refuse = (error: OssErrorBody) => finish({ kind: 'refused', error });

    const startFile = (
      name: string,
      info: { filename: string; size?: number; contentType: string },
    ) => {
      const part = {
        name,
        file: { filename: info.filename, size: 0, contentType: info.contentType },
      };
      parts.push(part);
      fileSeen = true;
      return part;
    };
    // Kept as a flag, not found by scanning `parts`: a form may hold 100,000 fields before its file.
    const hasFile = () => fileSeen;

    const keepField = (name: string, value: string, truncated: boolean) => {
      const nameBytes = Buffer.byteLength(name);
      const valueBytes = Buffer.byteLength(value);
      if (hasFile()) {
        afterFileBytes += nameBytes + valueBytes;
        if (afterFileBytes <= AFTER_FILE_MAX_BYTES && parts.length < MAX_KEPT_PARTS) {
          parts.push({ name, value });
        }
        return;
      }
      if (parts.length >= MAX_KEPT_PARTS) return refuse(OSS_REFUSALS.preDataTooLarge);
      if (nameBytes > FIELD_NAME_MAX_BYTES) return refuse(OSS_REFUSALS.fieldNameTooLong);
      if (truncated || valueBytes > FIELD_VALUE_MAX_BYTES) {
        return refuse(OSS_REFUSALS.fieldValueTooLong);
      }
      preFileBytes += nameBytes + valueBytes;
      if (preFileBytes > PRE_FILE_DATA_MAX_BYTES) return refuse(OSS_REFUSALS.preDataTooLarge);
      parts.push({ name, value });
    };

    parser.on('field', (name, value, info) => {
      if (settled) return;
      // A text part named `file` is the object's content (the PostObject reference: "File or text
      // content", https://www.alibabacloud.com/help/en/oss/developer-reference/postobject).
      if (isFileName(name) && !hasFile() && info.valueTruncated) {
        // A text `file` part is read like a field (busboy keeps at most 2 MB of it); rather than
        // store a cut-off object, refuse it. Files larger than that are sent with a filename.
        return refuse(OSS_REFUSALS.fieldValueTooLong);
      }
      if (isFileName(name) && !hasFile()) {
        const part = startFile(name, { filename: '', contentType: '' });
        const bytes = Buffer.from(value, 'utf8');
        part.file.size = bytes.length;
        file = {
          bytes,
          size: bytes.length,
          md5Hex: createHash('md5').update(bytes).digest('hex'),
          crc64: crc64Ecma(bytes),
        };
        return;
      }
      if (isFileName(name)) {
        if (parts.length < MAX_KEPT_PARTS) startFile(name, { filename: '', contentType: '' });
        return;
      }
      keepField(name, value, info.valueTruncated);
    });

    parser.on('file', (name, stream, info) => {
      if (settled || hasFile()) {
        // A second file: counted (OSS refuses it), never stored.
        if (!settled && parts.length < MAX_KEPT_PARTS) {
          startFile(name, { filename: info.filename ?? '', contentType: info.mimeType });
        }
        stream.on('error', () => refuse(MALFORMED_POST));
        stream.resume();
        return;
      }
      const part = startFile(name, { filename: info.filename ?? '', contentType: info.mimeType });
      const md5 = createHash('md5');
      const crc = createCrc64();
      let size = 0;
      // Small files stay in memory; past IN_MEMORY_FILE_MAX_BYTES the bytes so far go to a temp
      // file and the rest is piped after them (with backpressure).
      let held: Buffer[] | undefined = [];
      pendingWrite = new Promise((done, failed) => {
        const spill = () => {
          const temp = store.createTempFile();
          tempPath = temp.path;
          tempStream = temp.stream;
          temp.stream.on('error', failed);
          temp.stream.on('finish', () => {
            part.file.size = size;
            file = { tempPath: temp.path, size, md5Hex: md5.digest('hex'), crc64: crc.digest() };
            done();
          });
          for (const chunk of held ?? []) temp.stream.write(chunk);
          held = undefined;
          stream.pipe(temp.stream);
        };
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          md5.update(chunk);
          crc.update(chunk);
          if (!held) return;
          held.push(chunk);
          if (size > IN_MEMORY_FILE_MAX_BYTES) spill();
        });
        stream.on('end', () => {
          if (!held) return;
          part.file.size = size;
          const bytes = held.length === 1 ? held[0] : Buffer.concat(held, size);
          file = { bytes, size, md5Hex: md5.digest('hex'), crc64: crc.digest() };
          done();
        });
      });
      stream.on('limit', () => refuse(OSS_REFUSALS.entityTooLarge));
      stream.on('error', () => refuse(MALFORMED_POST));
    });

    parser.on('error', () => refuse(MALFORMED_POST));
    parser.on('close', () => {
      if (settled) return;
      const written = pendingWrite ?? Promise.resolve();
      written.then(
        () =>
          finish({
            kind: 'received',
            parts,
            ...(file ? { file } : {}),
            ...(bodyMd5 ? { bodyMd5Base64: bodyMd5.digest('base64') } : {}),
          }),
        () => refuse(MALFORMED_POST),
      );
    });
    // The client went away (or the connection was closed on it) before the body was complete.
    const onGone = () => {
      if (!req.complete) finish({ kind: 'aborted' });
    };
    req.on('close', onGone);
    req.socket.once('close', onGone);
    // Content-MD5 covers the whole body (all parts), so it is hashed as it arrives.
    const bodyMd5 = req.headers['content-md5'] === undefined ? undefined : createHash('md5');
    // Registered before the pipe, so a file part with its headers out of order is refused before
    // the parser sees the part.
    const boundary = boundaryOf(String(req.headers['content-type'] ?? ''));
    const headerOrder = boundary === undefined ? undefined : watchPartHeaderOrder(boundary);
    if (bodyMd5 || headerOrder) {
      let watching = headerOrder !== undefined;
      req.on('data', (chunk: Buffer) => {
        bodyMd5?.update(chunk);
        if (!watching || !headerOrder) return;
        const order = headerOrder(chunk);
        if (order === 'reading') return;
        watching = false;
        if (order === 'out-of-order') refuse(MALFORMED_POST);
      });
    }
    req.pipe(parser);
  });
}
