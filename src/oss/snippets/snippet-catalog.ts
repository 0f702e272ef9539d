import type { PostForm } from '../form/form-types.ts';
import { SNIPPETS_TEXTS, type SnippetTexts } from './texts-en.ts';
import { sayFrom, type TextRef } from '../texts.ts';

const say = sayFrom(SNIPPETS_TEXTS);

/** A said text as a field and its reference: `label` + `labelText`, `run` + `runText`. */
function said<F extends 'label' | 'run'>(
  field: F,
  words: { message: string; text: TextRef },
): Record<F, string> & Record<`${F}Text`, TextRef> {
  return { [field]: words.message, [`${field}Text`]: words.text } as Record<F, string> &
    Record<`${F}Text`, TextRef>;
}
import { renderCurlSnippet } from './curl-snippet.ts';
import { renderGoSignerSnippet } from './go-signer-snippet.ts';
import { renderHtmlFormSnippet } from './html-form-snippet.ts';
import { renderJavaSignerSnippet } from './java-signer-snippet.ts';
import { renderJavaScriptSnippet } from './javascript-snippet.ts';
import { renderNodeSignerSnippet } from './node-signer-snippet.ts';
import { renderPythonSignerSnippet } from './python-signer-snippet.ts';
import { renderNodeServerSnippet } from './node-server-snippet.ts';
import { renderPythonServerSnippet } from './python-server-snippet.ts';
import { renderGoServerSnippet } from './go-server-snippet.ts';
import { renderJavaServerSnippet } from './java-server-snippet.ts';
import { renderMiniProgramSnippet } from './mini-program-snippet.ts';
import { SIGNER_ENV } from './signer-text.ts';

/** What the page knows beyond the form: its own origin (allowed by the servers' CORS). */
export interface SnippetContext {
  pageOrigin?: string;
}

const SERVER_RUN = `${SIGNER_ENV.accessKeyId}=… ${SIGNER_ENV.accessKeySecret}=…`;

/** One snippet the page offers: what to call it, how to save it, how to run it, how to render it. */
export interface SnippetDefinition {
  id:
    | 'html'
    | 'curl'
    | 'javascript'
    | 'node'
    | 'python'
    | 'go'
    | 'java'
    | 'node-server'
    | 'python-server'
    | 'go-server'
    | 'java-server'
    | 'mini-program';
  /** Tab or heading text. */
  label: string;
  /** The label by id and parameters, for the page to show in the reader's language. */
  labelText?: TextRef;
  /** Runs in the browser (form, fetch/XHR), on a server with the secret in its environment, or in a mini program. */
  side: 'client' | 'server' | 'mini-program';
  /** Suggested file name for the download button. */
  fileName: string;
  /** MIME type for the download. */
  mimeType: string;
  /** How to run the saved file. */
  run: string;
  /** The run line by id and parameters, when it holds words (a bare command has none). */
  runText?: TextRef;
  /** What to check before the snippet works where it runs (a heading and its items), if anything. */
  checklist?: { message: string; text: TextRef }[];
  /** The snippet for a form, its comments in `language` (default 'en'). */
  render: (form: PostForm, texts?: SnippetTexts, context?: SnippetContext) => string;
}

