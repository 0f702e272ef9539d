// A probe target whose form comes from a signing server, as the page's import reads it: the
// server's own policy and signature are sent unchanged; each probe changes only unsigned fields.
import {
  importSigningServerAnswer,
  parseOssError,
  AUTH_FIELD_NAMES,
  type ImportedForm,
  type ProbeAnswer,
  type ProbeTarget,
} from '../../oss/index.ts';
import { PROBE_POST_MAX_BYTES } from './http-target.ts';

const AUTH = new Set(AUTH_FIELD_NAMES.map((name) => name.toLowerCase()));

/** The server's answer read as a form, or one sentence saying what is wrong with it. */
export async function fetchSigningServerForm(
  url: string,
): Promise<{ ok: true; form: ImportedForm } | { ok: false; message: string }> {
  let text: string;
  let type: string;
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    text = await response.text();
    type = response.headers.get('content-type') ?? '';
    if (!response.ok) {
      return {
        ok: false,
        message: `The signing server ${url} answered HTTP ${response.status}: fix the server, then probe again.`,
      };
    }
  } catch (error) {
    return {
      ok: false,
      message: `The signing server ${url} could not be reached (${String((error as Error).cause ?? error)}): check the URL and that it is running.`,
    };
  }
  if (/html/i.test(type) || /^\s*</.test(text)) {
    return {
      ok: false,
      message: `The signing server ${url} answered HTML, not the JSON of a signed form: point --signing-server at the endpoint that signs.`,
    };
  }
  const imported = importSigningServerAnswer(text);
  if (!imported.ok) return { ok: false, message: imported.issues.map((i) => i.message).join(' ') };
  if (!imported.value.policy) {
    return {
      ok: false,
      message: `The signing server ${url} answered no policy that decodes: it must send the signed "policy" field.`,
    };
  }
  if (!imported.value.url) {
    return {
      ok: false,
      message: `The signing server ${url} does not say where to post (its "host" or "url"): add --endpoint URL.`,
    };
  }
  return { ok: true, form: imported.value };
}

/** Posts the server's form with each probe's fields (the server's policy, key and signature). */
export function createSigningServerTarget(
  form: ImportedForm,
  bucket: string,
  endpoint: string,
): ProbeTarget {
  const stored = new Set<string>();
  const auth = form.fields.filter((f) => AUTH.has(f.name.toLowerCase()));
  return {
    kind: 'signing-server',
    bucket,
    maxPostBytes: PROBE_POST_MAX_BYTES,
    post: async (upload) => {
      const body = new FormData();
      const named = upload.fields.find((f) => f.name === 'key');
      if (named) body.append('key', named.value);
      for (const field of auth) body.append(field.name, field.value);
      for (const field of upload.fields)
        if (field.name !== 'key') body.append(field.name, field.value);
      body.append(
        'file',
        new Blob([new Uint8Array(upload.file.size).fill(0x61)], { type: upload.file.contentType }),
        upload.file.filename,
      );
      try {
        const response = await fetch(endpoint, { method: 'POST', body, redirect: 'manual' });
        const text = await response.text();
        const error =
          response.status >= 300 && response.status !== 303 ? parseOssError(text) : null;
        const answer: ProbeAnswer = { status: response.status };
        if (error)
          Object.assign(answer, {
            code: error.code,
            message: error.message,
            ...(error.ec ? { ec: error.ec } : {}),
          });
        else if (named && response.status < 400) {
          answer.key = named.value;
          stored.add(named.value);
        }
        return answer;
      } catch (error) {
        return { status: 0, message: String((error as Error).cause ?? error) };
      }
    },
    stored: () => [...stored].sort(),
  };
}
