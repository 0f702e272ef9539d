import { decodeBase64, encodeBase64 } from '../formats/base64.ts';
import { fail, ok, type Result } from '../result.ts';
import { sayFrom } from '../texts.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';

const say = sayFrom(INTERCHANGE_TEXTS);

/**
 * The format version written in front of every share payload.
 *
 * @example
 * encodeShareState({ bucket: 'b' }).fragment.startsWith(`${SHARE_STATE_VERSION}.`) // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SHARE_STATE_VERSION = 1;

/**
 * Keys never shared, whatever the state's shape: secrets, tokens, passwords.
 *
 * @example
 * SECRET_KEY_PATTERN.test('accessKeySecret') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SECRET_KEY_PATTERN = /secret|token|password|passwd|passphrase|private[-_]?key/i;

/** A share payload and the paths of what was left out of it. */
export interface EncodedShareState {
  /** `1.<base64url of UTF-8 JSON>`, for the URL fragment (after `#`). */
  fragment: string;
  /** JSON paths of the members removed as secrets, e.g. `credentials.accessKeySecret`. */
  stripped: string[];
}

/**
 * The deepest nesting a share link may carry. Builder state nests four levels; a hand-made link
 * nested thousands deep would overflow the stack of any recursive reader.
 *
 * @example SHARE_STATE_MAX_DEPTH // 32
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SHARE_STATE_MAX_DEPTH = 32;

/**
 * The longest share fragment read, in characters: 2 MiB, the longest URL Chromium opens (a
 * builder state with every OSS limit filled is far smaller).
 *
 * @example SHARE_STATE_MAX_CHARS // 2097152
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SHARE_STATE_MAX_CHARS = 2 * 1024 * 1024;

/** How deep arrays and objects nest in JSON text, counted in one pass outside strings. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) deepest = Math.max(deepest, (depth += 1));
    else if (ch === 0x5d || ch === 0x7d) depth -= 1;
  }
  return deepest;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Copies a JSON value without secrets: object members named like a secret (`accessKeySecret`,
 * `securityToken`, `password` …) are removed, and so are `{ name, value }` entries whose name is
 * one (a form field list holding `x-oss-security-token`) and array conditions on such a field
 * (`["eq", "$x-oss-security-token", "…"]`). Functions and undefined are dropped.
 *
 * @example
 * const stripped: string[] = [];
 * stripSecrets({ a: 1, accessKeySecret: 's' }, '', stripped) // { a: 1 }; stripped: ['accessKeySecret']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function stripSecrets(value: unknown, path = '', stripped: string[] = []): Json | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) {
    const out: Json[] = [];
    value.forEach((item, i) => {
      const itemPath = `${path}[${i}]`;
      const named =
        item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string';
      // A policy condition pinning a secret field: ["eq", "$x-oss-security-token", "…"].
      const pinned =
        Array.isArray(item) &&
        typeof item[1] === 'string' &&
        /^\$/.test(item[1]) &&
        SECRET_KEY_PATTERN.test(item[1]);
      if (pinned || (named && SECRET_KEY_PATTERN.test((item as { name: string }).name))) {
        stripped.push(itemPath);
        return;
      }
      const copy = stripSecrets(item, itemPath, stripped);
      out.push(copy === undefined ? null : copy);
    });
    return out;
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, member] of Object.entries(value)) {
      const memberPath = path ? `${path}.${key}` : key;
      if (SECRET_KEY_PATTERN.test(key)) {
        stripped.push(memberPath);
        continue;
      }
      const copy = stripSecrets(member, memberPath, stripped);
      if (copy !== undefined) out[key] = copy;
    }
    return out;
  }
  return undefined;
}

function toBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Encodes page state for a share link's fragment: secrets removed (see {@link stripSecrets}),
 * compact JSON, UTF-8, Base64url without padding, prefixed with the format version. The
 * fragment never reaches a server, and the secret never enters it.
 *
 * @example
 * encodeShareState({ bucket: 'b', credentials: { accessKeyId: 'AK', accessKeySecret: 's' } })
 * // { fragment: '1.eyJidWNrZXQiOiJiIiwiY3JlZGVudGlhbHMiOnsiYWNjZXNzS2V5SWQiOiJBSyJ9fQ',
 * //   stripped: ['credentials.accessKeySecret'] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function encodeShareState(state: Record<string, unknown>): EncodedShareState {
  const stripped: string[] = [];
  const clean = stripSecrets(state, '', stripped) ?? {};
  const bytes = new TextEncoder().encode(JSON.stringify(clean));
  return { fragment: `${SHARE_STATE_VERSION}.${toBase64Url(bytes)}`, stripped };
}

/**
 * Reads a share fragment back (with or without the leading `#`). Never throws: a damaged,
 * truncated, too long, too deeply nested or future-version fragment comes back as a problem. Secrets are stripped again, so a
 * hand-made link cannot plant one.
 *
 * @example
 * decodeShareState('#1.eyJidWNrZXQiOiJiIn0') // { ok: true, value: { bucket: 'b' } }
 * decodeShareState('#2.abc').ok // false: made by a newer version
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function decodeShareState(fragment: string): Result<Record<string, unknown>> {
  const text = String(fragment ?? '')
    .replace(/^#/, '')
    .trim();
  if (text.length > SHARE_STATE_MAX_CHARS) {
    return fail({
      id: 'share.too-long',
      ...say('share-too-long', { length: text.length, max: SHARE_STATE_MAX_CHARS }),
    });
  }
  const match = /^(\d+)\.([A-Za-z0-9_-]*)$/.exec(text);
  if (!match) {
    return fail({
      id: 'share.format',
      ...say('share-format'),
    });
  }
  if (Number(match[1]) !== SHARE_STATE_VERSION) {
    return fail({
      id: 'share.version',
      ...say('share-version', { made: match[1], reads: SHARE_STATE_VERSION }),
    });
  }
  const b64 = match[2].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = decodeBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  if (!bytes.ok)
    return fail({
      id: 'share.damaged',
      ...say('share-not-base64url'),
    });
  let parsed: unknown;
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
    if (jsonDepth(json) > SHARE_STATE_MAX_DEPTH) {
      return fail({
        id: 'share.too-deep',
        ...say('share-too-deep', { depth: SHARE_STATE_MAX_DEPTH }),
      });
    }
    parsed = JSON.parse(json);
  } catch {
    return fail({
      id: 'share.damaged',
      ...say('share-not-json'),
    });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return fail({ id: 'share.shape', ...say('share-shape') });
  }
  return ok((stripSecrets(parsed) ?? {}) as Record<string, unknown>);
}
