// Generated malformed PostObject requests. Every case is built so that OSS must refuse it (a
// required field lost, the body cut before its closing delimiter, a limit passed …): none may store.
import { fieldPart, filePart, multipartType, renderMultipart, type RawPart } from './multipart.ts';
import type { Random } from './random.ts';
import { requestHead, type RawRequest } from './raw-http.ts';
import { uploadParts, type SignedFields } from './sandbox.ts';

export interface FuzzCase {
  kind: string;
  request: RawRequest;
}

/** Fields without which the sandbox cannot accept a V4 upload to a private bucket. */
const REQUIRED_FIELDS = ['key', 'policy', 'x-oss-signature', 'x-oss-credential', 'x-oss-date'];

const NOT_MULTIPART_TYPES = [
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/octet-stream',
  'multipart/mixed; boundary=abc',
  'multipart/form-dat; boundary=abc',
];

const BROKEN_MULTIPART_TYPES = [
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary="',
  'multipart/form-data; charset=utf-8',
  'multipart/form-data;;;',
];

interface Context {
  random: Random;
  signed: SignedFields;
  host: string;
  path: string;
}

function boundaryOf(random: Random): string {
  return `----fuzz${random.bytes(12).toString('hex')}`;
}

function fileBytes(random: Random): Buffer {
  return random.bytes(random.int(2048));
}

function validParts(context: Context): RawPart[] {
  const { random, signed } = context;
  return uploadParts(signed, fileBytes(random), `f${random.int(1000)}.bin`);
}

function post(
  context: Context,
  contentType: string | undefined,
  body: Buffer,
  extra = {},
): RawRequest {
  const headers: Record<string, string | number> = { 'Content-Length': body.length };
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  return { head: requestHead(context.path, context.host, headers), body, ...extra };
}

function requiredIndex(context: Context, parts: RawPart[]): number {
  const name = context.random.pick(REQUIRED_FIELDS);
  return parts.findIndex((part) => part.headers[0]?.includes(`name="${name}"`));
}

function garbageLine(random: Random): string {
  return random
    .bytes(1 + random.int(120))
    .toString('latin1')
    .replace(/[\r\n]/g, ' ');
}

type Generator = (context: Context) => RawRequest;

