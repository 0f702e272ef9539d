import type { PostForm } from '../form/form-types.ts';
import { pyLiteral as py } from './escape-python.ts';
import { planServer, type ServerCondition, type ServerSnippetOptions } from './server-plan.ts';
import { SERVER_DEFAULT_PORT, SERVER_ENV, SERVER_PATHS, serverHeader } from './server-text.ts';
import { commentLines, indentLines, SIGNER_ENV } from './signer-text.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import {
  PYTHON_VARIABLES,
  pythonSigningHelpers,
  pythonSignature,
} from './python-signing-helpers.ts';

function condition(c: ServerCondition): string {
  if (c.kind === 'static') return `conditions.append(${py(c.condition)})`;
  if (c.kind === 'bucket') return 'conditions.append({"bucket": BUCKET})';
  if (c.kind === 'key-prefix') return 'conditions.append(["starts-with", "$key", key_dir])';
  const value = PYTHON_VARIABLES[c.source];
  const entry =
    c.shape === 'eq' ? `["eq", ${py(`$${c.field}`)}, ${value}]` : `{${py(c.field)}: ${value}}`;
  return c.source === 'securityToken'
    ? `if security_token:\n    conditions.append(${entry})`
    : `conditions.append(${entry})`;
}

/**
 * A signing server for Python 3.8+ (standard library only: `http.server`, `hmac`, and RSA-MD5
 * callback verification written out with `pow`): GET /oss/post-policy answers a fresh policy for
 * the builder's form in Alibaba's app-server JSON (plus `fields`), with a per-user key prefix;
 * POST /oss/callback verifies OSS's signed callback.
 * Without `pageOrigin` (the page passes `window.location.origin`) the CORS allow-list in the code
 * is empty and only `OSS_CORS_ORIGINS` opens it to other origins (see ServerSnippetOptions).
 *
 * @example
 * const source = renderPythonServerSnippet(form, { pageOrigin: 'https://example.com' });
 * // OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… python3 server.py
 * @see https://www.alibabacloud.com/help/doc-detail/31926.html
 */
