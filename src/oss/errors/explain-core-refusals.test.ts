// The errors the core itself produces (evaluatePost's refusals, the policy decoder's OSS errors, the
// callback reader's messages) and the ones the sandbox sends from the core's records (the callback's
// 203 CallbackFailed answers) must each be explained by a catalog entry of their own, not by a
// code-only fallback.
import { describe, expect, it } from 'vitest';
import { conditionFailedMessage, OSS_REFUSALS } from '../evaluate/messages.ts';
import { explainOssError, normalizeMessage } from './explain-oss-error.ts';
import { ERROR_CATALOG } from './catalog/index.ts';
import { POLICY_OSS_ERRORS } from '../policy/policy-oss-errors.ts';
import {
  CALLBACK_FAILED_MESSAGES,
  CALLBACK_MESSAGES,
  callbackStatusMessage,
} from '../callback/callback-messages.ts';
import { ecDocUrl } from '../limits.ts';

const refusals = [
  ...Object.entries(OSS_REFUSALS).map(
    ([name, r]) =>
      [
        `evaluatePost ${name}`,
        {
          code: r.code,
          message:
            name === 'conditionFailed'
              ? conditionFailedMessage('["eq", "$bucket", "x"]')
              : r.message,
          ec: 'ec' in r ? r.ec : undefined,
        },
      ] as const,
  ),
  ...Object.entries(POLICY_OSS_ERRORS).map(
    ([name, r]) =>
      [
        `decodePolicy ${name}`,
        { code: r.code, message: r.message, ec: 'ec' in r ? r.ec : undefined },
      ] as const,
  ),
  ...Object.entries(CALLBACK_MESSAGES).map(
    ([name, message]) =>
      [`validateCallback ${name}`, { code: 'InvalidArgument', message, ec: undefined }] as const,
  ),
  ...[...Object.entries(CALLBACK_FAILED_MESSAGES), ['status 403', callbackStatusMessage(403)]].map(
    ([name, message]) =>
      [`sandbox callback ${name}`, { code: 'CallbackFailed', message, ec: undefined }] as const,
  ),
];

describe('every OSS error the core produces has its own catalog entry', () => {
  it.each(refusals)('%s', (_name, error) => {
    const explanation = explainOssError(error);
    expect(explanation?.code).toBe(error.code);
    const entry = ERROR_CATALOG.find(
      (e) =>
        e.code === error.code &&
        e.cause === explanation?.cause &&
        e.solution === explanation.solution,
    );
    expect(entry).toBeDefined();
    // Not the code-only fallback: the entry's message (or one of its "…, or The …" alternatives)
    // begins like the error's, numbers aside.
    const start = (text: string) => normalizeMessage(text).replace(/\d+/g, '#').slice(0, 24);
    const alternatives = entry!.message.split(/,? or (?=[A-Z])/);
    expect(alternatives.map(start)).toContain(start(error.message));
    if (error.ec !== undefined) {
      expect(explanation?.docUrl).toBe(ecDocUrl(error.ec));
    }
  });
});

describe('the older wording of an error is explained by the entry of its EC', () => {
  it('InvalidAccessKeyId without "The Security Token may be lost…" but with EC 0002-00000003', () => {
    const lost = OSS_REFUSALS.stsTokenLost;
    const older = { code: lost.code, message: OSS_REFUSALS.accessKeyUnknown.message, ec: lost.ec };
    const entry = ERROR_CATALOG.find((e) => e.code === lost.code && e.ec === lost.ec);
    expect(explainOssError(older)?.cause).toBe(entry?.cause);
    // Without the EC the words are the general unknown-AccessKey ones.
    expect(explainOssError({ ...older, ec: undefined })?.cause).not.toBe(entry?.cause);
  });
});
