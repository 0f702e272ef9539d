import { once } from 'node:events';
import { Agent, request } from 'node:http';

/** A multipart body described as bytes before the file, the file's size, and bytes after it. */
export interface StreamedBody {
  contentType: string;
  head: Buffer;
  fileBytes: number;
  tail: Buffer;
}

/** One answer: status, a few headers, the body text, and how long the whole exchange took. */
export interface PostAnswer {
  status: number;
  etag?: string;
  body: string;
  ms: number;
}

/**
 * POSTs `body` with a plain node:http client, writing the file part as repeats of `block` with
 * backpressure (nothing is held in memory beyond one block).
 */
export async function postStreamed(
  url: string,
  body: StreamedBody,
  block: Buffer,
): Promise<PostAnswer> {
  const began = performance.now();
  const length = body.head.length + body.fileBytes + body.tail.length;
  const req = request(url, {
    method: 'POST',
    headers: { 'Content-Type': body.contentType, 'Content-Length': length },
    agent: false,
  });
  const answer = new Promise<PostAnswer>((resolve, reject) => {
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          etag: response.headers.etag,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - began,
        }),
      );
    });
    req.on('error', reject);
  });
  req.write(body.head);
  for (let left = body.fileBytes; left > 0; left -= block.length) {
    const piece = left >= block.length ? block : block.subarray(0, left);
    if (!req.write(piece)) await once(req, 'drain');
  }
  req.end(body.tail);
  return answer;
}

/**
 * Runs `clients` loops that each POST the next of `bodies` (1 KB forms) over keep-alive
 * connections until `durationMs` has passed; counts answers with status `expect`.
 */
export async function postForDuration(
  url: string,
  bodies: { contentType: string; bytes: Buffer }[],
  options: { clients: number; durationMs: number; expect: number },
): Promise<{ ok: number; other: number; ms: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const began = performance.now();
  const until = began + options.durationMs;
  let next = 0;
  let ok = 0;
  let other = 0;
  const postOne = (body: { contentType: string; bytes: Buffer }) =>
    new Promise<number>((resolve) => {
      const req = request(url, {
        method: 'POST',
        agent,
        headers: { 'Content-Type': body.contentType, 'Content-Length': body.bytes.length },
      });
      req.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end(body.bytes);
    });
  const client = async () => {
    while (performance.now() < until) {
      const body = bodies[next % bodies.length]!;
      next += 1;
      if ((await postOne(body)) === options.expect) ok += 1;
      else other += 1;
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const ms = performance.now() - began;
  agent.destroy();
  return { ok, other, ms };
}
