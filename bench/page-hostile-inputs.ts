// The hostile inputs `page-hostile` feeds the built page: each as large as the page can be handed
// it (5 MB pasted or typed; a share link as long as Chromium takes a URL, 2 MB). Generated here so
// the bench and the e2e suite feed the same shapes.
import { encodeShareState } from '../src/oss/index.ts';
import { DEFAULT_VALUES } from '../src/app/form/defaults.ts';

/** 5 MB: the largest paste or typed value the issue asks the page to take without freezing. */
export const HOSTILE_BYTES = 5 * 1024 * 1024;

/** `text` repeated until it is `bytes` long (cut there). */
export function fillTo(text: string, bytes: number): string {
  return text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes);
}

/** A share fragment (`#1.…`) with `count` condition rows, each value `valueChars` long or short. */
export function shareLinkWithRows(count: number, valueChars = 0): string {
  const row = DEFAULT_VALUES.conditions[0];
  const conditions = Array.from({ length: count }, (_, i) => ({
    ...row,
    id: `r${i}`,
    value: valueChars > 0 ? fillTo(`p${i}/`, valueChars) : `p${i}/`,
  }));
  return `#${
    encodeShareState({
      ...DEFAULT_VALUES,
      target: { ...DEFAULT_VALUES.target, mode: 'sandbox' },
      credentials: { signatureVersion: 'v4', accessKeyId: 'LTAI5tVictim' },
      conditions,
    } as unknown as Record<string, unknown>).fragment
  }`;
}

/** A share fragment whose object key is `chars` long. */
export function shareLinkWithKey(chars: number): string {
  return `#${
    encodeShareState({
      ...DEFAULT_VALUES,
      target: { ...DEFAULT_VALUES.target, mode: 'sandbox' },
      credentials: { signatureVersion: 'v4', accessKeyId: 'LTAI5tVictim' },
      key: fillTo('k/${filename}', chars),
    } as unknown as Record<string, unknown>).fragment
  }`;
}

/** A curl command with `-F` fields until it is `bytes` long. */
export function curlWithFields(bytes: number): string {
  const head = `curl -F 'key=uploads/\${filename}' -F 'policy=eyJ9'`;
  const tail = ` -F file=@a.txt http://127.0.0.1:9/examplebucket`;
  const parts: string[] = [head];
  let length = head.length + tail.length;
  for (let i = 0; ; i += 1) {
    const part = ` -F 'x-oss-meta-a${i}=v${i}'`;
    if (length + part.length > bytes) break;
    parts.push(part);
    length += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** A curl command with `count` fields of `valueChars` each (every value as long as the page takes). */
export function curlWithLongFields(count: number, valueChars: number): string {
  const fields = Array.from(
    { length: count },
    (_, i) => ` -F 'x-oss-meta-a${i}=${fillTo(`v${i}-`, valueChars)}'`,
  );
  return `curl${fields.join('')} -F file=@a.txt http://127.0.0.1:9/examplebucket`;
}

/** A curl command whose one `-F` value is `bytes` long. */
export function curlWithLongValue(bytes: number): string {
  return `curl -F 'key=${fillTo('a', bytes - 80)}' -F file=@a.txt http://127.0.0.1:9/examplebucket`;
}

/** An HTML form with `<input type=hidden>` fields until it is `bytes` long. */
export function htmlFormWithFields(bytes: number): string {
  const head =
    '<form method="post" enctype="multipart/form-data" action="http://127.0.0.1:9/examplebucket">';
  const tail = '<input type="file" name="file"></form>';
  const parts: string[] = [head];
  let length = head.length + tail.length;
  for (let i = 0; ; i += 1) {
    const part = `<input type="hidden" name="x-oss-meta-a${i}" value="v${i}">`;
    if (length + part.length > bytes) break;
    parts.push(part);
    length += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** A policy document with conditions until its JSON is `bytes` long. */
export function policyWithConditions(bytes: number): string {
  const conditions: unknown[] = [];
  let length = 70;
  for (let i = 0; ; i += 1) {
    const condition = ['starts-with', '$key', `p${i}/`];
    const size = JSON.stringify(condition).length + 1;
    if (length + size > bytes) break;
    conditions.push(condition);
    length += size;
  }
  return JSON.stringify({ expiration: '2030-01-01T00:00:00.000Z', conditions });
}

/** A signing server's answer (Alibaba's V1 app-server shape) whose `fields` member fills `bytes`. */
export function signingServerAnswer(bytes: number): string {
  const answer: Record<string, unknown> = {
    accessid: 'LTAI5tBench',
    host: 'http://127.0.0.1:9/examplebucket',
    policy: Buffer.from('{"expiration":"2030-01-01T00:00:00.000Z","conditions":[]}').toString(
      'base64',
    ),
    signature: 'c2lnbmF0dXJl',
    expire: 1900000000,
    dir: 'user-dir/',
  };
  const fields: Record<string, string> = {};
  let length = JSON.stringify(answer).length + 12;
  for (let i = 0; ; i += 1) {
    const name = `x-oss-meta-a${i}`;
    const size = name.length + `v${i}`.length + 6;
    if (length + size > bytes) break;
    fields[name] = `v${i}`;
    length += size;
  }
  return JSON.stringify({ ...answer, fields });
}
