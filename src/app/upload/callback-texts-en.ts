import { defineTexts } from '../../oss/index.ts';

/** The callback inspector's texts (English; Chinese in callback-texts-zh.ts beside it). */
export const RESULT_CALLBACK_TEXTS = defineTexts('result.callback', {
  region: 'Upload callback',
  lead: 'The sandbox called your callback server after storing the object. This is the exchange, as OSS would make it.',
  answered200: 'OSS answered the uploader 200 with the callback server’s JSON:',
  answered203: 'OSS answered the uploader 203 CallbackFailed; the object is stored all the same.',
  ossMessage: 'OSS’s message:',
  attempt: (p: { n: string | number; count: string | number }) =>
    `Callback URL ${p.n} of ${p.count}`,
  request: 'Request OSS sent',
  requestHeaders: 'Request headers',
  requestBody: 'Request body',
  keyUrl: 'x-oss-pub-key-url, decoded',
  verifies: 'The signature verifies with the sandbox’s public key.',
  doesNotVerify: 'The signature does not verify with the sandbox’s public key.',
  answer: 'Callback server’s answer',
  answerStatus: (p: { status: string | number; ms: string | number }) =>
    `HTTP ${p.status} in ${p.ms} ms`,
  answerHeaders: 'Answer headers',
  answerBody: 'Answer body',
  emptyBody: '(empty)',
  noAnswer: (p: { ms: string | number; error: string | number }) =>
    `No answer after ${p.ms} ms: ${p.error}`,
  whyUnreachable: (p: { url: string | number; seconds: string | number }) =>
    `Why 203: OSS could not get an answer from ${p.url}. The server must be reachable from OSS (a public address) and answer within ${p.seconds} seconds.`,
  whyStatus: (p: { url: string | number; status: string | number }) =>
    `Why 203: ${p.url} answered HTTP ${p.status}. OSS needs a 2xx status with a JSON body.`,
  whyBody: (p: { url: string | number; status: string | number }) =>
    `Why 203: ${p.url} answered HTTP ${p.status}, but OSS takes only a JSON body of limited size; see OSS’s message.`,
  whyRefused: 'Why 203: OSS did not call any URL; see OSS’s message.',
  header: 'Header',
  value: 'Value',
});
