// The `policy` field back to a document, with a precise, fixable Problem for each thing OSS would
// refuse (docs/oss-rules.md#policy-document). Used by the sandbox and OSS's verdict, and to import a policy a user pastes.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { decodeBase64 } from '../formats/base64.ts';
import { findJsonSyntaxError } from '../formats/json-syntax.ts';
import { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
import type { PolicyDocument } from './policy-types.ts';
import { validatePolicyValue } from './policy-validate.ts';
import { fail, type Result } from '../result.ts';
import { sayFrom } from '../texts.ts';
import { POLICY_TEXTS } from './texts-en.ts';

const say = sayFrom(POLICY_TEXTS);

function parseJson(text: string, fromBase64: boolean): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const where = findJsonSyntaxError(text);
    const base = { fromBase64: fromBase64 ? 1 : 0 };
    return fail({
      id: 'policy.json-syntax',
      ...(where
        ? say('json-syntax-at', {
            ...base,
            position: where.position,
            line: where.line,
            column: where.column,
            what: where.message,
            expected: String(where.text?.params.expected ?? ''),
            found: String(where.text?.params.found ?? ''),
          })
        : say('json-syntax', base)),
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
      ...say('not-text', { type: policyBase64 === null ? 'null' : typeof policyBase64 }),
      oss: { ...POLICY_OSS_ERRORS.invalidJson },
    });
  }
  const trimmed = policyBase64.trim();
  if (trimmed === '') {
    return fail({
      id: 'policy.blank',
      ...say('blank'),
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
      ...say('base64', {
        ...cause.text?.params,
        cause: cause.message,
        causeKey: cause.text?.id.replace(/^formats\./, '') ?? '',
      }),
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
      ...say('utf8'),
      path: 'policy',
      oss: { ...POLICY_OSS_ERRORS.invalidJson },
    });
  }
  const parsed = parseJson(text, true);
  return parsed.ok ? validatePolicyValue(parsed.value) : parsed;
}
