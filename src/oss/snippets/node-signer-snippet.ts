import type { PostForm } from '../form/form-types.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import { commentLines, indentLines, signerHeader, SIGNER_ENV } from './signer-text.ts';
import { planSigner, type SignerSnippetOptions } from './signer-plan.ts';
import { jsComment, jsLiteral, jsString } from './escape-javascript.ts';
import { nodeSigningHelpers, nodeSignature } from './node-signing-helpers.ts';

// The script names its run-time variables after the plan's DynamicValue, so `source` is the name.

const js = (value: unknown): string => jsLiteral(value);

/**
 * A Node script (ES module, `node:crypto` only) that signs the same policy and prints the same
 * form fields as `form`, with the AccessKey read from `OSS_ACCESS_KEY_ID` /
 * `OSS_ACCESS_KEY_SECRET` (and `OSS_SESSION_TOKEN` for STS) and the date and expiration taken when
 * it runs. Output: `{"url": …, "fields": {…}}` in send order; the caller appends the file last.
 * The secret and the token never appear in the text.
 *
 * @example
 * const source = renderNodeSignerSnippet(form);
 * // save as sign-post.mjs; OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… node sign-post.mjs
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function renderNodeSignerSnippet(form: PostForm, options?: SignerSnippetOptions): string {
  const plan = planSigner(form, options);
  const t = options?.texts ?? SNIPPETS_TEXTS;
  const conditions: string[] = [];
  for (const c of plan.conditions) {
    if (c.kind === 'static') {
      conditions.push(`conditions.push(${js(c.condition)});`);
      continue;
    }
    const value = c.source;
    const entry =
      c.shape === 'eq' ? `['eq', ${js(`$${c.field}`)}, ${value}]` : `{ ${js(c.field)}: ${value} }`;
    const line = `conditions.push(${entry});`;
    conditions.push(c.source === 'securityToken' ? `if (securityToken) ${line}` : line);
  }
  const fields: string[] = [];
  for (const f of plan.fields) {
    if (f.kind === 'static') {
      fields.push(`fields[${jsString(f.name)}] = ${jsString(f.value)};`);
      continue;
    }
    const line = `fields[${jsString(f.name)}] = ${f.source};`;
    fields.push(f.source === 'securityToken' ? `if (securityToken) ${line}` : line);
  }
  // `fields` has no prototype (Object.create(null)): a field named __proto__ is a field like any other.
  const sign = nodeSignature(plan.version);
  const header = signerHeader(plan, 'node sign-post.mjs', options?.texts).map(jsComment);
  return `${commentLines(header, '//')}
import { createHmac } from 'node:crypto';

const POST_URL = ${js(plan.url)};
const REGION = ${js(plan.region)};
const EXPIRES_IN_SECONDS = ${plan.expiresInSeconds};

${nodeSigningHelpers(t)}

/** ${t['signer-fields']()} */
export function signPostForm(now = new Date()) {
  const accessKeyId = requireEnv(${js(SIGNER_ENV.accessKeyId)});
  const accessKeySecret = requireEnv(${js(SIGNER_ENV.accessKeySecret)});
  const securityToken = process.env[${js(SIGNER_ENV.securityToken)}] ?? '';
  const date = now.toISOString().replace(/[-:]/g, '').replace(/\\.\\d{3}/, ''); // YYYYMMDDTHHMMSSZ
  const credential = \`\${accessKeyId}/\${date.slice(0, 8)}/\${REGION}/oss/aliyun_v4_request\`;
  const expiration = new Date(now.getTime() + EXPIRES_IN_SECONDS * 1000).toISOString();

  const conditions = [];
${indentLines(conditions, 2)}
  const policyJson = JSON.stringify({ expiration, conditions });
  const policy = Buffer.from(policyJson, 'utf8').toString('base64');
  const signature = ${sign};

  const fields = Object.create(null);
${indentLines(fields, 2)}
  return { url: POST_URL, fields };
}

console.log(JSON.stringify(signPostForm(), null, 2));
`;
}