export function renderPythonServerSnippet(form: PostForm, options?: ServerSnippetOptions): string {
  const plan = planServer(form, options);
  const t = options?.texts ?? SNIPPETS_TEXTS;
  const members = plan.members.map((m) => {
    const line = `answer[${py(m.member)}] = ${m.kind === 'static' ? py(m.value) : PYTHON_VARIABLES[m.source]}`;
    return m.kind === 'dynamic' && m.source === 'securityToken'
      ? `if security_token:\n    ${line}`
      : line;
  });
  const fields = plan.fields.map((f) => `answer["fields"][${py(f.name)}] = ${py(f.value)}`);
  const sign = pythonSignature(plan.version);
  const lines = (items: string[]) =>
    indentLines(
      items.flatMap((c) => c.split('\n')),
      4,
    );
  return `${commentLines(serverHeader(plan, 'python3 server.py', options?.texts), '#')}
import base64
import datetime
import hashlib
import hmac
import json
import os
import secrets
import traceback
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def list_env(name, fallback):
    value = os.environ.get(name, "")
    return [item.strip() for item in value.split(",") if item.strip()] if value else fallback


PORT = int(os.environ.get(${py(SERVER_ENV.port)}) or ${SERVER_DEFAULT_PORT})
POST_URL = os.environ.get(${py(SERVER_ENV.host)}) or ${py(plan.url)}
BUCKET = os.environ.get(${py(SERVER_ENV.bucket)}) or ${py(plan.bucket)}
REGION = os.environ.get(${py(SERVER_ENV.region)}) or ${py(plan.region)}
KEY_PREFIX = ${py(plan.keyPrefix)}
EXPIRES_IN_SECONDS = ${plan.expiresInSeconds}
# ${t['server-cors']()}
CORS_ORIGINS = list_env(${py(SERVER_ENV.corsOrigins)}, ${py(plan.corsOrigins)})
KEY_HOSTS = ${py(plan.keyHosts)} + list_env(${py(SERVER_ENV.keyHosts)}, [])
MAX_CALLBACK_BYTES = 1024 * 1024


${pythonSigningHelpers(t, 'RuntimeError')}


def user_prefix(request):
    """${t['server-user-prefix']()}"""
    return KEY_PREFIX + secrets.token_hex(8) + "/"


def sign_policy(request):
    access_key_id = require_env(${py(SIGNER_ENV.accessKeyId)})
    access_key_secret = require_env(${py(SIGNER_ENV.accessKeySecret)})
    security_token = os.environ.get(${py(SIGNER_ENV.securityToken)}, "")
    now = datetime.datetime.now(datetime.timezone.utc)
    date = now.strftime("%Y%m%dT%H%M%SZ")
    credential = "%s/%s/%s/oss/aliyun_v4_request" % (access_key_id, date[:8], REGION)
    expiration = (now + datetime.timedelta(seconds=EXPIRES_IN_SECONDS)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    key_dir = user_prefix(request)

    conditions = []
${lines(plan.conditions.map(condition))}
    policy_json = json.dumps({"expiration": expiration, "conditions": conditions}, ensure_ascii=False, separators=(",", ":"))
    policy = base64.b64encode(policy_json.encode("utf-8")).decode("ascii")
    signature = ${sign}

    answer = {"host": POST_URL}
${lines(members)}
    answer["dir"] = key_dir
    answer["fields"] = {}
${lines(fields)}
    return answer


# ${t['server-callback']()}
MD5_DIGEST_INFO = bytes.fromhex("3020300c06082a864886f70d020505000410")
PUBLIC_KEYS = {}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


KEY_FETCHER = urllib.request.build_opener(NoRedirect)


def der_read(data, at):
    tag, length = data[at], data[at + 1]
    at += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[at:at + count], "big")
        at += count
    return tag, data[at:at + length], at + length


def rsa_numbers(pem):
    der = base64.b64decode("".join(line for line in pem.strip().splitlines() if not line.startswith("-----")))
    _, spki, _ = der_read(der, 0)
    _, _, at = der_read(spki, 0)
    _, bits, _ = der_read(spki, at)
    _, rsa_key, _ = der_read(bits, 1)
    _, modulus, at = der_read(rsa_key, 0)
    _, exponent, _ = der_read(rsa_key, at)
    return int.from_bytes(modulus, "big"), int.from_bytes(exponent, "big")


def rsa_md5_verifies(pem, message, signature):
    n, e = rsa_numbers(pem)
    size = (n.bit_length() + 7) // 8
    if len(signature) != size:
        return False
    decoded = pow(int.from_bytes(signature, "big"), e, n).to_bytes(size, "big")
    digest = MD5_DIGEST_INFO + hashlib.md5(message).digest()
    expected = b"\\x00\\x01" + b"\\xff" * (size - len(digest) - 3) + b"\\x00" + digest
    return hmac.compare_digest(decoded, expected)


def public_key_at(key_url):
    url = urllib.parse.urlsplit(key_url)
    if url.scheme not in ("http", "https") or url.netloc not in KEY_HOSTS:
        return None
    if key_url not in PUBLIC_KEYS:
        with KEY_FETCHER.open(key_url, timeout=5) as response:
            PUBLIC_KEYS[key_url] = response.read().decode("ascii")
    return PUBLIC_KEYS[key_url]


def callback_problem(request, body):
    authorization = request.headers.get("Authorization")
    key_url = request.headers.get("x-oss-pub-key-url")
    if not authorization or not key_url:
        return "The callback is not signed (no Authorization or x-oss-pub-key-url)."
    try:
        pem = public_key_at(base64.b64decode(key_url).decode("utf-8"))
        signature = base64.b64decode(authorization)
    except Exception:
        pem = None
    if not pem:
        return "x-oss-pub-key-url does not name a trusted host."
    path, mark, query = request.path.partition("?")
    signed = (urllib.parse.unquote(path) + mark + query + "\\n").encode("utf-8") + body
    try:
        verified = rsa_md5_verifies(pem, signed, signature)
    except Exception:
        verified = False
    return None if verified else "The callback signature does not verify."


def cors_headers(origin):
    if origin and (origin in CORS_ORIGINS or "*" in CORS_ORIGINS):
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type",
            "Vary": "Origin",
        }
    return {"Vary": "Origin"}


class Handler(BaseHTTPRequestHandler):
    def send_json(self, status, value):
        """${t['server-errors']()}"""
        body = json.dumps(value, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        for name, header in cors_headers(self.headers.get("Origin")).items():
            self.send_header(name, header)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self):
        self.send_response(204)
        for name, header in cors_headers(self.headers.get("Origin")).items():
            self.send_header(name, header)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route(self):
        try:
            path = self.path.split("?")[0]
            if path == ${py(SERVER_PATHS.policy)}:
                if self.command != "GET":
                    return self.send_json(405, {"error": "Use GET."})
                return self.send_json(200, sign_policy(self))
            if path == ${py(SERVER_PATHS.callback)}:
                if self.command != "POST":
                    return self.send_json(405, {"error": "Use POST."})
                length = int(self.headers.get("Content-Length") or "0")
                if length < 0 or length > MAX_CALLBACK_BYTES:
                    return self.send_json(413, {"error": "The callback body is too large."})
                problem = callback_problem(self, self.rfile.read(length))
                if problem:
                    return self.send_json(403, {"error": problem})
                # ${t['server-callback-answer']()}
                return self.send_json(200, {"Status": "OK"})
            self.send_json(404, {"error": "No route %s %s; try GET ${SERVER_PATHS.policy}." % (self.command, path)})
        except Exception:
            traceback.print_exc()
            self.send_json(500, {"error": "The signing server failed; see its log."})

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = route


if __name__ == "__main__":
    require_env(${py(SIGNER_ENV.accessKeyId)})
    require_env(${py(SIGNER_ENV.accessKeySecret)})
    server = ThreadingHTTPServer(("", PORT), Handler)
    print("Signing server listening on port %d" % server.server_port, flush=True)
    server.serve_forever()
`;
}
