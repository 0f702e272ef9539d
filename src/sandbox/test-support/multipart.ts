// Hand-built multipart/form-data bodies, so tests can send what browsers never would (a key after
// the file, two files, a broken boundary) and post them to the real sandbox.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';

export type FormPart =
  | { name: string; value: string }
  | { name: string; filename: string; data: Buffer | string; contentType?: string };

export interface MultipartBody {
  body: Buffer;
  contentType: string;
  boundary: string;
}

/** Encodes the parts in the given order. */
export function buildMultipart(
  parts: readonly FormPart[],
  boundary = `----sandbox${randomBytes(8).toString('hex')}`,
): MultipartBody {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('filename' in part) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
            `Content-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data),
        Buffer.from('\r\n'),
      );
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
        ),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
    boundary,
  };
}

export interface PostAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** <Code>, <Message>, <EC> of an OSS error body. */
  code?: string;
  message?: string;
  ec?: string;
}

function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return match?.[1]
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * POSTs parts (or a prepared body) to the bucket URL. A URL on `BUCKET.localhost` is sent to
 * 127.0.0.1 with that Host header (Node does not resolve *.localhost; browsers and curl do).
 */
export async function postForm(
  url: string,
  form: readonly FormPart[] | MultipartBody,
  headers: Record<string, string> = {},
): Promise<PostAnswer> {
  const body = Array.isArray(form) ? buildMultipart(form) : (form as MultipartBody);
  return sendRaw(url, 'POST', body.body, { 'Content-Type': body.contentType, ...headers });
}

/** One HTTP request with node:http (any Host header), read as an OSS answer. */
export function sendRaw(
  url: string,
  method: string,
  body: Buffer | undefined,
  headers: Record<string, string> = {},
): Promise<PostAnswer> {
  const target = new URL(url);
  const virtual = target.hostname.endsWith('.localhost');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: virtual ? '127.0.0.1' : target.hostname,
        port: target.port,
        // The path as written: URL parsing would resolve `..` segments, and tests send them on purpose.
        path: url.slice(target.origin.length) || '/',
        method,
        headers: {
          Host: target.host,
          ...(body ? { 'Content-Length': String(body.length) } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: responseHeaders,
            text,
            code: element(text, 'Code'),
            message: element(text, 'Message'),
            ec: element(text, 'EC'),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
