import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

// The errors the page's own code raises (a part of the page that cannot load, a form that cannot
// be signed, temporary credentials that cannot be fetched), in English; the Chinese catalogue has
// them in src/ui/i18n/zh-CN/page-errors.json. Code throws them as PageError (page-error.ts), which
// keeps the key and values, and the page shows them with sayPageError in the reader's language.

/** The English of every page error: the one home of each sentence, by key. */
export const PAGE_ERRORS_EN = {
  loadSigner:
    "Could not load the signer ({reason}). Check the connection to this page's server and reload.",
  loadErrorReader:
    "Could not load the OSS error explainer ({reason}). Check the connection to this page's server and reload.",
  loadResultLogic:
    "Could not load the result logic ({reason}). Check the connection to this page's server and reload.",
  loadEvaluator:
    "Could not load the dry run ({reason}). Check the connection to this page's server and reload.",
  loadPlainForm: 'Could not load the plain-form sender ({reason}). Reload the page.',
  loadCredentialsReader: 'Could not load the credentials reader ({reason}). Reload the page.',
  signFailed: 'The form could not be signed: {reason}',
  stsUnreachable:
    "Could not reach {url}: the server is down, the URL is wrong, or it does not allow this page's origin (CORS).",
  stsHttp: '{url} answered HTTP {status}: {body}',
  stsNotJson: '{url} did not answer JSON: {body}',
  stsNoCredentials:
    'The response has no AccessKeyId, AccessKeySecret and SecurityToken (top level or under "Credentials"). Make the endpoint answer STS AssumeRole-style JSON.',
} as const;

/** The page errors in the reader's language. */
export const pageErrorMessages = i18n('page-errors', {
  loadSigner: params(PAGE_ERRORS_EN.loadSigner),
  loadErrorReader: params(PAGE_ERRORS_EN.loadErrorReader),
  loadResultLogic: params(PAGE_ERRORS_EN.loadResultLogic),
  loadEvaluator: params(PAGE_ERRORS_EN.loadEvaluator),
  loadPlainForm: params(PAGE_ERRORS_EN.loadPlainForm),
  loadCredentialsReader: params(PAGE_ERRORS_EN.loadCredentialsReader),
  signFailed: params(PAGE_ERRORS_EN.signFailed),
  stsUnreachable: params(PAGE_ERRORS_EN.stsUnreachable),
  stsHttp: params(PAGE_ERRORS_EN.stsHttp),
  stsNotJson: params(PAGE_ERRORS_EN.stsNotJson),
  stsNoCredentials: params(PAGE_ERRORS_EN.stsNoCredentials),
});
