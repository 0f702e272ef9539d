import { useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';

// The sandbox's record of the callbacks it sent (GET /__sandbox/callbacks, src/sandbox/callback-log.ts),
// read same-origin like /__sandbox/info, and the one entry of an upload found by its request ID.

const headersSchema = z.record(z.string(), z.string());
const replySchema = z.union([
  z.object({ status: z.number(), headers: headersSchema, body: z.string(), ms: z.number() }),
  z.object({ error: z.string(), ms: z.number() }),
]);
const attemptSchema = z.object({
  url: z.string(),
  request: z.object({ headers: headersSchema, body: z.string() }),
  signatureVerifies: z.boolean(),
  reply: replySchema,
});
const entrySchema = z.object({
  id: z.number(),
  time: z.string(),
  object: z.string(),
  requestId: z.string(),
  attempts: z.array(attemptSchema),
  answer: z.union([
    z.object({ status: z.literal(200), body: z.string() }),
    z.object({ status: z.literal(203), code: z.string(), message: z.string() }),
  ]),
});
const logSchema = z.object({ callbacks: z.array(z.unknown()) });

/** One upload's callback as the sandbox sent it, what each server answered, and OSS's answer. */
export type CallbackExchange = z.infer<typeof entrySchema>;
export type CallbackAttempt = CallbackExchange['attempts'][number];

/**
 * The entry of `requestId` in the sandbox's callback log, or null when the page has no sandbox
 * beside it, the upload had no callback, or the log does not read as expected.
 */
export async function fetchCallbackExchange(requestId: string): Promise<CallbackExchange | null> {
  try {
    const response = await fetch('/__sandbox/callbacks', { cache: 'no-store' });
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return null;
    const log = logSchema.safeParse(await response.json());
    if (!log.success) return null;
    for (const item of log.data.callbacks) {
      const entry = entrySchema.safeParse(item);
      if (entry.success && entry.data.requestId === requestId) return entry.data;
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
