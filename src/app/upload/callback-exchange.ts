import { useQuery } from '@tanstack/react-query';
// The sandbox's record of the callbacks it sent (GET /__sandbox/callbacks, src/sandbox/callback-log.ts),
// read same-origin like /__sandbox/info, and the one entry of an upload found by its request ID.
// Read by hand, not with zod: the zod parts it would take are shared with the first paint's chunk.

/** What a callback server answered, or why nothing came back. */
export type CallbackReply =
  | { status: number; headers: Record<string, string>; body: string; ms: number }
  | { error: string; ms: number };

/** One POST the sandbox sent to one callback URL. */
export interface CallbackAttempt {
  url: string;
  request: { headers: Record<string, string>; body: string };
  signatureVerifies: boolean;
  reply: CallbackReply;
}

/** One upload's callback as the sandbox sent it, what each server answered, and OSS's answer. */
export interface CallbackExchange {
  id: number;
  time: string;
  object: string;
  requestId: string;
  attempts: CallbackAttempt[];
  answer: { status: 200; body: string } | { status: 203; code: string; message: string };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';

function readHeaders(value: unknown): Record<string, string> | null {
  if (!isObject(value)) return null;
  return Object.values(value).every(isString) ? (value as Record<string, string>) : null;
}

function readReply(value: unknown): CallbackReply | null {
  if (!isObject(value) || !isNumber(value.ms)) return null;
  if (isString(value.error)) return { error: value.error, ms: value.ms };
  const headers = readHeaders(value.headers);
  return isNumber(value.status) && headers && isString(value.body)
    ? { status: value.status, headers, body: value.body, ms: value.ms }
    : null;
}

function readAttempt(value: unknown): CallbackAttempt | null {
  if (!isObject(value) || !isString(value.url) || !isObject(value.request)) return null;
  const headers = readHeaders(value.request.headers);
  const reply = readReply(value.reply);
  if (!headers || !isString(value.request.body) || !reply) return null;
  if (typeof value.signatureVerifies !== 'boolean') return null;
  return {
    url: value.url,
    request: { headers, body: value.request.body },
    signatureVerifies: value.signatureVerifies,
    reply,
  };
}

function readAnswer(value: unknown): CallbackExchange['answer'] | null {
  if (!isObject(value)) return null;
  if (value.status === 200 && isString(value.body)) return { status: 200, body: value.body };
  if (value.status === 203 && isString(value.code) && isString(value.message)) {
    return { status: 203, code: value.code, message: value.message };
  }
  return null;
}

/** One entry of the log, or null when it does not read as the sandbox writes it. */
export function readCallbackExchange(value: unknown): CallbackExchange | null {
  if (!isObject(value) || !isNumber(value.id) || !isString(value.time)) return null;
  if (!isString(value.object) || !isString(value.requestId) || !Array.isArray(value.attempts)) {
    return null;
  }
  const attempts = value.attempts.map(readAttempt);
  const answer = readAnswer(value.answer);
  if (!answer || attempts.some((a) => a === null)) return null;
  return {
    id: value.id,
    time: value.time,
    object: value.object,
    requestId: value.requestId,
    attempts: attempts as CallbackAttempt[],
    answer,
  };
}

/**
 * The entry of `requestId` in the sandbox's callback log, or null when the page has no sandbox
 * beside it, the upload had no callback, or the log does not read as expected.
 */
export async function fetchCallbackExchange(requestId: string): Promise<CallbackExchange | null> {
  try {
    const response = await fetch('/__sandbox/callbacks', { cache: 'no-store' });
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return null;
    const log: unknown = await response.json();
    if (!isObject(log) || !Array.isArray(log.callbacks)) return null;
    for (const item of log.callbacks) {
      const entry = readCallbackExchange(item);
      if (entry?.requestId === requestId) return entry;
    }
    return null;
  } catch {
    return null;
  }
}

/** react-query for `fetchCallbackExchange`, once per upload answer (none without a request ID). */
export function useCallbackExchange(requestId: string | undefined) {
  return useQuery({
    queryKey: ['sandbox-callback', requestId],
    queryFn: () => fetchCallbackExchange(requestId ?? ''),
    enabled: !!requestId,
    staleTime: Infinity,
    retry: false,
  });
}

/** Why OSS answered 203, from the last URL it tried. */
export type CallbackFailure =
  | { kind: 'refused' }
  | { kind: 'unreachable'; url: string }
  | { kind: 'status'; url: string; status: number }
  | { kind: 'body'; url: string; status: number };

/** The cause of a 203 as the exchange shows it; null when OSS answered 200. */
export function callbackFailure(entry: CallbackExchange): CallbackFailure | null {
  if (entry.answer.status === 200) return null;
  const last = entry.attempts.at(-1);
  if (!last) return { kind: 'refused' };
  if ('error' in last.reply) return { kind: 'unreachable', url: last.url };
  const { status } = last.reply;
  return status < 200 || status > 299
    ? { kind: 'status', url: last.url, status }
    : { kind: 'body', url: last.url, status };
}
