import { describe, expect, it } from 'vitest';
import { OSS_ERROR_BODIES } from '../fixtures/oss-error-bodies.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';
import { createPostingTarget, readProbeAnswer, type PostedAnswer } from './posting-target.ts';
import type { ProbeUpload } from './probe-types.ts';

const POLICY: PolicyDocument = {
  expiration: '2030-01-01T00:00:00.000Z',
  conditions: [['starts-with', '$key', 'uploads/']],
};
const UPLOAD: ProbeUpload = {
  bucket: 'examplebucket',
  fields: [
    { name: 'key', value: 'uploads/a.txt' },
    { name: 'x-oss-forbid-overwrite', value: 'false' },
  ],
  file: { filename: 'a.txt', size: 3, contentType: 'text/plain' },
};
const refusal = OSS_ERROR_BODIES[0]!;

describe('readProbeAnswer: what an answer means for a probe', () => {
  it.each([
    ['200: stored under its key', 200, '', { status: 200, key: 'uploads/a.txt' }],
    ['204: stored under its key', 204, '', { status: 204, key: 'uploads/a.txt' }],
    ['303 (success_action_redirect): admitted', 303, '', { status: 303, key: 'uploads/a.txt' }],
    [
      '403 with OSS XML: its Code and Message',
      403,
      refusal.body,
      { status: 403, code: refusal.expected.code, message: refusal.expected.message },
    ],
  ])('%s', (_case, status, body, expected) => {
    expect(readProbeAnswer(status, body, 'uploads/a.txt')).toEqual(expected);
  });
});

/** A send that records each form and answers from `answers` in turn. */
function recorder(answers: (PostedAnswer | Error)[]) {
  const sent: { url: string; names: string[]; fields: Record<string, string> }[] = [];
  const send = async (url: string, body: FormData): Promise<PostedAnswer> => {
    const fields: Record<string, string> = {};
    for (const [name, value] of body.entries()) if (typeof value === 'string') fields[name] = value;
    sent.push({ url, names: [...body.keys()], fields });
    const answer = answers.shift() ?? { status: 204, text: async () => '' };
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { sent, send };
}

function target(send: ReturnType<typeof recorder>['send']) {
  return createPostingTarget({
    kind: 'sandbox',
    bucket: 'examplebucket',
    region: 'cn-hangzhou',
    key: { accessKeyId: 'AK', accessKeySecret: 'secret' },
    bucketUrl: (bucket) => `http://127.0.0.1:9000/${bucket}`,
    maxPostBytes: 1024,
    send,
  });
}

describe('createPostingTarget: each probe posted as a real form', () => {
  it('posts key first, the signed V4 fields, the probe fields, then the file; lists what it stored', async () => {
    const { sent, send } = recorder([]);
    const posting = target(send);
    expect(await posting.post(UPLOAD, POLICY)).toEqual({ status: 204, key: 'uploads/a.txt' });
    expect(sent[0]!.url).toBe('http://127.0.0.1:9000/examplebucket');
    expect(sent[0]!.names[0]).toBe('key');
    expect(sent[0]!.names.at(-1)).toBe('file');
    expect(sent[0]!.names).toEqual(
      expect.arrayContaining([
        'policy',
        'x-oss-signature-version',
        'x-oss-credential',
        'x-oss-date',
        'x-oss-signature',
      ]),
    );
    expect(posting.stored()).toEqual(['uploads/a.txt']);
  });

  it('stores an object first for the overwrite probe, with x-oss-forbid-overwrite true', async () => {
    const { sent, send } = recorder([]);
    await target(send).post({ ...UPLOAD, existing: true }, POLICY);
    expect(sent.map((form) => form.fields['x-oss-forbid-overwrite'])).toEqual(['true', 'false']);
  });

  it.each([
    [
      "a browser's unfollowed redirect reads as 303",
      { status: 0, type: 'opaqueredirect', text: async () => '' },
      { status: 303, key: 'uploads/a.txt' },
    ],
    [
      'a refusal keeps nothing',
      { status: 403, text: async () => refusal.body },
      { status: 403, code: 'AccessDenied', message: refusal.expected.message },
    ],
    [
      'a network failure is an answer with status 0',
      new TypeError('fetch failed', { cause: 'ECONNREFUSED' }),
      { status: 0, message: 'ECONNREFUSED' },
    ],
  ] as const)('%s', async (_case, answer, expected) => {
    const { send } = recorder([answer as PostedAnswer | Error]);
    const posting = target(send);
    expect(await posting.post(UPLOAD, POLICY)).toEqual(expected);
    expect(posting.stored()).toEqual(expected.status === 303 ? ['uploads/a.txt'] : []);
  });
});
