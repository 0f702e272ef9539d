import { describe, expect, it } from 'vitest';
import {
  callbackFailure,
  readCallbackExchange,
  type CallbackExchange,
} from './callback-exchange.ts';

const ATTEMPT = {
  url: 'http://cb.example.com/done',
  request: { headers: { Authorization: 'c2ln', 'x-oss-pub-key-url': 'aHR0cA==' }, body: 'a=1' },
  signatureVerifies: true,
  reply: { status: 200, headers: { 'content-type': 'application/json' }, body: '{}', ms: 12 },
};
const ENTRY = {
  id: 1,
  time: '2026-12-07T11:00:00.000Z',
  bucket: 'examplebucket',
  object: 'a.txt',
  requestId: 'R1',
  attempts: [ATTEMPT],
  answer: { status: 200, body: '{}' },
};

describe('readCallbackExchange', () => {
  it('reads an entry as the sandbox writes it', () => {
    expect(readCallbackExchange(ENTRY)).toMatchObject({ requestId: 'R1', attempts: [ATTEMPT] });
  });

  it.each([
    ['not an object', 'x'],
    ['no request ID', { ...ENTRY, requestId: 7 }],
    ['attempts not a list', { ...ENTRY, attempts: {} }],
    [
      'a header that is not text',
      { ...ENTRY, attempts: [{ ...ATTEMPT, request: { headers: { a: 1 }, body: '' } }] },
    ],
    ['a reply without status or error', { ...ENTRY, attempts: [{ ...ATTEMPT, reply: { ms: 1 } }] }],
    [
      'no verdict on the signature',
      { ...ENTRY, attempts: [{ ...ATTEMPT, signatureVerifies: 'yes' }] },
    ],
    ['an answer OSS never gives', { ...ENTRY, answer: { status: 500, body: '' } }],
    ['a 203 without its message', { ...ENTRY, answer: { status: 203, code: 'CallbackFailed' } }],
  ])('refuses %s', (_name, value) => {
    expect(readCallbackExchange(value)).toBeNull();
  });
});

describe('callbackFailure', () => {
  const failed = (attempts: unknown[]): CallbackExchange =>
    readCallbackExchange({
      ...ENTRY,
      attempts,
      answer: { status: 203, code: 'CallbackFailed', message: 'm' },
    })!;

  it.each([
    ['no failure when OSS answered 200', readCallbackExchange(ENTRY)!, null],
    ['no URL called', failed([]), { kind: 'refused' }],
    [
      'the last URL could not be reached',
      failed([ATTEMPT, { ...ATTEMPT, url: 'http://x/', reply: { error: 'down', ms: 5000 } }]),
      { kind: 'unreachable', url: 'http://x/' },
    ],
    [
      'a status other than 2xx',
      failed([{ ...ATTEMPT, reply: { ...ATTEMPT.reply, status: 502 } }]),
      { kind: 'status', url: ATTEMPT.url, status: 502 },
    ],
    [
      'a 2xx whose body OSS refused',
      failed([{ ...ATTEMPT, reply: { ...ATTEMPT.reply, body: 'ok' } }]),
      { kind: 'body', url: ATTEMPT.url, status: 200 },
    ],
  ])('%s', (_name, entry, expected) => {
    expect(callbackFailure(entry)).toEqual(expected);
  });
});
