// The snippets' comment lines in English, by id and parameters: the one home of each sentence
// (src/oss/texts.ts); texts-zh.ts says the same in Chinese. Code, field names, URLs and JSON in
// the snippets never change with the language; only these comments do.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { defineTexts } from '../texts.ts';

/** `scheme`: 'v1' or 'v4'; `arrow`: '→' or '->' (what the target language's source file can hold). */
type Scheme = { scheme: string };

/**
 * The snippets' comment lines, in English.
 *
 * @example SNIPPETS_TEXTS['html-file-last']() // 'The file goes last: OSS does not read any field after it.'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SNIPPETS_TEXTS = defineTexts('snippets', {
  // The HTML snippet's `<html lang>`: the language of this table (a code, not prose).
  'html-lang': 'en',
  expiry: (p: Scheme & { date: string; expiration: string }) =>
    `Signed with ${p.scheme === 'v1' ? 'V1 (HMAC-SHA1)' : 'V4 (OSS4-HMAC-SHA256)'}${p.date ? `, signed at ${p.date}` : ''}. The policy expires at ${p.expiration} (UTC); after that OSS answers AccessDenied "Policy expired" and the form must be signed again.`,
  'send-order': () =>
    'Fields in send order: key first, the file last (OSS does not read fields after the file).',
  'curl-content-type': () =>
    "The policy tests Content-Type: the file's own type (from `file --mime-type`) is sent as that field.",
  'curl-sts': (p: { env: string }) =>
    `STS: export ${p.env}=<the SecurityToken this policy was signed with> first.`,
  'html-content-type': () =>
    "The policy tests Content-Type: the chosen file's type is sent as this field.",
  'html-file-last': () => 'The file goes last: OSS does not read any field after it.',
  'html-sts': () =>
    'STS: paste the SecurityToken the policy was signed with (it is not stored in this page).',
  'html-send-order': () =>
    'Fields in send order: key first, the file last. The policy and signature are bound to these values.',
  'html-line-breaks': () =>
    'Note: browsers send line breaks in values as CRLF; a value with line breaks may not match the policy.',
  // The HTML page's own words: its title, labels and button.
  'html-title': () => 'OSS PostObject upload',
  'html-file': () => 'File',
  'html-security-token': () => 'Security token',
  'html-upload': () => 'Upload',
  'js-token': () => 'your STS SecurityToken',
  'js-content-type': () =>
    "The policy tests Content-Type: send the file's own type, so the condition judges the real file.",
  'js-send-order': () =>
    'Fields in send order: key first, the file appended last (OSS does not read fields after the file).',
  'js-cors': () => "The bucket needs a CORS rule allowing POST from your page's origin.",
  'js-form-data': () => 'The multipart body in send order, the file last.',
  'js-upload-error': () =>
    "Explains a failed upload with OSS's own Code and Message when the body carries them.",
  'js-progress': () => 'Upload with progress (XMLHttpRequest). onProgress gets a fraction 0..1.',
  'js-preflight': () => 'A listener on xhr.upload makes the browser send a CORS preflight first.',
  'js-fetch': () => 'Upload with fetch (no progress events).',
  'signer-purpose': (p: Scheme) =>
    `Signs an OSS PostObject form on your server: ${p.scheme === 'v1' ? 'V1 (HMAC-SHA1, legacy)' : 'V4 (OSS4-HMAC-SHA256)'}, same policy and fields as the builder.`,
  'signer-run': (p: { command: string }) => `Run: ${p.command}`,
  'signer-secret': () =>
    'The AccessKey secret and the STS token come from the environment, never from this file.',
  'signer-prints': () =>
    'Prints {"url", "fields"} as JSON in send order; post them with the file appended LAST.',
  'signer-anew': (p: { seconds: number }) =>
    `Each run signs anew: x-oss-date is now, the policy expires ${p.seconds} s later.`,
  'signer-key': (p: { arrow: string }) =>
    `OSS4-HMAC-SHA256 key: aliyun_v4 + secret ${p.arrow} date ${p.arrow} region ${p.arrow} "oss" ${p.arrow} "aliyun_v4_request".`,
  'signer-fields': () => 'The signed form fields in send order; append the file last when posting.',
  'python-fields': () =>
    'The signed form fields in send order (dicts keep insertion order); append the file last.',
  'go-fields': () =>
    'signPostForm returns the signed form fields in send order; append the file last.',
  // The catalogue's tab names and how-to-run lines (snippet-catalog.ts).
  'label-html': () => 'HTML form',
  'label-signer': (p: { runtime: string }) => `${p.runtime} signer`,
  'run-html': () => 'Open upload.html in a browser, choose a file, press Upload.',
  'run-curl': () => 'sh upload.sh (set the file path inside first)',
  'run-javascript': (p: { code: string }) => `${p.code} in your page`,
  'java-json': () =>
    'A JSON string; non-ASCII as \\\\uXXXX so any console charset prints it intact.',
  // Signing servers (server-*.ts) and the mini-program snippet (mini-program-snippet.ts).
  'server-purpose': (p: Scheme) =>
    `A signing server for OSS PostObject (${p.scheme === 'v1' ? 'V1, legacy' : 'V4'}): GET /oss/post-policy answers a freshly signed policy for one user; POST /oss/callback verifies OSS's upload callback.`,
  'server-env': (p: { names: string }) =>
    `Optional environment: ${p.names}. PORT=0 picks a free port; the others default to the builder's target.`,
  'server-answer': () =>
    "The answer is Alibaba's app-server JSON (host, policy, x_oss_*, signature, dir, security_token, callback) plus fields: every other form field the policy requires. Post them with key = dir + file name, the file last.",
  'server-user-prefix': () =>
    "REPLACE THIS: the key prefix of the user asking (from your session or token). By default a random folder under the builder's prefix; the policy admits keys under it only.",
  'server-cors': () =>
    'CORS: only the origins listed may read the answer from a browser (OSS_CORS_ORIGINS, comma-separated).',
  'server-callback': () =>
    "OSS signs its callback with RSA-MD5 over the URL path, the query and the body; the public key's URL comes Base64-encoded in x-oss-pub-key-url and is fetched only from trusted hosts (OSS_CALLBACK_KEY_HOSTS adds some).",
  'server-callback-answer': () =>
    'Answer JSON: OSS passes it on to the uploader. A forged or unsigned callback gets 403.',
  'server-errors': () => 'Bad requests get a JSON error, never a stack trace.',
  'label-server': (p: { runtime: string }) => `${p.runtime} server`,
  'label-mini-program': () => 'Mini program',
  'mini-purpose': () =>
    'Uploads from a mini program (WeChat wx, uni-app uni, Alipay my): asks your signing server for a policy, then sends the file with uploadFile (OSS PostObject).',
  'mini-usage': () =>
    "Save as oss-mini-upload.js in your mini program; call uploadToOss(wx, tempFilePath, 'photo.jpg') after choosing a file.",
  'mini-checklist': () => 'Before it works on a phone:',
  'mini-domains': () =>
    '1. Add UPLOAD_HOST to the uploadFile legal domains and SIGNING_SERVER to the request legal domains (WeChat: Development settings; Alipay: server domain allowlist).',
  'mini-https': () =>
    '2. Both must be HTTPS with a valid certificate; mini programs refuse http:// and IP addresses outside the developer tools.',
  'mini-custom-domain': () =>
    '3. Bind a custom domain to the bucket and use it as UPLOAD_HOST: accounts opened since March 2025 cannot use the default public endpoint in mainland China regions.',
  'mini-server': () => 'Your signing server (GET, answers the policy JSON).',
  'mini-upload-host': () =>
    "Where the files go (the answer's host); it must be on the uploadFile legal domain list.",
  'mini-members': () => "The answer's members and the form fields they become.",
  'mini-form-data': () =>
    "The formData uploadFile sends: key = dir + file name, the signed members, and the answer's fields.",
  'mini-oss-error': () =>
    "An Error with OSS's Code and Message read from its XML answer (uploadFile reports 4xx as success).",
  'mini-upload': () =>
    "Uploads one file; resolves with the key, rejects with OSS's Code (error.code) when OSS refuses.",
  'mini-alipay': () =>
    'Alipay names the file part with fileName and needs fileType; the others use name.',
  'mini-status': () =>
    'uploadFile succeeds on any answer: only 2xx is stored (203 means the callback failed).',
  'run-mini-program': (p: { code: string }) =>
    `Save oss-mini-upload.js in your mini program and call ${p.code} (uni: uni, Alipay: my).`,
});

/**
 * The snippets' comment table in any language: SNIPPETS_TEXTS or its translation. Each renderer
 * takes one (English by default), so the core holds no other language itself.
 *
 * @example const texts: SnippetTexts = SNIPPETS_TEXTS;
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export type SnippetTexts = typeof SNIPPETS_TEXTS;
