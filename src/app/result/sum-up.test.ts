import { describe, expect, it } from 'vitest';
import type { Check, Verdict } from '../../oss/index.ts';
import { VERDICT_TEXTS } from './verdict-texts-en.ts';
import { sumUpVerdict, type VerdictInputs } from './sum-up.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const check = (severity: Check['severity'], message: string, fields: string[] = []): Check => ({
  id: `lint.${message}`,
  severity,
  message,
  docUrl: 'https://www.alibabacloud.com/help/en/oss/developer-reference/postobject',
  fields,
});
const file = { filename: 'a.txt', size: 3, contentType: 'text/plain' };
const accepted: Verdict = {
  ok: true,
  status: 201,
  key: 'uploads/a.txt',
  object: { contentType: 'text/plain', headers: {}, meta: {} },
};
const refused = {
  ok: false,
  status: 403,
  code: 'AccessDenied',
  message:
    'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "uploads/"]',
  fields: ['key'],
} as unknown as Verdict;

const base: VerdictInputs = {
  checks: [],
  signError: null,
  file: null,
  dryRun: null,
  typedKey: { id: 'LTAI5tSandbox', secret: 's' },
};

describe('the live verdict', () => {
  it.each([
    ['still signing', { checks: null }, 'pending', 'Signing the form…'],
    ['no findings', {}, 'ok', 'No problems'],
    [
      'one error, named first',
      { checks: [check('warning', 'W'), check('error', 'E1', ['key'])] },
      'error',
      '1 problem: E1',
    ],
    [
      'errors counted',
      { checks: [check('error', 'E1'), check('error', 'E2')] },
      'error',
      '2 problems: E1',
    ],
    ['warnings only', { checks: [check('warning', 'W')] }, 'warning', '1 warning(s): W'],
    ['a file, dry run loading', { file }, 'pending', 'Loading the dry run'],
    [
      'a file OSS accepts',
      { file, dryRun: accepted },
      'ok',
      'OSS would accept a.txt: stored as uploads/a.txt (HTTP 201).',
    ],
    [
      'a file OSS refuses',
      { file, dryRun: refused },
      'error',
      'OSS would refuse a.txt: AccessDenied',
    ],
    [
      'a form that cannot be signed',
      { signError: 'bad secret' },
      'error',
      'The form could not be signed. bad secret',
    ],
  ] as const)('%s', (_title, over, tone, text) => {
    const summary = sumUpVerdict({ ...base, ...over }, textsNow(VERDICT_TEXTS));
    expect(summary.tone).toBe(tone);
    expect(summary.text).toContain(text);
  });

  it('points at the first problem field', () => {
    const summary = sumUpVerdict(
      { ...base, checks: [check('error', 'E', ['key'])] },
      textsNow(VERDICT_TEXTS),
    );
    expect(summary.problemField).toBe('key');
  });

  const sandboxKey = { id: 'LTAI5tSandbox', secret: 's' };
  it.each([
    ['the sandbox key, typed', sandboxKey, 'ok', 'Signed with the sandbox'],
    ['another secret', { ...sandboxKey, secret: 'x' }, 'error', 'SignatureDoesNotMatch'],
    ['another AccessKey ID', { ...sandboxKey, id: 'LTAI5tOther' }, 'error', 'InvalidAccessKeyId'],
    ['a key the page does not know', undefined, 'ok', 'Signature not verified'],
  ] as const)(
    'with a file, says how far the signature was checked: %s',
    (_t, known, tone, note) => {
      const summary = sumUpVerdict(
        { ...base, file, dryRun: accepted, knownKey: known },
        textsNow(VERDICT_TEXTS),
      );
      expect(summary.tone).toBe(tone);
      expect(summary.signature).toContain(note);
      // A key the sandbox will refuse is the headline, with the Code it answers.
      if (tone === 'error') expect(summary.text).toContain(`would refuse a.txt: ${note}`);
    },
  );
});
