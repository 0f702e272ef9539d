import { encodeUtf8Base64 } from '../formats/base64.ts';
import { decodePolicy } from '../policy/policy-decode.ts';
import { fail, ok, type Result } from '../result.ts';
import { detectVersion, type ImportedForm } from './imported-form.ts';

/**
 * Reads a pasted policy — the Base64 `policy` field or the policy JSON — with the core's decoder.
 * The result carries the `policy` field exactly as it would be sent (for JSON, the Base64 of the
 * pasted bytes, so a signature over it stays valid) and the decoded document.
 *
 * @example
 * importPolicy('{"expiration":"2030-01-01T00:00:00.000Z","conditions":[{"bucket":"b"}]}')
 * // ok: { source: 'policy-json', version: 'v1', policy: { expiration: …, conditions: [{ bucket: 'b' }] },
 * //       fields: [{ name: 'policy', value: 'eyJleHBpcmF0aW9uIjo…' }], files: [], problems: [] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function importPolicy(text: string): Result<ImportedForm> {
  const trimmed = text.trim();
  const decoded = decodePolicy(trimmed);
  if (!decoded.ok) return fail(...decoded.issues);
  const isJson = trimmed.startsWith('{');
  const fields = [{ name: 'policy', value: isJson ? encodeUtf8Base64(trimmed) : trimmed }];
  return ok({
    source: isJson ? 'policy-json' : 'policy-base64',
    fields,
    files: [],
    policy: decoded.value,
    version: detectVersion([], decoded.value),
    problems: [],
  });
}
