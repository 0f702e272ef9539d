import type { PostForm } from '../form/form-types.ts';
import { expiryNote } from './html-form-snippet.ts';
import { takesContentTypeFromFile } from './fields-for-file.ts';
import { SNIPPETS_TEXTS, type SnippetTexts } from './texts-en.ts';
import { jsComment, jsString as js } from './escape-javascript.ts';

const TOKEN_FIELD = 'x-oss-security-token';

/**
 * Browser JavaScript (an ES module) that uploads a `File` or `Blob` with the signed form: a
 * `FormData` built in send order with the file appended last, sent either with
 * `XMLHttpRequest` (upload progress) or with `fetch`. An STS token is a parameter, never a literal.
 *
 * @example
 * const source = renderJavaScriptSnippet(form);
 * // import { uploadWithProgress } from './oss-upload.js';
 * // await uploadWithProgress(input.files[0], { onProgress: (f) => console.log(f) });
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function renderJavaScriptSnippet(
  form: PostForm,
  options: { texts?: SnippetTexts } = {},
): string {
  const t = options.texts ?? SNIPPETS_TEXTS;
  const fields = form.fields.filter((f) => f.kind === 'field');
  const tokenName = fields.find((f) => f.name.toLowerCase() === TOKEN_FIELD)?.name;
  const entries = fields.map((f) =>
    f.name === tokenName
      ? `  [${js(f.name)}, null], // ${t['js-token']()}`
      : `  [${js(f.name)}, ${js(f.value)}],`,
  );
  const tokenParam = tokenName ? 'securityToken, ' : '';
  const typeLine = takesContentTypeFromFile(form)
    ? `
  // ${t['js-content-type']()}
  data.append('Content-Type', file.type ?? '');`
    : '';
  const tokenCheck = tokenName
    ? `
  if (!securityToken) throw new Error('Pass securityToken: the STS SecurityToken this policy was signed with.');`
    : '';
  return `// ${jsComment(expiryNote(form, options.texts))}
// ${t['js-send-order']()}
// ${t['js-cors']()}
const POST_URL = ${js(form.url)};
const FIELDS = [
${entries.join('\n')}
];

/** ${t['js-form-data']()} */
export function buildFormData(file, { ${tokenParam}fileName = file.name ?? 'file' } = {}) {${tokenCheck}
  const data = new FormData();
  for (const [name, value] of FIELDS) data.append(name, value ?? ${tokenName ? 'securityToken' : "''"});${typeLine}
  data.append('file', file, fileName);
  return data;
}

/** ${t['js-upload-error']()} */
function uploadError(status, body) {
  const code = /<Code>([^<]*)<\\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<]*)<\\/Message>/.exec(body)?.[1];
  return new Error(code ? \`OSS \${status} \${code}: \${message ?? ''}\` : \`OSS answered \${status}\`);
}

/**
 * ${t['js-progress']()}
 * ${t['js-preflight']()}
 */
export function uploadWithProgress(file, { onProgress, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', POST_URL);
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
    }
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve({ status: xhr.status, body: xhr.responseText });
      else reject(uploadError(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new Error('Network or CORS failure: check the bucket CORS rule for POST.'));
    xhr.send(buildFormData(file, options));
  });
}

/** ${t['js-fetch']()} */
export async function uploadWithFetch(file, options = {}) {
  const response = await fetch(POST_URL, { method: 'POST', body: buildFormData(file, options) });
  const body = await response.text();
  if (!response.ok) throw uploadError(response.status, body);
  return { status: response.status, body };
}
`;
}
