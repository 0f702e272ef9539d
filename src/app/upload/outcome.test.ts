import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { explainAnswer } from './explain-answer.ts';
import { needsErrorReader, readOutcome, sayClockNote, type AnsweredOutcome } from './outcome.ts';
import { readAnswer } from './send-and-read.ts';
import { saySizeNote } from '../result/outcome-sizes.ts';
import { LOGIC_NOTES_TEXTS } from '../logic/texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const READER = explainAnswer;

const SENT = Date.parse('2030-01-01T00:00:00.000Z');
const base: AnsweredOutcome = {
  status: 201,
  statusText: '',
  headers: {},
  body: '',
  aborted: false,
  sentAt: SENT,
  receivedAt: SENT + 200,
  postResponse: null,
};

describe('reading an upload answer', () => {
  it('reads a 201 PostResponse: ETag, request id, CRC64, key', () => {
    const reading = readOutcome(
      readAnswer({
        ...base,
        headers: { etag: '"5B3C"', 'x-oss-request-id': 'RID', 'x-oss-hash-crc64ecma': '123' },
        body: '<PostResponse><Bucket>b</Bucket><Key>uploads/a&amp;b.txt</Key><ETag>&quot;5B3C&quot;</ETag></PostResponse>',
      }),
      READER,
    );
    expect(reading).toMatchObject({
      kind: 'success',
      status: 201,
      etag: '"5B3C"',
      requestId: 'RID',
      crc64: '123',
      key: 'uploads/a&b.txt',
    });
  });

  it('reads the ETag from the PostResponse when the header is not exposed', () => {
    const reading = readOutcome(
      readAnswer({
        ...base,
        body: '<PostResponse><ETag>&quot;5B3C&quot;</ETag></PostResponse>',
      }),
      null,
    );
    expect(reading).toMatchObject({ kind: 'success', etag: '"5B3C"' });
  });

  it('reports a server clock 30 minutes ahead', () => {
    const reading = readOutcome(
      {
        ...base,
        status: 204,
        headers: { date: new Date(SENT + 30 * 60_000).toUTCString() },
      },
      null,
    );
    expect(reading.kind === 'success' && reading.clockNote).toMatchObject({
      minutes: 30,
      direction: 'behind',
    });
  });

  it.each([
    [{ ...base, status: 0, aborted: true }, 'aborted'],
    [{ ...base, status: 0 }, 'no-response'],
    [{ ...base, status: 203, body: '' }, 'oss-error'],
    [{ ...base, status: 502, body: 'Bad gateway' }, 'oss-error'],
  ])('%# → %s', (outcome, kind) => {
    expect(readOutcome(outcome, READER).kind).toBe(kind);
  });

  // The error reader (with the catalog) loads on demand: only error answers wait for it.
  it.each([
    [{ ...base, status: 204 }, false],
    [{ ...base, status: 303 }, false],
    [{ ...base, status: 0, aborted: true }, false],
    [{ ...base, status: 0 }, false],
    [{ ...base, status: 203 }, true],
    [{ ...base, status: 403, body: '<Error/>' }, true],
  ])('%# needs the error reader: %s', (outcome, needed) => {
    expect(needsErrorReader(outcome)).toBe(needed);
    expect(readOutcome(outcome, null).kind === 'reading').toBe(needed);
  });
});

describe('an OSS error answer', () => {
  it('is parsed and explained by the core catalog', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>Invalid according to Policy: Policy expired.</Message>\n  <RequestId>5C3D9175B6FC201293AD****</RequestId>\n  <HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>\n  <ServerTime>2030-01-01T00:20:00.000Z</ServerTime>\n</Error>\n';
    const reading = readOutcome(
      {
        ...base,
        status: 403,
        body,
        headers: { 'x-oss-request-id': '5C3D9175B6FC201293AD****' },
      },
      READER,
    );
    expect(reading.kind).toBe('oss-error');
    if (reading.kind !== 'oss-error') return;
    expect(reading.error).toMatchObject({
      code: 'AccessDenied',
      message: 'Invalid according to Policy: Policy expired.',
    });
    // The catalog's entry for an expired policy, not a generic AccessDenied text.
    expect(reading.explanation).toMatchObject({
      code: 'AccessDenied',
      cause: expect.stringMatching(/policy expiration has passed/),
      fields: ['policy'],
    });
    expect(reading.clockNote).toMatchObject({ minutes: 20, direction: 'behind' });
  });
});

const errorBody = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${message}</Message>\n  <RequestId>5C3D9175B6FC201293AD0000</RequestId>\n  <HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>\n</Error>\n`;

describe('an OSS error answer read for the form that was sent', () => {
  it('a V4 form never lists the V1 Signature field as concerned, nor a V1 form the V4 ones', () => {
    const body = errorBody(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    );
    const answer = { ...base, status: 403, body };
    const fieldsFor = (version: 'v1' | 'v4') => {
      const reading = readOutcome(answer, READER, { version });
      return reading.kind === 'oss-error' ? (reading.explanation?.fields ?? []) : [];
    };
    expect(fieldsFor('v4')).toContain('x-oss-signature');
    expect(fieldsFor('v4')).not.toContain('Signature');
    expect(fieldsFor('v1')).toContain('Signature');
    expect(fieldsFor('v1')).not.toContain('x-oss-signature');
  });

  it('a size refusal states the file bytes and the allowed range', () => {
    const body = errorBody(
      'EntityTooLarge',
      'Your proposed upload exceeds the maximum allowed size.',
    );
    const reading = readOutcome({ ...base, status: 400, body }, READER, {
      fileSize: 3 * 1024 ** 2 + 1,
      conditions: DEFAULT_VALUES.conditions.map((row) =>
        row.kind === 'content-length-range' ? { ...row, max: 2 } : row,
      ),
    });
    if (reading.kind !== 'oss-error' || !reading.sizeNote) throw new Error('no size note');
    expect(saySizeNote(reading.sizeNote, textsNow(LOGIC_NOTES_TEXTS))).toBe(
      'The file is 3,145,729 bytes (3.0 MiB); your condition 2 allows 1 B – 2 MiB (1–2,097,152 bytes).',
    );
  });

  it('the clock note takes the V4 skew allowance from the core', () => {
    const answer = { ...base, headers: { date: new Date(SENT + 30 * 60_000).toUTCString() } };
    const reading = readOutcome(answer, READER);
    if (reading.kind !== 'success' || !reading.clockNote) throw new Error('no clock note');
    expect(sayClockNote(reading.clockNote, textsNow(LOGIC_NOTES_TEXTS))).toBe(
      "This computer's clock is about 30 min behind the server's. V4 allows 15 minutes; set the clock (NTP) or sign on a server with a correct clock.",
    );
  });
});
