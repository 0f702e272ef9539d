import type { PostForm } from '../form/form-types.ts';
import { jsKey, jsLiteral as js } from './escape-javascript.ts';
import { planServer, type ServerCondition, type ServerSnippetOptions } from './server-plan.ts';
import { SERVER_DEFAULT_PORT, SERVER_ENV, SERVER_PATHS, serverHeader } from './server-text.ts';
import { commentLines, indentLines, SIGNER_ENV } from './signer-text.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import { nodeSigningHelpers, nodeSignature } from './node-signing-helpers.ts';

// The program names its run-time variables after the plan's DynamicValue, so `source` is the name.

function condition(c: ServerCondition): string {
  if (c.kind === 'static') return `conditions.push(${js(c.condition)});`;
  if (c.kind === 'bucket') return 'conditions.push({ bucket: BUCKET });';
  if (c.kind === 'key-prefix') return `conditions.push(['starts-with', '$key', dir]);`;
  const entry =
    c.shape === 'eq'
      ? `['eq', ${js(`$${c.field}`)}, ${c.source}]`
      : `{ ${jsKey(c.field)}: ${c.source} }`;
  const line = `conditions.push(${entry});`;
  return c.source === 'securityToken' ? `if (securityToken) ${line}` : line;
}

/**
 * A signing server for Node.js 18+ (`node:http` and `node:crypto` only, `node server.mjs`): GET
 * /oss/post-policy answers a fresh policy for the builder's form in Alibaba's app-server JSON
 * (plus `fields`), with a per-user key prefix; POST /oss/callback verifies OSS's signed callback.
 * Credentials come from `OSS_ACCESS_KEY_ID` / `OSS_ACCESS_KEY_SECRET` (and `OSS_SESSION_TOKEN`).
 * Without `pageOrigin` (the page passes `window.location.origin`) the CORS allow-list in the code
 * is empty and only `OSS_CORS_ORIGINS` opens it to other origins (see ServerSnippetOptions).
 *
 * @example
 * const source = renderNodeServerSnippet(form, { pageOrigin: 'https://example.com' });
 * // OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… node server.mjs
 * @see https://www.alibabacloud.com/help/doc-detail/31926.html
 */
