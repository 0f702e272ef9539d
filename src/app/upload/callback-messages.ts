import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

/** The callback inspector's texts (English; Chinese in ui/i18n/zh-CN/callback-inspector.json). */
export const callbackMessages = i18n('result.callback', {
  region: 'Upload callback',
  lead: 'The sandbox called your callback server after storing the object. This is the exchange, as OSS would make it.',
  answered200: 'OSS answered the uploader 200 with the callback server’s JSON:',
  answered203: 'OSS answered the uploader 203 CallbackFailed; the object is stored all the same.',
  ossMessage: 'OSS’s message:',
  attempt: params('Callback URL {n} of {count}'),
  request: 'Request OSS sent',
  requestHeaders: 'Request headers',
  requestBody: 'Request body',
  keyUrl: 'x-oss-pub-key-url, decoded',
  verifies: 'The signature verifies with the sandbox’s public key.',
  doesNotVerify: 'The signature does not verify with the sandbox’s public key.',
  answer: 'Callback server’s answer',
  answerStatus: params('HTTP {status} in {ms} ms'),
  answerHeaders: 'Answer headers',
  answerBody: 'Answer body',
  emptyBody: '(empty)',
  noAnswer: params('No answer after {ms} ms: {error}'),
  whyUnreachable: params(
    'Why 203: OSS could not get an answer from {url}. The server must be reachable from OSS (a public address) and answer within {seconds} seconds.',
  ),
  whyStatus: params(
    'Why 203: {url} answered HTTP {status}. OSS needs a 2xx status with a JSON body.',
  ),
  whyBody: params(
    'Why 203: {url} answered HTTP {status}, but OSS takes only a JSON body of limited size; see OSS’s message.',
  ),
  whyRefused: 'Why 203: OSS did not call any URL; see OSS’s message.',
  header: 'Header',
  value: 'Value',
});
