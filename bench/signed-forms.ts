import { buildPostForm } from '../src/oss/index.ts';

/** What the bench needs to sign forms for a sandbox (from GET /__sandbox/info). */
export interface SandboxTarget {
  /** Path-style bucket URL, e.g. http://127.0.0.1:PORT/examplebucket */
  url: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  accessKeySecret: string;
}

/** Reads the sandbox's own description of itself. */
export async function readSandboxTarget(origin: string): Promise<SandboxTarget> {
  const response = await fetch(new URL('/__sandbox/info', origin));
  if (!response.ok) throw new Error(`/__sandbox/info answered ${response.status}`);
  const info = (await response.json()) as Omit<SandboxTarget, 'url'> & { endpoint: string };
  return { ...info, url: info.endpoint };
}

/**
 * The text fields of a V4 form (the core's buildPostForm) that accepts any key under `prefix`
 * and files up to `maxBytes`, in send order; the caller sets `key`.
 */
export async function signUploadFields(
  target: SandboxTarget,
  prefix: string,
  maxBytes: number,
): Promise<{ name: string; value: string }[]> {
  const form = await buildPostForm({
    target: { bucket: target.bucket, region: target.region, endpoint: target.url },
    credentials: { accessKeyId: target.accessKeyId, accessKeySecret: target.accessKeySecret },
    key: `${prefix}placeholder`,
    expiration: { secondsFromNow: 3600 },
    conditions: [
      ['starts-with', '$key', prefix],
      ['content-length-range', 0, maxBytes],
    ],
  });
  if (!form.signature)
    throw new Error('buildPostForm signed nothing: check the sandbox credentials');
  return form.fields.flatMap((entry) =>
    entry.kind === 'field' ? [{ name: entry.name, value: entry.value }] : [],
  );
}

/** The multipart bytes before and after the file for `fields` with `key` put in. */
export function multipartFrame(
  fields: { name: string; value: string }[],
  key: string,
  boundary = `----bench${Math.random().toString(16).slice(2)}`,
): { contentType: string; head: Buffer; tail: Buffer } {
  const parts = fields.map(
    (field) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${field.name}"\r\n\r\n${field.name === 'key' ? key : field.value}\r\n`,
  );
  const head = `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    head: Buffer.from(head),
    tail: Buffer.from(`\r\n--${boundary}--\r\n`),
  };
}
