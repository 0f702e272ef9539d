// OSS's upload callback: POST the callbackBody (OSS's variables filled in by the core) to each
// callbackUrl in turn until one answers, 5 s each, signed as OSS signs it (RSA-MD5, Authorization,
// x-oss-pub-key-url), and hand back its JSON answer.
// https://www.alibabacloud.com/help/en/oss/developer-reference/callback
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import {
  CALLBACK_ANSWER_MAX_BYTES,
  CALLBACK_FAILED_MESSAGES,
  CALLBACK_TIMEOUT_MS,
  callbackStatusMessage,
  callbackStringToSign,
  fillCallbackBody,
  isPrivateHost,
  readCallbackAddress,
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

/** How the sandbox calls: its signer and key URL, and whether private addresses may be called. */
export interface CallbackSigning {
  signer: CallbackSigner;
  keyUrl: string;
  /** `--allow-private-callback`: loopback and private addresses may be called (a local server). */
  allowPrivate?: boolean;
  /** Told of every call and its answer (the sandbox's callback log, callback-log.ts). */
  observe?: CallbackObserver;
  /** Resolves callback host names (node:dns `lookup` unless a test hands in its own answers). */
  resolve?: typeof dnsLookup;
}

/**
 * Calls the callback URLs in order; the first JSON answer with a 2xx status wins. Each URL is
 * parsed once and the parsed URL is called (never the text as written); a host name is resolved
 * once and refused when it resolves to a private address (unless allowed), and the connection
 * goes to the address that was judged. The answer is read up to OSS's limit and no further.
 */
export async function runCallback(
  callback: NonNullable<Accepted['callback']>,
  facts: CallbackFacts,
  signing: CallbackSigning,
): Promise<CallbackOutcome> {
  const body = fillCallbackBody(callback.body, { ...facts, ...callback.vars }, callback.bodyType);
  let message: string = CALLBACK_FAILED_MESSAGES.cannotConnect;
  for (const url of callback.urls) {
    const started = Date.now();
    const address = readCallbackAddress(url);
    if (!address || (address.private && !signing.allowPrivate)) {
      message = CALLBACK_FAILED_MESSAGES.cannotConnect;
      continue;
    }
    // callbackHost is not sent as Host: the Host header is the URL's. These are the headers the
    // log records (and a reader replays with the body); Content-Length is framing, added on the
    // wire from the body itself, so a replay with an edited body never carries a false length.
    const headers: Record<string, string> = {
      'Content-Type': callback.bodyType,
      ...signCallback(signing.signer, signing.keyUrl, address.href, body),
    };
    const lookup = guardedLookup(signing.allowPrivate === true, signing.resolve);
    const answer = await postCallback(address.href, headers, body, lookup);
    const ms = Date.now() - started;
    signing.observe?.({
      url: address.href,
      request: { headers, body },
      reply:
        answer.kind === 'failed'
          ? { error: answer.message, ms }
          : { status: answer.status, headers: answer.headers, body: answer.text, ms },
    });
    if (answer.kind === 'failed') {
      message = answer.message;
      continue;
    }
    if (answer.status < 200 || answer.status > 299) {
      message = callbackStatusMessage(answer.status);
      continue;
    }
    try {
      JSON.parse(answer.text);
    } catch {
      message = CALLBACK_FAILED_MESSAGES.notJson;
      continue;
    }
    return { ok: true, body: answer.text, contentType: 'application/json' };
  }
  return { ok: false, message };
}

type CallbackAnswer =
  | { kind: 'answered'; status: number; headers: Record<string, string>; text: string }
  | { kind: 'failed'; message: string };

/**
 * A DNS lookup that refuses private addresses, so the connection goes where it was judged to:
 * the socket connects to the address this hands back, never to a second lookup's answer. A name
 * that resolves to loopback, a private network, link-local (169.254.169.254) or Alibaba Cloud's
 * metadata address (100.100.100.200), also IPv4-mapped (`::ffff:127.0.0.1`), fails with
 * `EPRIVATEADDRESS` before any connection, unless `allowPrivate`.
 * @example guardedLookup(false)('localtest.me', {}, (error) => error?.code) // 'EPRIVATEADDRESS' (it resolves to 127.0.0.1)
 */
export function guardedLookup(
  allowPrivate: boolean,
  resolve: typeof dnsLookup = dnsLookup,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options }, (error, address, family) => {
      if (error) return callback(error, address as string, family);
      const found: LookupAddress[] = Array.isArray(address)
        ? (address as LookupAddress[])
        : [{ address: address as string, family: family ?? 4 }];
      if (!allowPrivate && found.some((a) => isPrivateHost(a.address))) {
        const refused = Object.assign(new Error(`${hostname} resolves to a private address`), {
          code: 'EPRIVATEADDRESS',
        });
        return callback(refused, address as string, family);
      }
      callback(null, address as string, family);
    });
  };
}

/** The answer's headers, one value each (repeated ones joined as fetch's Headers joins them). */
function answerHeaders(response: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(response.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : (value ?? ''),
    ]),
  );
}

/** POSTs one callback, reading at most CALLBACK_ANSWER_MAX_BYTES of the answer, within the timeout. */
function postCallback(
  href: string,
  headers: Record<string, string>,
  body: string,
  lookup: LookupFunction,
): Promise<CallbackAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: CallbackAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(answer);
    };
    const send = href.startsWith('https:') ? httpsRequest : httpRequest;
    const request = send(
      href,
      {
        method: 'POST',
        // A fixed length, as OSS sends it (not chunked: some callback servers read Content-Length).
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup,
      },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          // Stop at the limit: the rest of an oversized answer is never read into memory.
          if (size > CALLBACK_ANSWER_MAX_BYTES) {
            settle({ kind: 'failed', message: CALLBACK_FAILED_MESSAGES.bodyTooLarge });
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          settle({
            kind: 'answered',
            status: response.statusCode ?? 0,
            headers: answerHeaders(response),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', () =>
          settle({ kind: 'failed', message: CALLBACK_FAILED_MESSAGES.cannotConnect }),
        );
      },
    );
    const timer = setTimeout(
      () => settle({ kind: 'failed', message: CALLBACK_FAILED_MESSAGES.timedOut }),
      CALLBACK_TIMEOUT_MS,
    );
    request.on('error', () =>
      settle({ kind: 'failed', message: CALLBACK_FAILED_MESSAGES.cannotConnect }),
    );
    request.end(body);
  });
}
