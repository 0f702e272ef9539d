import { describe, expect, it } from 'vitest';
import type { PolicyCondition } from './policy-types.ts';
import { formatCondition, matchCondition } from './condition-match.ts';
import { unescapeConditionValue } from './condition-operators.ts';

const sent: Record<string, string> = {
  key: 'user/eric/${filename}',
  'content-type': 'image/png',
  'cache-control': 'max-age=60',
  bucket: 'examplebucket',
  'x-oss-meta-tag': 'dummy_etag_1',
};
const lookup = (name: string) => sent[name.toLowerCase()];

describe('matchCondition (checked before ${filename} expansion: docs/oss-rules.md#escaping-and-filename)', () => {
  it.each<[string, PolicyCondition, number | undefined, string]>([
    ['object form matches', { bucket: 'examplebucket' }, undefined, 'ok'],
    ['object form mismatch', { bucket: 'other' }, undefined, 'mismatch'],
    ['eq on template (escaped \\$)', ['eq', '$key', 'user/eric/\\${filename}'], undefined, 'ok'],
    ['eq on expanded name fails', ['eq', '$key', 'user/eric/a.png'], undefined, 'mismatch'],
    ['starts-with inside the prefix', ['starts-with', '$key', 'user/eric/'], undefined, 'ok'],
    [
      'starts-with past the template',
      ['starts-with', '$key', 'user/eric/a'],
      undefined,
      'mismatch',
    ],
    [
      '$content-type vs Content-Type',
      ['in', '$content-type', ['image/jpg', 'image/png']],
      undefined,
      'ok',
    ],
    ['in fails', ['in', '$Content-Type', ['image/jpg']], undefined, 'mismatch'],
    ['not-in passes', ['not-in', '$cache-control', ['no-cache']], undefined, 'ok'],
    ['not-in fails', ['not-in', '$cache-control', ['max-age=60']], undefined, 'mismatch'],
    ['condition on a missing field', ['eq', '$success_action_status', '201'], undefined, 'missing'],
    [
      'starts-with "" on a missing field',
      ['starts-with', '$x-oss-meta-a', ''],
      undefined,
      'missing',
    ],
    ['meta prefix', ['starts-with', '$x-oss-meta-tag', 'dummy_etag'], undefined, 'ok'],
    ['range inside', ['content-length-range', 1, 1024], 1024, 'ok'],
    ['range too small', ['content-length-range', 1, 1024], 0, 'too-small'],
    ['range too large', ['content-length-range', 1, 1024], 1025, 'too-large'],
    ['range without a file size', ['content-length-range', 1, 1024], undefined, 'ok'],
    ['unknown operator', ['like', '$key', 'a'] as unknown as PolicyCondition, undefined, 'unknown'],
  ])('%s', (_name, condition, size, expected) => {
    const outcome = matchCondition(condition, lookup, size);
    expect(outcome.ok ? 'ok' : outcome.reason).toBe(expected);
  });
});

describe('formatCondition (echo in AccessDenied messages)', () => {
  it.each<[PolicyCondition, string]>([
    [['starts-with', '$key', 'user/eric/'], '["starts-with", "$key", "user/eric/"]'],
    [{ bucket: 'examplebucket' }, '["eq", "$bucket", "examplebucket"]'],
    [['eq', '$x-oss-security-token', ''], '["eq", "$x-oss-security-token", ""]'],
    [['content-length-range', 1, 1024], '["content-length-range", 1, 1024]'],
    [
      ['in', '$content-type', ['image/jpg', 'image/png']],
      '["in", "$content-type", ["image/jpg", "image/png"]]',
    ],
  ])('%j → %s', (condition, text) => {
    expect(formatCondition(condition)).toBe(text);
  });

  it('reads \\$ as a literal $', () => {
    expect(unescapeConditionValue('a\\${filename}')).toBe('a${filename}');
  });
});
