import type { PostForm } from '../form/form-types.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import { commentLines, indentLines, signerHeader, SIGNER_ENV } from './signer-text.ts';
import { planSigner, type SignerSnippetOptions } from './signer-plan.ts';
import { pyComment, pyLiteral } from './escape-python.ts';
import {
  PYTHON_VARIABLES,
  pythonSigningHelpers,
  pythonSignature,
} from './python-signing-helpers.ts';

/** A Python literal (ASCII source): `True`/`None` where JSON says `true`/`null`. */
const py = (value: unknown): string => pyLiteral(value);

/**
 * A Python 3 script (standard library only) that signs the same policy and prints the same form
 * fields as `form`, reading `OSS_ACCESS_KEY_ID` / `OSS_ACCESS_KEY_SECRET` (and `OSS_SESSION_TOKEN`)
 * from the environment and taking the date and expiration when it runs. Output:
 * `{"url": …, "fields": {…}}` in send order; the caller appends the file last.
 *
 * @example
 * const source = renderPythonSignerSnippet(form);
 * // save as sign_post.py; OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… python3 sign_post.py
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function renderPythonSignerSnippet(form: PostForm, options?: SignerSnippetOptions): string {
  const plan = planSigner(form, options);
  const t = options?.texts ?? SNIPPETS_TEXTS;
  const conditions: string[] = [];
  for (const c of plan.conditions) {
    if (c.kind === 'static') {
      conditions.push(`conditions.append(${py(c.condition)})`);
      continue;
    }
    const value = PYTHON_VARIABLES[c.source];
    const entry =
      c.shape === 'eq' ? `["eq", ${py(`$${c.field}`)}, ${value}]` : `{${py(c.field)}: ${value}}`;
    conditions.push(
      c.source === 'securityToken'
        ? `if security_token:\n    conditions.append(${entry})`
        : `conditions.append(${entry})`,
    );
  }
  const fields: string[] = [];
  for (const f of plan.fields) {
    if (f.kind === 'static') {
      fields.push(`fields[${py(f.name)}] = ${py(f.value)}`);
      continue;
    }
    const line = `fields[${py(f.name)}] = ${PYTHON_VARIABLES[f.source]}`;
    fields.push(f.source === 'securityToken' ? `if security_token:\n    ${line}` : line);
  }
  const sign = pythonSignature(plan.version);
  const header = signerHeader(plan, 'python3 sign_post.py', options?.texts).map(pyComment);
  return `${commentLines(header, '#')}
import base64
import datetime
import hashlib
import hmac
import json
import os

POST_URL = ${py(plan.url)}
REGION = ${py(plan.region)}
EXPIRES_IN_SECONDS = ${plan.expiresInSeconds}


${pythonSigningHelpers(t, 'SystemExit')}


def sign_post_form(now=None):
    """${t['python-fields']()}"""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    access_key_id = require_env(${py(SIGNER_ENV.accessKeyId)})
    access_key_secret = require_env(${py(SIGNER_ENV.accessKeySecret)})
    security_token = os.environ.get(${py(SIGNER_ENV.securityToken)}, "")
    date = now.strftime("%Y%m%dT%H%M%SZ")
    credential = "%s/%s/%s/oss/aliyun_v4_request" % (access_key_id, date[:8], REGION)
    expires = now + datetime.timedelta(seconds=EXPIRES_IN_SECONDS)
    expiration = expires.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    conditions = []
${indentLines(
  conditions.flatMap((c) => c.split('\n')),
  4,
)}
    policy_json = json.dumps({"expiration": expiration, "conditions": conditions}, ensure_ascii=False, separators=(",", ":"))
    policy = base64.b64encode(policy_json.encode("utf-8")).decode("ascii")
    signature = ${sign}

    fields = {}
${indentLines(
  fields.flatMap((c) => c.split('\n')),
  4,
)}
    return {"url": POST_URL, "fields": fields}


if __name__ == "__main__":
    print(json.dumps(sign_post_form(), indent=2))
`;
}
