import { parsePostResponse, type Explanation, type OssError } from '../../oss/index.ts';
import type { ErrorReader } from '../core.ts';
import type { UploadOutcome } from '../remote/upload.ts';
import { estimateClockSkew, skewMatters } from './clock-skew.ts';

/** What an upload's answer means for the page. */
export type OutcomeReading =
  /** An error answer came back; the error reader (with the catalog) is still loading. */
  | { kind: 'reading'; status: number }
  | { kind: 'aborted' }
  | { kind: 'no-response' }
  | {
      kind: 'success';
      status: number;
      etag?: string;
      requestId?: string;
      crc64?: string;
      /** `<Key>` of a PostResponse (status 201). */
      key?: string;
      body: string;
      clockNote?: string;
    }
  | {
      kind: 'oss-error';
      status: number;
      error: OssError | null;
      explanation: Explanation | null;
      body: string;
      clockNote?: string;
    };

/** A sentence about the browser clock when it is off by more than a minute, else undefined. */
export function describeClock(outcome: UploadOutcome, error: OssError | null): string | undefined {
  const serverTime = error?.extra.ServerTime;
  const skew = estimateClockSkew(
    serverTime ?? outcome.headers.date,
    outcome.sentAt,
    outcome.receivedAt,
  );
  if (!skew || !skewMatters(skew)) return undefined;
  const minutes = Math.round(Math.abs(skew.skewMs) / 6000) / 10;
  const direction = skew.skewMs > 0 ? 'behind' : 'ahead of';
  return `This computer's clock is about ${minutes} min ${direction} the server's. V4 allows 15 minutes; set the clock (NTP) or sign on a server with a correct clock.`;
}

function isSuccess(outcome: UploadOutcome): boolean {
  return outcome.status >= 200 && outcome.status < 400 && outcome.status !== 203;
}

/** Whether reading this answer takes the error reader (an error status with a body to explain). */
export function needsErrorReader(outcome: UploadOutcome): boolean {
  return !outcome.aborted && outcome.status !== 0 && !isSuccess(outcome);
}

/**
 * Reads an upload's answer: success facts, an OSS error with its explanation, or no answer.
 * An error answer needs `reader` (loaded on demand); without it the reading is `reading`.
 */
export function readOutcome(outcome: UploadOutcome, reader: ErrorReader | null): OutcomeReading {
  if (outcome.aborted) return { kind: 'aborted' };
  if (outcome.status === 0) return { kind: 'no-response' };
  if (isSuccess(outcome)) {
    const clockNote = describeClock(outcome, null);
    const answer = parsePostResponse(outcome.body);
    return {
      kind: 'success',
      status: outcome.status,
      etag: outcome.headers.etag ?? answer?.etag,
      requestId: outcome.headers['x-oss-request-id'],
      crc64: outcome.headers['x-oss-hash-crc64ecma'],
      key: answer?.key,
      body: outcome.body,
      ...(clockNote ? { clockNote } : {}),
    };
  }
  if (!reader) return { kind: 'reading', status: outcome.status };
  const error = reader.parseOssError(outcome.body, outcome.headers);
  const explanation = error
    ? reader.explainOssError({ code: error.code, message: error.message, ec: error.ec })
    : null;
  const clockNote = describeClock(outcome, error);
  return {
    kind: 'oss-error',
    status: outcome.status,
    error,
    explanation,
    body: outcome.body,
    ...(clockNote ? { clockNote } : {}),
  };
}
