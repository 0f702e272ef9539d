import { describe, expect, it } from 'vitest';
import { validateBucketName } from './bucket-name.ts';

describe('validateBucketName (InvalidBucketName rules)', () => {
  it.each([
    ['examplebucket', []],
    ['a-1', []],
    ['x'.repeat(63), []],
    ['ab', ['bucket.length']],
    ['x'.repeat(64), ['bucket.length']],
    ['Example', ['bucket.characters']],
    ['my_bucket', ['bucket.characters']],
    ['-bucket', ['bucket.edges']],
    ['bucket-', ['bucket.edges']],
    ['', ['bucket.length']],
  ])('%s → %j', (name, ids) => {
    const result = validateBucketName(name);
    expect(result.ok ? [] : result.issues.map((i) => i.id)).toEqual(ids);
    if (!result.ok) {
      expect(result.issues[0].oss).toEqual({
        code: 'InvalidBucketName',
        message: 'The specified bucket is not valid.',
      });
    }
  });
});
