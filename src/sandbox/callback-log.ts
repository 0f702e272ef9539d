// The sandbox's record of the upload callbacks it sent, for GET /__sandbox/callbacks and the page's
// callback inspector: each request as OSS sent it (URL, headers with Authorization and
// x-oss-pub-key-url, body, and whether the signature verifies with the sandbox's own key), each
// callback server's answer, and what OSS answered the uploader (200 with that body, or 203
// CallbackFailed and why). The last 100, newest first.
// https://www.alibabacloud.com/help/en/oss/developer-reference/callback
import { createVerify } from 'node:crypto';
import { callbackStringToSign } from '../oss/index.ts';

/** How many callbacks the log keeps. */
export const CALLBACK_LOG_SIZE = 100;

/** What a callback server answered, or why nothing came back. */
export type CallbackReply =
  | {
      status: number;
      headers: Record<string, string>;
      body: string;
      /** Milliseconds from sending to the end of the answer. */
      ms: number;
    }
  | { error: string; ms: number };

/** One POST the sandbox sent to one callback URL. */
export interface CallbackAttempt {
  url: string;
  /**
   * Content-Type, Authorization and x-oss-pub-key-url, and the body. Content-Length is sent but
   * not recorded (it follows from the body), so the headers can be replayed with an edited body.
   */
  request: { headers: Record<string, string>; body: string };
  /** Whether Authorization verifies (RSA-MD5 over path, query and body) with the sandbox's key. */
  signatureVerifies: boolean;
  reply: CallbackReply;
}

/** One upload's callback: every URL tried, and OSS's answer to the uploader. */
export interface CallbackLogEntry {
  id: number;
  /** ISO time the upload's callback started. */
  time: string;
  bucket: string;
  object: string;
  requestId: string;
  attempts: CallbackAttempt[];
  answer: { status: 200; body: string } | { status: 203; code: 'CallbackFailed'; message: string };
}

/** Receives each attempt as runCallback makes it (the hook in callback.ts). */
export type CallbackObserver = (attempt: Omit<CallbackAttempt, 'signatureVerifies'>) => void;

/** Whether `headers.Authorization` signs `url` and `body` with `publicKeyPem` (as OSS documents). */
export function callbackSignatureVerifies(
  publicKeyPem: string,
  url: string,
  headers: Record<string, string>,
  body: string,
): boolean {
  const authorization = headers.Authorization ?? headers.authorization ?? '';
  if (!authorization) return false;
  try {
    return createVerify('RSA-MD5')
      .update(callbackStringToSign(url, body))
      .verify(publicKeyPem, Buffer.from(authorization, 'base64'));
  } catch {
    return false;
  }
}

/** The last CALLBACK_LOG_SIZE callbacks of one sandbox, newest first. */
export interface CallbackLog {
  /** Starts recording one upload's callback; `finish` stores it with OSS's answer. */
  begin: (facts: { bucket: string; object: string; requestId: string }) => {
    observe: CallbackObserver;
    finish: (answer: CallbackLogEntry['answer']) => void;
  };
  list: () => CallbackLogEntry[];
}

/**
 * A callback log that checks each request's signature with `publicKeyPem`.
 *
 * @example
 * const log = createCallbackLog(signer.publicKeyPem);
 * const record = log.begin({ bucket, object, requestId });
 * // runCallback(…, { …, observe: record.observe }); record.finish({ status: 200, body });
 * log.list()[0].answer.status // 200
 */
export function createCallbackLog(publicKeyPem: string): CallbackLog {
  const entries: CallbackLogEntry[] = [];
  let next = 1;
  return {
    begin: (facts) => {
      const attempts: CallbackAttempt[] = [];
      const time = new Date().toISOString();
      return {
        observe: (attempt) =>
          attempts.push({
            ...attempt,
            signatureVerifies: callbackSignatureVerifies(
              publicKeyPem,
              attempt.url,
              attempt.request.headers,
              attempt.request.body,
            ),
          }),
        finish: (answer) => {
          entries.unshift({ id: next++, time, ...facts, attempts, answer });
          entries.length = Math.min(entries.length, CALLBACK_LOG_SIZE);
        },
      };
    },
    list: () => entries.slice(),
  };
}
