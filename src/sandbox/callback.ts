// OSS's upload callback: POST the callbackBody (OSS's variables filled in by the core) to each
// callbackUrl in turn until one answers, 5 s each, signed as OSS signs it (RSA-MD5, Authorization,
// x-oss-pub-key-url), and hand back its JSON answer.
// https://www.alibabacloud.com/help/en/oss/developer-reference/callback
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  CALLBACK_ANSWER_MAX_BYTES,
  CALLBACK_FAILED_MESSAGES,
  CALLBACK_TIMEOUT_MS,
  callbackStatusMessage,
  callbackStringToSign,
  fillCallbackBody,
  type Accepted,
  type CallbackSystemVariable,
} from '../oss/index.ts';
import type { CallbackObserver } from './callback-log.ts';

/** The path at which the sandbox serves the public key of its callback signatures (PEM). */
export const CALLBACK_KEY_PATH = '/__sandbox/callback-public-key.pem';

/** The key pair a sandbox signs its callbacks with, made at start. */
export interface CallbackSigner {
  privateKey: KeyObject;
  publicKeyPem: string;
}

/** A fresh RSA key pair (1024 bits, the size of OSS's published callback key). */
export function createCallbackSigner(): CallbackSigner {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** The values of OSS's system variables for one stored object. */
export type CallbackFacts = Record<CallbackSystemVariable, string>;

export type CallbackOutcome =
  { ok: true; body: string; contentType: string } | { ok: false; message: string };

/** The headers OSS adds to a callback request: the Base64 RSA-MD5 signature and key URL. */
export function signCallback(
  signer: CallbackSigner,
  keyUrl: string,
  url: string,
  body: string,
): Record<string, string> {
  const signature = createSign('RSA-MD5')
    .update(callbackStringToSign(url, body))
    .sign(signer.privateKey);
  return {
    Authorization: signature.toString('base64'),
    'x-oss-pub-key-url': Buffer.from(keyUrl).toString('base64'),
  };
}

/** Calls the callback URLs in order; the first JSON answer with a 2xx status wins. */
export async function runCallback(
  callback: NonNullable<Accepted['callback']>,
  facts: CallbackFacts,
  signing: { signer: CallbackSigner; keyUrl: string; observe?: CallbackObserver },
): Promise<CallbackOutcome> {
  const body = fillCallbackBody(callback.body, { ...facts, ...callback.vars }, callback.bodyType);
  let message: string = CALLBACK_FAILED_MESSAGES.cannotConnect;
  for (const url of callback.urls) {
    const started = Date.now();
    try {
      // callbackHost is not sent as Host: Node's fetch derives Host from the URL.
      const headers: Record<string, string> = {
        'Content-Type': callback.bodyType,
        ...signCallback(signing.signer, signing.keyUrl, url, body),
      };
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
      });
      const text = await response.text();
      const reply = { status: response.status, body: text, ms: Date.now() - started };
      const replyHeaders = Object.fromEntries(response.headers);
      signing.observe?.({
        url,
        request: { headers, body },
        reply: { ...reply, headers: replyHeaders },
      });
      if (response.status < 200 || response.status > 299) {
        message = callbackStatusMessage(response.status);
        continue;
      }
      if (Buffer.byteLength(text) > CALLBACK_ANSWER_MAX_BYTES) {
        message = CALLBACK_FAILED_MESSAGES.bodyTooLarge;
        continue;
      }
      try {
        JSON.parse(text);
      } catch {
        message = CALLBACK_FAILED_MESSAGES.notJson;
        continue;
      }
      return { ok: true, body: text, contentType: 'application/json' };
    } catch (error) {
      message =
        error instanceof Error && error.name === 'TimeoutError'
          ? CALLBACK_FAILED_MESSAGES.timedOut
          : CALLBACK_FAILED_MESSAGES.cannotConnect;
      const signed = signCallback(signing.signer, signing.keyUrl, url, body);
      const request = { headers: { 'Content-Type': callback.bodyType, ...signed }, body };
      signing.observe?.({ url, request, reply: { error: message, ms: Date.now() - started } });
    }
  }
  return { ok: false, message };
}
