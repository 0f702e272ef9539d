import { connect } from 'node:net';

/** What came back on the socket; `error` names why nothing (or nothing whole) came back. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  error?: string;
  ms: number;
}

/** A request as bytes on the wire, optionally sent in slices with pauses (a slow sender). */
export interface RawRequest {
  head: string;
  body?: Buffer;
  /** Send the body in slices of this many bytes … */
  sliceBytes?: number;
  /** … waiting this long between them. */
  pauseMs?: number;
  /** Stop sending after this many body bytes (and keep the connection open). */
  stopAfter?: number;
}

/** `POST path HTTP/1.1` with Host, Content-Length (unless given) and Connection: close. */
export function requestHead(
  path: string,
  host: string,
  headers: Record<string, string | number>,
): string {
  const lines = [`POST ${path} HTTP/1.1`, `Host: ${host}`, 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

function parseResponse(bytes: Buffer): Omit<RawResponse, 'ms'> | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = headers['content-length'];
  const body = bytes.subarray(end + 4);
  if (length !== undefined && body.length < Number(length)) return undefined;
  return {
    status,
    headers,
    body: body.subarray(0, length === undefined ? body.length : Number(length)).toString('utf8'),
  };
}

/**
 * Sends raw bytes to `port` on 127.0.0.1 and reads one response. Never rejects: a reset, a
 * close without an answer or no answer within `timeoutMs` comes back as `error`.
 */
export function sendRaw(
  port: number,
  request: RawRequest,
  timeoutMs = 15_000,
): Promise<RawResponse> {
  const began = performance.now();
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const received: Buffer[] = [];
    let done = false;
    const finish = (error?: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const parsed = parseResponse(Buffer.concat(received));
      resolve({
        ...(parsed ?? { status: 0, headers: {}, body: '' }),
        ...(parsed ? {} : { error: error ?? 'the connection closed without a whole response' }),
        ms: performance.now() - began,
      });
    };
    const timer = setTimeout(() => finish(`no answer within ${timeoutMs} ms`), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      if (parseResponse(Buffer.concat(received))) finish();
    });
    socket.on('error', (error) => finish(error.message));
    socket.on('close', () => finish());
    socket.on('connect', () => {
      void writeSlowly(socket, request).catch(() => undefined);
    });
  });
}

async function writeSlowly(socket: ReturnType<typeof connect>, request: RawRequest): Promise<void> {
  socket.write(request.head, 'latin1');
  const body = request.body ?? Buffer.alloc(0);
  const limit = Math.min(body.length, request.stopAfter ?? body.length);
  const slice = request.sliceBytes ?? limit;
  for (let offset = 0; offset < limit && !socket.destroyed; offset += slice) {
    socket.write(body.subarray(offset, Math.min(limit, offset + slice)));
    if (request.pauseMs) await new Promise((resolve) => setTimeout(resolve, request.pauseMs));
  }
}