const GENERATORS: Record<string, { weight: number; make: Generator }> = {
  'truncated anywhere': {
    weight: 500,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const body = renderMultipart(validParts(context), boundary);
      const closing = body.lastIndexOf(`\r\n--${boundary}--`);
      return post(context, multipartType(boundary), body.subarray(0, context.random.int(closing)));
    },
  },
  'no final boundary': {
    weight: 120,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const body = renderMultipart(validParts(context), boundary, { closed: false });
      const cut = context.random.chance(0.5) ? body.subarray(0, body.length - 2) : body;
      return post(context, multipartType(boundary), cut);
    },
  },
  'wrong boundary': {
    weight: 120,
    make: (context) => {
      const body = renderMultipart(validParts(context), boundaryOf(context.random));
      return post(context, multipartType(boundaryOf(context.random)), body);
    },
  },
  'missing boundary': {
    weight: 80,
    make: (context) => {
      const body = renderMultipart(validParts(context), boundaryOf(context.random));
      return post(context, context.random.pick(BROKEN_MULTIPART_TYPES), body);
    },
  },
  'not multipart or no content type': {
    weight: 80,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const body = renderMultipart(validParts(context), boundary);
      const type = context.random.chance(0.2)
        ? undefined
        : context.random.pick(NOT_MULTIPART_TYPES);
      return post(context, type, body);
    },
  },
  'part header garbage': {
    weight: 300,
    make: (context) => {
      const { random } = context;
      const boundary = boundaryOf(random);
      const parts = validParts(context);
      const index = requiredIndex(context, parts);
      const lines = Array.from({ length: 1 + random.int(4) }, () => garbageLine(random));
      parts[index] = { headers: lines, body: parts[index]!.body };
      return post(context, multipartType(boundary), renderMultipart(parts, boundary));
    },
  },
  'NUL bytes': {
    weight: 250,
    make: (context) => {
      const { random } = context;
      const boundary = boundaryOf(random);
      const parts = validParts(context);
      const index = requiredIndex(context, parts);
      const part = parts[index]!;
      const variant = random.int(3);
      if (variant === 0) {
        // NUL inside the field name: the required field is not there any more.
        part.headers[0] = part.headers[0]!.replace(/name="(.)/, 'name="$1\0');
      } else if (variant === 1 && !part.headers[0]!.includes('name="key"')) {
        const at = random.int(part.body.length + 1);
        part.body = Buffer.concat([
          part.body.subarray(0, at),
          Buffer.from([0]),
          part.body.subarray(at),
        ]);
      } else {
        part.headers[0] = `Content-Disposition: form-data\0; name="${random.pick(REQUIRED_FIELDS)}"`;
      }
      return post(context, multipartType(boundary), renderMultipart(parts, boundary));
    },
  },
  'enormous field name': {
    weight: 40,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const parts = validParts(context);
      const name = 'x'.repeat(8 * 1024 + 1 + context.random.int(40_000));
      parts.splice(parts.length - 1, 0, fieldPart(name, 'v'));
      return post(context, multipartType(boundary), renderMultipart(parts, boundary));
    },
  },
  'enormous field value': {
    weight: 6,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const parts = validParts(context);
      const value = 'v'.repeat(2 * 1024 * 1024 + 1 + context.random.int(1000));
      parts.splice(1, 0, fieldPart('x-oss-meta-big', value));
      return post(context, multipartType(boundary), renderMultipart(parts, boundary));
    },
  },
  'over 8 MB before the file': {
    weight: 2,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const parts = validParts(context);
      const value = 'v'.repeat(1900 * 1024);
      for (let i = 0; i < 5; i += 1) parts.splice(1, 0, fieldPart(`x-oss-meta-m${i}`, value));
      return post(context, multipartType(boundary), renderMultipart(parts, boundary));
    },
  },
  'duplicate file parts': {
    weight: 120,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const parts = validParts(context);
      const name = context.random.pick(['file', 'file', 'File', 'FILE']);
      parts.push(filePart(fileBytes(context.random), { name, filename: 'second.bin' }));
      return post(context, multipartType(boundary), renderMultipart(parts, boundary));
    },
  },
  'missing file part': {
    weight: 100,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const parts = validParts(context).slice(0, -1);
      if (context.random.chance(0.3)) {
        // The file's bytes as a plain field under another name: still no file.
        parts.push(fieldPart('content', fileBytes(context.random).toString('hex')));
      }
      return post(context, multipartType(boundary), renderMultipart(parts, boundary));
    },
  },
  'file first': {
    weight: 100,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const parts = validParts(context);
      parts.unshift(parts.pop()!);
      return post(context, multipartType(boundary), renderMultipart(parts, boundary));
    },
  },
  'random bytes as body': {
    weight: 100,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const body = context.random.chance(0.5)
        ? context.random.bytes(context.random.int(4096))
        : Buffer.concat([
            Buffer.from(`--${boundary}\r\n`),
            context.random.bytes(context.random.int(4096)),
          ]);
      return post(context, multipartType(boundary), body);
    },
  },
  'HTTP header garbage': {
    weight: 80,
    make: (context) => {
      const { random } = context;
      const boundary = boundaryOf(random);
      const { head, body } = post(
        context,
        multipartType(boundary),
        renderMultipart(validParts(context), boundary),
      );
      const bad = random.pick([
        'Bad Header: value',
        'X-Nul\0: value',
        'NoColonHere',
        `X-Control: a\u0001b`,
        `X-Huge: ${'h'.repeat(20 * 1024 + random.int(20_000))}`,
        'Content-Length: 12, 13',
      ]);
      return { head: head.replace('\r\n\r\n', `\r\n${bad}\r\n\r\n`), body };
    },
  },
  'broken chunked encoding': {
    weight: 40,
    make: (context) => {
      const boundary = boundaryOf(context.random);
      const body = renderMultipart(validParts(context), boundary);
      const at = context.random.int(body.length);
      const chunked = Buffer.concat([
        Buffer.from(`${at.toString(16)}\r\n`),
        body.subarray(0, at),
        Buffer.from(`\r\n${context.random.pick(['zz', '-1', 'fffffffffffffffff', ''])}\r\n`),
      ]);
      const head = requestHead(context.path, context.host, {
        'Content-Type': multipartType(boundary),
        'Transfer-Encoding': 'chunked',
      });
      return { head, body: chunked };
    },
  },
};

/** Slow senders: a truncated body dribbled out in small slices, and bodies that stop midway. */
function slowCases(context: Context): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; i < 4; i += 1) {
    const boundary = boundaryOf(context.random);
    const parts = context.signed.fields
      .slice(0, 3)
      .map((field) => fieldPart(field.name, field.value));
    const body = renderMultipart(parts, boundary, { closed: false });
    cases.push({
      kind: 'slow sender',
      request: post(context, multipartType(boundary), body.subarray(0, 600), {
        sliceBytes: 40,
        pauseMs: 80,
      }),
    });
  }
  for (let i = 0; i < 3; i += 1) {
    const boundary = boundaryOf(context.random);
    const body = renderMultipart(validParts(context), boundary);
    cases.push({
      kind: 'sender that stops midway',
      request: post(context, multipartType(boundary), body, {
        stopAfter: context.random.int(body.length - 1),
      }),
    });
  }
  return cases;
}

/** `count` seeded malformed requests (plus the slow senders), mixed by kind. */
export function generateMalformedRequests(
  random: Random,
  signed: SignedFields,
  target: { host: string; path: string },
  count: number,
): FuzzCase[] {
  const context: Context = { random, signed, ...target };
  const kinds = Object.entries(GENERATORS);
  const total = kinds.reduce((sum, [, generator]) => sum + generator.weight, 0);
  const cases: FuzzCase[] = [];
  for (const [kind, generator] of kinds) {
    const share = Math.max(1, Math.round((generator.weight / total) * count));
    for (let i = 0; i < share; i += 1) cases.push({ kind, request: generator.make(context) });
  }
  // Shuffle (seeded) so kinds interleave under concurrency.
  for (let i = cases.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [cases[i], cases[j]] = [cases[j]!, cases[i]!];
  }
  return [...slowCases(context), ...cases];
}
