import { BUCKET_NAME_MAX_LENGTH, BUCKET_NAME_MIN_LENGTH } from '../limits.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { sayFrom } from '../texts.ts';
import { FORM_TEXTS } from './texts-en.ts';

const say = sayFrom(FORM_TEXTS);

const BUCKET_NAME_OSS = {
  code: 'InvalidBucketName',
  message: 'The specified bucket is not valid.',
};

/**
 * Checks a bucket name against OSS's naming rules: 3–63 characters, lower-case letters, digits and
 * hyphens, starting and ending with a letter or digit. Every broken rule is one issue.
 *
 * @example
 * validateBucketName('examplebucket') // { ok: true, value: 'examplebucket' }
 * validateBucketName('Example_Bucket').ok // false (upper case, underscore)
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html
 */
export function validateBucketName(name: string): Result<string> {
  const issues: Problem[] = [];
  const add = (id: string, said: ReturnType<typeof say>) =>
    issues.push({ id, ...said, path: 'bucket', oss: BUCKET_NAME_OSS });
  if (name.length < BUCKET_NAME_MIN_LENGTH || name.length > BUCKET_NAME_MAX_LENGTH) {
    add(
      'bucket.length',
      say('bucket-length', {
        name,
        length: name.length,
        min: BUCKET_NAME_MIN_LENGTH,
        max: BUCKET_NAME_MAX_LENGTH,
      }),
    );
  }
  if (/[^a-z0-9-]/.test(name)) {
    add('bucket.characters', say('bucket-characters', { name }));
  }
  if (name.length > 0 && (name.startsWith('-') || name.endsWith('-'))) {
    add('bucket.edges', say('bucket-edges', { name }));
  }
  return issues.length === 0 ? ok(name) : fail(...issues);
}
