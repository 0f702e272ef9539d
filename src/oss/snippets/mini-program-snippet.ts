import type { PostForm } from '../form/form-types.ts';
import { jsString as js } from './escape-javascript.ts';
import { SERVER_PATHS } from './server-text.ts';
import { commentLines } from './signer-text.ts';
import { SNIPPETS_TEXTS, type SnippetTexts } from './texts-en.ts';

/** Options of the mini-program snippet. */
export interface MiniProgramOptions {
  /** The signing server's policy URL; default a placeholder on the page's origin path. */
  signingServerUrl?: string;
  /** The comments' table, in the reader's language. Default English. */
  texts?: SnippetTexts;
}

/** The placeholder signing server the snippet names when the page does not know one. */
const PLACEHOLDER_SERVER = `https://your-server.example.com${SERVER_PATHS.policy}`;

function uploadHost(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * A mini-program upload module for WeChat (`wx`), uni-app (`uni`) and Alipay (`my`): it asks the
 * signing server for a policy, sends the answer's fields in `formData` with the file as
 * `name: 'file'` through `uploadFile`, and checks the status itself (`uploadFile` succeeds on 4xx
 * too), rejecting with OSS's Code and Message read from the XML error. The comments carry the
 * checklist: legal domains, HTTPS, a custom domain.
 *
 * @example
 * const source = renderMiniProgramSnippet(form, { signingServerUrl: 'https://api.example.com/oss/post-policy' });
 * // import { uploadToOss } from './oss-mini-upload.js'; await uploadToOss(wx, tempFilePath, 'photo.jpg')
 * @see https://help.aliyun.com/en/oss/user-guide/use-alipay-mini-programs-to-upload-objects
 */
export function renderMiniProgramSnippet(form: PostForm, options: MiniProgramOptions = {}): string {
  const t = options.texts ?? SNIPPETS_TEXTS;
  const server = options.signingServerUrl ?? PLACEHOLDER_SERVER;
  const header = [
    t['mini-purpose'](),
    t['mini-usage'](),
    t['mini-checklist'](),
    t['mini-domains'](),
    t['mini-https'](),
    t['mini-custom-domain'](),
  ];
  return `${commentLines(header, '//')}

// ${t['mini-server']()}
export const SIGNING_SERVER = ${js(server)};
// ${t['mini-upload-host']()}
export const UPLOAD_HOST = ${js(uploadHost(form.url))};

// ${t['mini-members']()}
const MEMBER_FIELDS = {
  accessid: 'OSSAccessKeyId',
  policy: 'policy',
  x_oss_signature_version: 'x-oss-signature-version',
  x_oss_credential: 'x-oss-credential',
  x_oss_date: 'x-oss-date',
  security_token: 'x-oss-security-token',
  callback: 'callback',
};

function getPolicy(api) {
  return new Promise((resolve, reject) => {
    api.request({
      url: SIGNING_SERVER,
      method: 'GET',
      dataType: 'json',
      success: (res) => {
        const status = res.statusCode ?? res.status;
        if (status === 200 && res.data && res.data.policy) resolve(res.data);
        else reject(new Error(\`Signing server answered \${status}\`));
      },
      fail: (err) => reject(new Error(\`Signing server unreachable: \${err.errMsg ?? err.errorMessage ?? ''}\`)),
    });
  });
}

/** ${t['mini-form-data']()} */
export function formDataOf(answer, fileName) {
  const formData = { key: \`\${answer.dir ?? ''}\${fileName}\` };
  for (const [member, field] of Object.entries(MEMBER_FIELDS)) {
    if (typeof answer[member] === 'string' && answer[member]) formData[field] = answer[member];
  }
  formData[answer.x_oss_signature_version ? 'x-oss-signature' : 'Signature'] = answer.signature;
  Object.assign(formData, answer.fields ?? {});
  return formData;
}

/** ${t['mini-oss-error']()} */
export function ossErrorOf(status, body) {
  const text = typeof body === 'string' ? body : '';
  const code = /<Code>([^<]*)<\\/Code>/.exec(text)?.[1] ?? \`HTTP \${status}\`;
  const message = /<Message>([^<]*)<\\/Message>/.exec(text)?.[1] ?? '';
  const error = new Error(message ? \`\${code}: \${message}\` : code);
  error.code = code;
  error.status = status;
  return error;
}

/**
 * ${t['mini-upload']()}
 * uploadToOss(wx, res.tempFiles[0].tempFilePath, 'photo.jpg')          // WeChat
 * uploadToOss(uni, res.tempFilePaths[0], 'photo.jpg')                  // uni-app
 * uploadToOss(my, res.apFilePaths[0], 'photo.jpg', { alipay: true })   // Alipay
 */
export async function uploadToOss(api, filePath, fileName, options = {}) {
  const answer = await getPolicy(api);
  const formData = formDataOf(answer, fileName);
  return new Promise((resolve, reject) => {
    api.uploadFile({
      url: answer.host,
      filePath,
      // ${t['mini-alipay']()}
      ...(options.alipay ? { fileName: 'file', fileType: options.fileType ?? 'image' } : { name: 'file' }),
      formData,
      success: (res) => {
        const status = res.statusCode ?? res.status;
        // ${t['mini-status']()}
        if (status >= 200 && status < 300 && status !== 203) resolve({ key: formData.key, status, data: res.data });
        else reject(ossErrorOf(status, res.data));
      },
      fail: (err) => reject(new Error(\`uploadFile failed: \${err.errMsg ?? err.errorMessage ?? ''}\`)),
    });
  });
}
`;
}
