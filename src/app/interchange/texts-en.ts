import { defineTexts } from '../../oss/index.ts';

/** The tools sections' texts: import, snippets, compare, share, self-test. */
export const INTERCHANGE_TOOLS_TEXTS = defineTexts('interchange-tools', {
  importTitle: 'Import',
  importLead:
    'Paste a form from elsewhere (or fetch a signing server’s answer): it is linted as it came in, then signed again here.',
  chooseFile: 'Choose a file under Test upload first.',
  noUrl: 'The import names no URL to post to.',
  importedPolicy: 'Imported policy',
  buildersPolicy: "the builder's policy",
  serverUrl:
    'Enter the signing server URL with http:// or https://, e.g. http://127.0.0.1:8000/sign.',
  serverUnreachable:
    'The signing server could not be read: it is down, the URL is wrong, or it does not allow this page in CORS (answer Access-Control-Allow-Origin for this origin).',
  serverStatus: (p: { status: string | number; statusText: string | number }) =>
    `The signing server answered HTTP ${p.status} ${p.statusText}: fix the server, then fetch again.`,
  callbackNotTaken: (p: { why: string | number }) =>
    `The callback field was not taken over: ${p.why}`,
  noPolicy: 'No policy came in: expiration and conditions are the ones you had.',
  httpsInstead: (p: { url: string | number; endpoint: string | number }) =>
    `The form posted to ${p.url} over HTTP; the builder posts over HTTPS, to ${p.endpoint}. To keep HTTP, choose Custom domain and enter the http:// address.`,
  importerFailed: (p: { reason: string | number }) =>
    `Could not load the importer (${p.reason}). What you entered is kept: check the connection to this page's server and import again, or reload.`,
  secretNotImported:
    'The AccessKey secret is never imported: the builder signs with the one you entered.',
  compareTitle: 'Compare two policies',
  compareLead:
    'Conditions are compared as OSS reads them: order does not matter, {bucket: …} equals eq $bucket.',
  noSignedPolicy: 'The builder has no signed policy yet.',
  notPolicy: 'This is not a policy.',
  firstPolicy: 'First policy',
  secondPolicy: 'second policy',
  shareTitle: 'Share this setup',
  shareLead:
    'The builder’s state in the link’s fragment (after #), which browsers never send to a server.',
  secretNote:
    'Opened from a share link: everything is restored but the AccessKey secret (and any security token). Share links never carry them; enter the secret here to sign.',
  linkUnreadable: (p: { why: string | number }) => `The link could not be read: ${p.why}`,
  linkLacks: (p: { part: string | number }) => `The link has no “${p.part}”; kept yours.`,
  linkPartInvalid: (p: { part: string | number }) =>
    `The link’s “${p.part}” is not in the shape this page reads; kept yours.`,
  linkCopied: 'Copied; the address bar shows the same link.',
  linkInAddressBar: 'The address bar now holds the link: copy it from there.',
  selfTestTitle: 'Self-test',
  selfTestLead:
    'Signs the published OSS test vectors with this browser’s Web Crypto and compares: useful when a browser, an extension or a proxy misbehaves.',
  snippetsTitle: 'Snippets',
  snippetsLead:
    'The current form as code that works in your project. Snippets carry signed fields or read the AccessKey from the environment: never the secret.',
  snippetsFailed: (p: { error: string | number }) =>
    `The snippet code could not be loaded (${p.error}). Reload the page to try again.`,
  loadingSnippets: 'Loading snippets…',
  snippetCopied: (p: { label: string | number; count: string | number }) =>
    `Copied the ${p.label} snippet (${p.count} characters).`,
  snippetCopyFailed:
    'The browser refused the clipboard: select the code and copy it, or download it.',
  snippetSaved: (p: { file: string | number }) => `Saved ${p.file}.`,
  completeForm: 'Complete the form above to see its snippets.',
});