/**
 * Every snippet, in the order the page shows them, as records the UI renders without knowing
 * each one (copy and download buttons use `fileName` and `mimeType`).
 *
 * @example
 * SNIPPETS.map((s) => s.id) // ['html', 'curl', 'javascript', 'node', …, 'java-server', 'mini-program']
 * SNIPPETS[1].render(form)  // the curl command
 * SNIPPETS[1].render(form, 'zh-CN') // the same command, its comments in Chinese
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const SNIPPETS: readonly SnippetDefinition[] = [
  {
    id: 'html',
    ...said('label', say('label-html')),
    side: 'client',
    fileName: 'upload.html',
    mimeType: 'text/html',
    ...said('run', say('run-html')),
    render: (form, texts) => renderHtmlFormSnippet(form, { texts }),
  },
  {
    id: 'curl',
    label: 'curl',
    side: 'client',
    fileName: 'upload.sh',
    mimeType: 'text/x-shellscript',
    ...said('run', say('run-curl')),
    render: (form, texts) => renderCurlSnippet(form, { texts }),
  },
  {
    id: 'javascript',
    label: 'JavaScript (fetch / XHR)',
    side: 'client',
    fileName: 'oss-upload.js',
    mimeType: 'text/javascript',
    ...said(
      'run',
      say('run-javascript', { code: "import { uploadWithProgress } from './oss-upload.js'" }),
    ),
    render: (form, texts) => renderJavaScriptSnippet(form, { texts }),
  },
  {
    id: 'node',
    ...said('label', say('label-signer', { runtime: 'Node' })),
    side: 'server',
    fileName: 'sign-post.mjs',
    mimeType: 'text/javascript',
    run: 'OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… node sign-post.mjs',
    render: (form, texts) => renderNodeSignerSnippet(form, { texts }),
  },
  {
    id: 'python',
    ...said('label', say('label-signer', { runtime: 'Python' })),
    side: 'server',
    fileName: 'sign_post.py',
    mimeType: 'text/x-python',
    run: 'OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… python3 sign_post.py',
    render: (form, texts) => renderPythonSignerSnippet(form, { texts }),
  },
  {
    id: 'go',
    ...said('label', say('label-signer', { runtime: 'Go' })),
    side: 'server',
    fileName: 'sign_post.go',
    mimeType: 'text/x-go',
    run: 'OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… go run sign_post.go',
    render: (form, texts) => renderGoSignerSnippet(form, { texts }),
  },
  {
    id: 'java',
    ...said('label', say('label-signer', { runtime: 'Java' })),
    side: 'server',
    fileName: 'SignPostForm.java',
    mimeType: 'text/x-java',
    run: 'OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… java SignPostForm.java',
    render: (form, texts) => renderJavaSignerSnippet(form, { texts }),
  },
  {
    id: 'node-server',
    ...said('label', say('label-server', { runtime: 'Node.js' })),
    side: 'server',
    fileName: 'server.mjs',
    mimeType: 'text/javascript',
    run: `${SERVER_RUN} node server.mjs`,
    render: (form, texts, context) =>
      renderNodeServerSnippet(form, { texts, pageOrigin: context?.pageOrigin }),
  },
  {
    id: 'python-server',
    ...said('label', say('label-server', { runtime: 'Python' })),
    side: 'server',
    fileName: 'server.py',
    mimeType: 'text/x-python',
    run: `${SERVER_RUN} python3 server.py`,
    render: (form, texts, context) =>
      renderPythonServerSnippet(form, { texts, pageOrigin: context?.pageOrigin }),
  },
  {
    id: 'go-server',
    ...said('label', say('label-server', { runtime: 'Go' })),
    side: 'server',
    fileName: 'server.go',
    mimeType: 'text/x-go',
    run: `${SERVER_RUN} go run server.go`,
    render: (form, texts, context) =>
      renderGoServerSnippet(form, { texts, pageOrigin: context?.pageOrigin }),
  },
  {
    id: 'java-server',
    ...said('label', say('label-server', { runtime: 'Java' })),
    side: 'server',
    fileName: 'Server.java',
    mimeType: 'text/x-java',
    run: `${SERVER_RUN} java Server.java`,
    render: (form, texts, context) =>
      renderJavaServerSnippet(form, { texts, pageOrigin: context?.pageOrigin }),
  },
  {
    id: 'mini-program',
    ...said('label', say('label-mini-program')),
    side: 'mini-program',
    fileName: 'oss-mini-upload.js',
    mimeType: 'text/javascript',
    ...said('run', say('run-mini-program', { code: "uploadToOss(wx, filePath, 'photo.jpg')" })),
    checklist: [
      say('mini-checklist'),
      say('mini-domains'),
      say('mini-https'),
      say('mini-custom-domain'),
    ],
    render: (form, texts) => renderMiniProgramSnippet(form, { texts }),
  },
];
