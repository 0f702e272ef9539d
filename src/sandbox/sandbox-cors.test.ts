// CORS as OSS does it, against the real sandbox: the default rule, preflight answers and errors,
// allow/expose headers on actual answers (errors too), and PUT/GET/DELETE /?cors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORS_ERROR_MESSAGES } from '../oss/index.ts';
import { postForm, sendRaw } from './test-support/multipart.ts';
import { type Credentials, credentialsOf, v4Form } from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';

let sandbox: SandboxProcess;
let creds: Credentials;
const APP = 'http://app.example:5173';
const OTHER = 'https://other.example';

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  creds = credentialsOf(sandbox);
});
afterAll(() => sandbox?.stop());

const preflight = (origin: string | undefined, method: string | undefined, headers?: string) =>
  sendRaw(`${sandbox.url}/`, 'OPTIONS', undefined, {
    ...(origin ? { Origin: origin } : {}),
    ...(method ? { 'Access-Control-Request-Method': method } : {}),
    ...(headers ? { 'Access-Control-Request-Headers': headers } : {}),
  });

function corsXml(origins: string[]): string {
  const rules = origins
    .map(
      (o) =>
        `<CORSRule><AllowedOrigin>${o}</AllowedOrigin><AllowedMethod>POST</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>100</MaxAgeSeconds></CORSRule>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><CORSConfiguration>${rules}</CORSConfiguration>`;
}

describe('CORS', () => {
  it('default rule: preflight and POST from any origin get allow and expose headers', async () => {
    const pre = await preflight(APP, 'POST', 'content-type, x-requested-with');
    expect(pre.status).toBe(200);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type, x-requested-with');
    const post = await postForm(`${sandbox.url}/`, v4Form(creds, { key: 'cors/a.txt' }), {
      Origin: APP,
    });
    expect(post.status).toBe(204);
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = (post.headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining([
        'ETag',
        'x-oss-request-id',
        'x-oss-ec',
        'x-oss-hash-crc64ecma',
        'Date',
      ]),
    );
  });

  it('puts the CORS headers on error answers too, so the page can read the OSS error', async () => {
    const answer = await postForm(`${sandbox.url}/`, [{ name: 'file', filename: 'a', data: 'x' }], {
      Origin: APP,
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each([
    ['no Origin', undefined, 'POST', 400, 'BadRequest', CORS_ERROR_MESSAGES.originNeeded],
    [
      'no Access-Control-Request-Method',
      APP,
      undefined,
      400,
      'BadRequest',
      CORS_ERROR_MESSAGES.methodNeeded,
    ],
    [
      'a method the rule does not allow',
      APP,
      'DELETE',
      403,
      'AccessForbidden',
      CORS_ERROR_MESSAGES.notAllowed,
    ],
  ])('refuses a preflight with %s', async (_case, origin, method, status, code, message) => {
    const answer = await preflight(origin, method);
    expect([answer.status, answer.code]).toEqual([status, code]);
    if (message) expect(answer.message).toBe(message);
  });

  it('after PUT /?cors with a rule for another origin, the same POST gets no allow-origin header', async () => {
    const put = await sendRaw(`${sandbox.url}/?cors`, 'PUT', Buffer.from(corsXml([OTHER])), {
      'Content-Type': 'application/xml',
    });
    expect(put.status).toBe(200);
    const got = await sendRaw(`${sandbox.url}/?cors`, 'GET', undefined);
    expect(got.text).toContain(`<AllowedOrigin>${OTHER}</AllowedOrigin>`);
    expect(got.text).toContain('<MaxAgeSeconds>100</MaxAgeSeconds>');

    const post = await postForm(`${sandbox.url}/`, v4Form(creds, { key: 'cors/b.txt' }), {
      Origin: APP,
    });
    expect(post.status).toBe(204);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(APP, 'POST')).code).toBe('AccessForbidden');

    const allowed = await postForm(`${sandbox.url}/`, v4Form(creds, { key: 'cors/c.txt' }), {
      Origin: OTHER,
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(OTHER);
    expect(allowed.headers.get('access-control-expose-headers')).toBe('ETag');
    const pre = await preflight(OTHER, 'POST');
    expect(pre.headers.get('access-control-max-age')).toBe('100');

    expect((await sendRaw(`${sandbox.url}/?cors`, 'DELETE', undefined)).status).toBe(204);
    expect((await sendRaw(`${sandbox.url}/?cors`, 'GET', undefined)).code).toBe(
      'NoSuchCORSConfiguration',
    );
    const back = await postForm(`${sandbox.url}/`, v4Form(creds, { key: 'cors/d.txt' }), {
      Origin: APP,
    });
    expect(back.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each([
    [
      'eleven rules',
      corsXml(Array.from({ length: 11 }, (_, i) => `https://o${i}.example`)),
      'CORSRuleBeyondLimit',
    ],
    ['not CORSConfiguration XML', '<Nope/>', 'MalformedXML'],
    [
      'a rule without AllowedMethod',
      '<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>',
      'MalformedXML',
    ],
    ['two wildcards in an origin', corsXml(['https://*.example.*']), 'MalformedXML'],
  ])('refuses PUT /?cors with %s', async (_case, xml, code) => {
    const answer = await sendRaw(`${sandbox.url}/?cors`, 'PUT', Buffer.from(xml), {
      'Content-Type': 'application/xml',
    });
    expect([answer.status, answer.code]).toEqual([400, code]);
  });
});
