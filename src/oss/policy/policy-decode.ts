// The `policy` field back to a document, with a precise, fixable Problem for each thing OSS would
// refuse (docs/oss-rules.md#policy-document). Used by the sandbox and OSS's verdict, and to import a policy a user pastes.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { decodeBase64 } from '../formats/base64.ts';
import { findJsonSyntaxError } from '../formats/json-syntax.ts';
import { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
import type { PolicyDocument } from './policy-types.ts';
import { validatePolicyValue } from './policy-validate.ts';
import { fail, type Result } from '../result.ts';

function parseJson(text: string, fromBase64: boolean): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const where = findJsonSyntaxError(text);
    const origin = fromBase64
      ? 'The policy decodes to text that is not valid JSON'
      : 'The policy is not valid JSON';
    return fail({
      id: 'policy.json-syntax',
      message: where
        ? `${origin}: at character ${where.position} (line ${where.line}, column ${where.column}) ${where.message}. Check quotes, commas and brackets; escape '"' and '\\' inside strings.`
        : `${origin}. Check quotes, commas and brackets.`,
      ...(where ? { position: where.position } : {}),
      oss: { ...POLICY_OSS_ERRORS.invalidJson },
    });
  }
}

/**
 * Reads a `policy` value — the Base64 that is sent, or the raw JSON text — into a
 * `PolicyDocument`. Never throws: every problem comes back as an issue naming the OSS error it
 * causes (`oss: { code, message, ec }`), where it is (`path`, or `position` for JSON syntax) and
 * how to fix it. All shape problems are reported together.
 *
 * @example
 * decodePolicy('eyJleHBpcmF0aW9uIjoiMjAzMC0wMS0wMVQwMDowMDowMFoiLCJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJiIn1dfQ==')
 * // { ok: true, value: { expiration: '2030-01-01T00:00:00Z', conditions: [{ bucket: 'b' }] } }
 * decodePolicy('{"conditions":[["in","$content-type","image/png"]]}').issues
 * // [{ id: 'policy.expiration.missing', … ec '0006-00000208' },
 * //  { id: 'policy.condition.list-not-array', path: 'conditions[0][2]', … ec '0006-00000224' }]
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function decodePolicy(policyBase64: string): Result<PolicyDocument> {
  if (typeof policyBase64 !== 'string') {
    return fail({
      id: 'policy.not-text',
      message: `The policy must be text (Base64 or JSON), not ${policyBase64 === null ? 'null' : typeof policyBase64}.`,
      oss: { ...POLICY_OSS_ERRORS.invalidJson },
    });
  }
  const trimmed = policyBase64.trim();
  if (trimmed === '') {
    return fail({
      id: 'policy.blank',
      message:
        'The policy is empty. Send the Base64 of the UTF-8 policy JSON in the "policy" field, the same text that was signed.',
      path: 'policy',
      oss: { ...POLICY_OSS_ERRORS.blank },
    });
  }
  // Base64 never contains '{' or '[', so a leading one means raw JSON text.
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJson(policyBase64, false);
    return parsed.ok ? validatePolicyValue(parsed.value) : parsed;
  }
  const bytes = decodeBase64(policyBase64);
  if (!bytes.ok) {
    const cause = bytes.issues[0];
    return fail({
      id: 'policy.base64',
      message: `The policy is neither JSON nor valid Base64. ${cause.message} The "policy" field carries Base64 of the UTF-8 JSON text, exactly as signed.`,
      path: 'policy',
      ...(cause.position === undefined ? {} : { position: cause.position }),
      oss: { ...POLICY_OSS_ERRORS.invalidJson },
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.value);
  } catch {
    return fail({
      id: 'policy.utf8',
      message:
        'The Base64 decodes to bytes that are not UTF-8 text. Encode the policy JSON as UTF-8 (TextEncoder) before Base64, never btoa on the string.',
      path: 'policy',
      oss: { ...POLICY_OSS_ERRORS.invalidJson },
    });
  }
  const parsed = parseJson(text, true);
  return parsed.ok ? validatePolicyValue(parsed.value) : parsed;
}
