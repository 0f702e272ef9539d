// OSS's upload callback: POST the callbackBody (OSS variables substituted) to each callbackUrl in
// turn until one answers, 5 s each, and hand back its JSON answer.
// https://help.aliyun.com/en/oss/developer-reference/callback
import type { Accepted } from '../oss/index.ts';

export const CALLBACK_TIMEOUT_MS = 5000;
const MAX_ANSWER_BYTES = 3 * 1024 * 1024;

export interface CallbackFacts {
  bucket: string;
  object: string;
  etag: string;
  size: number;
  mimeType: string;
}

export type CallbackOutcome =
  { ok: true; body: string; contentType: string } | { ok: false; message: string };

/** The callbackBody with ${bucket}, ${object}, ${etag}, ${size}, ${mimeType}, ${x:var} filled in. */
function substituteCallbackBody(
  template: string,
  facts: CallbackFacts,
  vars: Record<string, string>,
  bodyType: string,
): string {
  const json = bodyType.toLowerCase().startsWith('application/json');
  const values: Record<string, string> = {
    bucket: facts.bucket,
    object: facts.object,
    etag: facts.etag,
    size: String(facts.size),
    mimeType: facts.mimeType,
    'imageInfo.height': '',
    'imageInfo.width': '',
    'imageInfo.format': '',
  };
  for (const [name, value] of Object.entries(vars)) values[name.toLowerCase()] = value;
  return template.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    const value = values[name] ?? values[name.toLowerCase()];
    if (value === undefined) return whole.startsWith('${x:') ? '' : whole;
    if (json) return JSON.stringify(value).slice(1, -1);
    return encodeURIComponent(value);
  });
}

/** Calls the callback URLs in order; the first JSON answer with a 2xx status wins. */
export async function runCallback(
  callback: NonNullable<Accepted['callback']>,
  facts: CallbackFacts,
): Promise<CallbackOutcome> {
  const body = substituteCallbackBody(callback.body, facts, callback.vars, callback.bodyType);
  let message = 'Error status : -1.';
  for (const url of callback.urls) {
    try {
      // callbackHost is not sent as Host: Node's fetch derives Host from the URL.
      const headers: Record<string, string> = { 'Content-Type': callback.bodyType };
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.status < 200 || response.status > 299) {
        message = `Error status : ${response.status}.`;
        continue;
      }
      if (Buffer.byteLength(text) > MAX_ANSWER_BYTES) {
        message = 'Response body is too large.';
        continue;
      }
      try {
        JSON.parse(text);
      } catch {
        message = 'Response body is not valid json format.';
        continue;
      }
      return { ok: true, body: text, contentType: 'application/json' };
    } catch (error) {
      message =
        error instanceof Error && error.name === 'TimeoutError'
          ? 'Error status : -1 8.'
          : 'Error status : -1.';
    }
  }
  return { ok: false, message };
}
