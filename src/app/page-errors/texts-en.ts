import { defineTexts } from '../../oss/index.ts';

// The errors the page's own code raises (a part of the page that cannot load, a form that cannot
// be signed, temporary credentials that cannot be fetched), in English; the Chinese is in
// the texts-zh.ts beside it. Code throws them as PageError (page-error.ts), which
// keeps the key and values, and the page shows them with sayPageError in the reader's language.

/** The page errors in the reader's language. */
export const PAGE_ERRORS_TEXTS = defineTexts('page-errors', {
  loadSigner: (p: { reason: string | number }) =>
    `Could not load the signer (${p.reason}). Check the connection to this page's server and reload.`,
  loadErrorReader: (p: { reason: string | number }) =>
    `Could not load the OSS error explainer (${p.reason}). Check the connection to this page's server and reload.`,
  loadResultLogic: (p: { reason: string | number }) =>
    `Could not load the result logic (${p.reason}). Check the connection to this page's server and reload.`,
  loadEvaluator: (p: { reason: string | number }) =>
    `Could not load the dry run (${p.reason}). Check the connection to this page's server and reload.`,
  loadPlainForm: (p: { reason: string | number }) =>
    `Could not load the plain-form sender (${p.reason}). Reload the page.`,
  loadCredentialsReader: (p: { reason: string | number }) =>
    `Could not load the credentials reader (${p.reason}). Reload the page.`,
  signFailed: (p: { reason: string | number }) => `The form could not be signed: ${p.reason}`,
  stsUnreachable: (p: { url: string | number }) =>
    `Could not reach ${p.url}: the server is down, the URL is wrong, or it does not allow this page's origin (CORS).`,
  stsHttp: (p: { url: string | number; status: string | number; body: string | number }) =>
    `${p.url} answered HTTP ${p.status}: ${p.body}`,
  stsNotJson: (p: { url: string | number; body: string | number }) =>
    `${p.url} did not answer JSON: ${p.body}`,
  stsNoCredentials: () =>
    `The response has no AccessKeyId, AccessKeySecret and SecurityToken (top level or under "Credentials"). Make the endpoint answer STS AssumeRole-style JSON.`,
});
