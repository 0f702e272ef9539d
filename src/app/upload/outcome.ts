import {
  V4_MAX_SKEW_MS,
  type Explanation,
  type OssError,
  type PostResponse,
  type SignatureVersion,
} from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import type { ExplainAnswer } from './explain-answer.ts';
import type { UploadOutcome } from '../remote/upload.ts';
import { isSuccess } from './answer-kind.ts';
import { estimateClockSkew, skewMatters } from './clock-skew.ts';
import { describeSizeRefusal, type SizeNote } from '../result/outcome-sizes.ts';

/**
 * The browser clock off from the server's by more than a minute: `sayClockNote` puts it in words.
 */
export interface ClockNote {
  /** How far off, in minutes (one decimal). */
  minutes: number;
  /** Where this computer's clock stands against the server's. */
  direction: 'behind' | 'ahead';
  /** The skew V4 allows, in minutes (the core's `V4_MAX_SKEW_MS`). */
  allowedMinutes: number;
}

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
      clockNote?: ClockNote;
    }
  | {
      kind: 'oss-error';
      status: number;
      error: OssError | null;
      explanation: Explanation | null;
      body: string;
      clockNote?: ClockNote;
      /** A size refusal's two numbers: the file's bytes and the allowed range. */
      sizeNote?: SizeNote;
    };

/**
 * An upload's outcome with OSS's PostResponse read from its body (send-and-read.ts, loaded with
 * the sender): null when the body is none.
 */
export interface AnsweredOutcome extends UploadOutcome {
  postResponse: PostResponse | null;
}

/** What the page knows about the request an answer belongs to. */
export interface OutcomeContext {
  /** The signature version of the form that was sent: fields of the other version are dropped. */
  version?: SignatureVersion;
  /** The size of the file that was sent. */
  fileSize?: number;
  /** The form's condition rows, for the allowed size range. */
  conditions?: BuilderValues['conditions'];
}

// The auth fields only one signature version sends (the error catalogue names both for shared errors).
const VERSION_ONLY_FIELDS: Record<SignatureVersion, readonly string[]> = {
  v1: ['OSSAccessKeyId', 'Signature'],
  v4: ['x-oss-signature-version', 'x-oss-credential', 'x-oss-date', 'x-oss-signature'],
};

/** An explanation's fields without those of the other signature version. */
function fieldsOfVersion(fields: string[], version: SignatureVersion | undefined): string[] {
  if (!version) return fields;
  const other = VERSION_ONLY_FIELDS[version === 'v4' ? 'v1' : 'v4'];
  return fields.filter((field) => !other.includes(field));
}

/** The browser clock's skew when it is off by more than a minute, else undefined. */
export function describeClock(
  outcome: UploadOutcome,
  error: OssError | null,
): ClockNote | undefined {
  const serverTime = error?.extra.ServerTime;
  const skew = estimateClockSkew(
    serverTime ?? outcome.headers.date,
    outcome.sentAt,
    outcome.receivedAt,
  );
  if (!skew || !skewMatters(skew)) return undefined;
  const minutes = Math.round(Math.abs(skew.skewMs) / 6000) / 10;
  const direction = skew.skewMs > 0 ? 'behind' : 'ahead';
  return { minutes, direction, allowedMinutes: V4_MAX_SKEW_MS / 60_000 };
}

/** A clock note in the reader's words (`LOGIC_NOTES_TEXTS`). */
export function sayClockNote(
  note: ClockNote,
  texts: Record<
    'clockBehind' | 'clockAhead',
    (values: { minutes: number; allowed: number }) => string
  >,
): string {
  const say = note.direction === 'behind' ? texts.clockBehind : texts.clockAhead;
  return say({ minutes: note.minutes, allowed: note.allowedMinutes });
}

export { needsErrorReader } from './answer-kind.ts';

/**
 * Reads an upload's answer: success facts, an OSS error with its explanation, or no answer.
 * An error answer needs `explain` (explain-answer.ts, loaded on demand); without it the reading is
 * `reading`.
 * With `context`, a size refusal states both numbers and the explanation names only the fields of
 * the version that was sent.
 */
export function readOutcome(
  outcome: AnsweredOutcome,
  explain: ExplainAnswer | null,
  context: OutcomeContext = {},
): OutcomeReading {
  if (outcome.aborted) return { kind: 'aborted' };
  if (outcome.status === 0) return { kind: 'no-response' };
  if (isSuccess(outcome)) {
    const clockNote = describeClock(outcome, null);
    const answer = outcome.postResponse;
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
  if (!explain) return { kind: 'reading', status: outcome.status };
  const { error, explanation: explained } = explain(outcome.body, outcome.headers);
  const explanation = explained
    ? { ...explained, fields: fieldsOfVersion(explained.fields, context.version) }
    : null;
  const clockNote = describeClock(outcome, error);
  const sizeNote = error
    ? describeSizeRefusal({
        code: error.code,
        fileSize: context.fileSize,
        conditions: context.conditions ?? [],
      })
    : undefined;
  return {
    kind: 'oss-error',
    status: outcome.status,
    error,
    explanation,
    body: outcome.body,
    ...(clockNote ? { clockNote } : {}),
    ...(sizeNote ? { sizeNote } : {}),
  };
}
