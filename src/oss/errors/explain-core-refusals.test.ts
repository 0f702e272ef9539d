// The errors the core itself produces (evaluatePost's refusals, the policy decoder's OSS errors)
// must each be explained by a catalog entry of their own, not by a code-only fallback.
import { describe, expect, it } from 'vitest';
import { conditionFailedMessage, OSS_REFUSALS } from '../evaluate/messages.ts';
import { explainOssError, normalizeMessage } from './explain-oss-error.ts';
import { ERROR_CATALOG } from './catalog/index.ts';
import { POLICY_OSS_ERRORS } from '../policy/policy-oss-errors.ts';

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
    // Not the code-only fallback: the entry's message begins like the error's.
    expect(normalizeMessage(entry!.message).slice(0, 24)).toBe(
      normalizeMessage(error.message).slice(0, 24),
    );
    if (error.ec !== undefined) {
      expect(explanation?.docUrl).toBe(`https://api.aliyun.com/troubleshoot?q=${error.ec}`);
    }
  });
});