export function renderNodeServerSnippet(form: PostForm, options?: ServerSnippetOptions): string {
  const plan = planServer(form, options);
  const t = options?.texts ?? SNIPPETS_TEXTS;
  const members = plan.members.map((m) => {
    const line = `answer[${js(m.member)}] = ${m.kind === 'static' ? js(m.value) : m.source};`;
    return m.kind === 'dynamic' && m.source === 'securityToken'
      ? `if (securityToken) ${line}`
      : line;
  });
  const fields = plan.fields.map((f) => `${jsKey(f.name)}: ${js(f.value)},`);
  const sign = nodeSignature(plan.version);
  return `${commentLines(serverHeader(plan, 'node server.mjs', options?.texts), '//')}
import { createHmac, createVerify, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

function listEnv(name, fallback) {
  const value = process.env[name];
  return value ? value.split(',').map((item) => item.trim()).filter(Boolean) : fallback;
}

const PORT = Number(process.env[${js(SERVER_ENV.port)}] ?? ${SERVER_DEFAULT_PORT});
const POST_URL = process.env[${js(SERVER_ENV.host)}] || ${js(plan.url)};
const BUCKET = process.env[${js(SERVER_ENV.bucket)}] || ${js(plan.bucket)};
const REGION = process.env[${js(SERVER_ENV.region)}] || ${js(plan.region)};
const KEY_PREFIX = ${js(plan.keyPrefix)};
const EXPIRES_IN_SECONDS = ${plan.expiresInSeconds};
// ${t['server-cors']()}
const CORS_ORIGINS = listEnv(${js(SERVER_ENV.corsOrigins)}, ${js(plan.corsOrigins)});
const KEY_HOSTS = [...${js(plan.keyHosts)}, ...listEnv(${js(SERVER_ENV.keyHosts)}, [])];
const MAX_CALLBACK_BYTES = 1024 * 1024;

${nodeSigningHelpers(t)}

// ${t['server-user-prefix']()}
function userPrefix(_req) {
  return \`\${KEY_PREFIX}\${randomBytes(8).toString('hex')}/\`;
}

function signPolicy(req) {
  const accessKeyId = requireEnv(${js(SIGNER_ENV.accessKeyId)});
  const accessKeySecret = requireEnv(${js(SIGNER_ENV.accessKeySecret)});
  const securityToken = process.env[${js(SIGNER_ENV.securityToken)}] ?? '';
  const now = new Date();
  const date = now.toISOString().replace(/[-:]/g, '').replace(/\\.\\d{3}/, ''); // YYYYMMDDTHHMMSSZ
  const credential = \`\${accessKeyId}/\${date.slice(0, 8)}/\${REGION}/oss/aliyun_v4_request\`;
  const expiration = new Date(now.getTime() + EXPIRES_IN_SECONDS * 1000).toISOString();
  const dir = userPrefix(req);

  const conditions = [];
${indentLines(plan.conditions.map(condition), 2)}
  const policy = Buffer.from(JSON.stringify({ expiration, conditions }), 'utf8').toString('base64');
  const signature = ${sign};

  const answer = { host: POST_URL };
${indentLines(members, 2)}
  answer.dir = dir;
  answer.fields = {
${indentLines(fields, 4)}
  };
  return answer;
}

// ${t['server-callback']()}
const publicKeys = new Map();
async function publicKeyAt(keyUrl) {
  let url;
  try {
    url = new URL(keyUrl);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol) || !KEY_HOSTS.includes(url.host)) return null;
  if (!publicKeys.has(url.href)) {
    const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5000) });
    if (!response.ok) return null;
    publicKeys.set(url.href, await response.text());
  }
  return publicKeys.get(url.href);
}

async function callbackProblem(req, body) {
  const authorization = req.headers['authorization'];
  const keyUrl = req.headers['x-oss-pub-key-url'];
  if (typeof authorization !== 'string' || typeof keyUrl !== 'string') {
    return 'The callback is not signed (no Authorization or x-oss-pub-key-url).';
  }
  const pem = await publicKeyAt(Buffer.from(keyUrl, 'base64').toString('utf8'));
  if (!pem) return 'x-oss-pub-key-url does not name a trusted host.';
  const at = req.url.indexOf('?');
  let path;
  try {
    path = decodeURIComponent(at < 0 ? req.url : req.url.slice(0, at));
  } catch {
    return 'The callback signature does not verify.';
  }
  const query = at < 0 ? '' : req.url.slice(at);
  const signed = Buffer.concat([Buffer.from(\`\${path}\${query}\\n\`, 'utf8'), body]);
  const verified = createVerify('RSA-MD5')
    .update(signed)
    .verify(pem, Buffer.from(authorization, 'base64'));
  return verified ? null : 'The callback signature does not verify.';
}

async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function corsHeaders(origin) {
  const allowed = origin && (CORS_ORIGINS.includes(origin) || CORS_ORIGINS.includes('*'));
  return allowed
    ? {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        Vary: 'Origin',
      }
    : { Vary: 'Origin' };
}

// ${t['server-errors']()}
function send(res, status, value, headers) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

const server = createServer(async (req, res) => {
  const cors = corsHeaders(req.headers.origin);
  try {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
    } else if (path === ${js(SERVER_PATHS.policy)}) {
      if (req.method !== 'GET') return send(res, 405, { error: 'Use GET.' }, cors);
      send(res, 200, signPolicy(req), cors);
    } else if (path === ${js(SERVER_PATHS.callback)}) {
      if (req.method !== 'POST') return send(res, 405, { error: 'Use POST.' }, cors);
      const body = await readBody(req, MAX_CALLBACK_BYTES);
      if (!body) return send(res, 413, { error: 'The callback body is too large.' }, cors);
      const problem = await callbackProblem(req, body);
      if (problem) return send(res, 403, { error: problem }, cors);
      // ${t['server-callback-answer']()}
      send(res, 200, { Status: 'OK' }, cors);
    } else {
      send(res, 404, { error: \`No route \${req.method} \${path}; try GET ${SERVER_PATHS.policy}.\` }, cors);
    }
  } catch (error) {
    console.error(error);
    if (!res.headersSent) send(res, 500, { error: 'The signing server failed; see its log.' }, cors);
  }
});

requireEnv(${js(SIGNER_ENV.accessKeyId)});
requireEnv(${js(SIGNER_ENV.accessKeySecret)});
server.listen(PORT, () => console.log(\`Signing server listening on port \${server.address().port}\`));
`;
}
