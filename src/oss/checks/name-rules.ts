// Bucket and object naming (HTTP 400 reference: InvalidBucketName, InvalidObjectName).
import { validateBucketName } from '../form/bucket-name.ts';
import { HTTP_400_DOC_URL } from '../limits.ts';
import { validateObjectKey } from '../form/object-key.ts';
import type { CheckContext, CheckRule } from './rule.ts';

function keyIssues(context: CheckContext, id: string) {
  const key = context.field('key')?.value ?? '';
  const result = validateObjectKey(key);
  return result.ok
    ? []
    : result.issues.filter((issue) => issue.id === id).map((i) => ({ message: i.message }));
}

/**
 * Bucket name and object key rules.
 *
 * @example runRules(NAME_RULES, context).map((c) => c.id) // e.g. ['bucket.name-invalid', 'key.leading-slash']
 * @see https://www.alibabacloud.com/help/en/doc-detail/185228.html
 */
export const NAME_RULES: CheckRule[] = [
  {
    id: 'bucket.name-invalid',
    severity: 'error',
    message: 'The bucket name breaks the OSS naming rules.',
    docUrl: HTTP_400_DOC_URL,
    fields: ['bucket'],
    find: (context) => {
      const result = validateBucketName(context.bucket);
      return result.ok ? [] : result.issues.map((issue) => ({ message: issue.message }));
    },
  },
  {
    id: 'key.empty',
    severity: 'error',
    message: 'The object key is empty.',
    docUrl: HTTP_400_DOC_URL,
    fields: ['key'],
    find: (context) => keyIssues(context, 'key.empty'),
  },
  {
    id: 'key.too-long',
    severity: 'error',
    message: 'The object key is longer than 1023 UTF-8 bytes.',
    docUrl: HTTP_400_DOC_URL,
    fields: ['key'],
    find: (context) => keyIssues(context, 'key.too-long'),
  },
  {
    id: 'key.leading-slash',
    severity: 'error',
    message: 'The object key starts with "/" or "\\".',
    docUrl: HTTP_400_DOC_URL,
    fields: ['key'],
    find: (context) => keyIssues(context, 'key.leading-slash'),
  },
  {
    id: 'key.not-utf8',
    severity: 'error',
    message: 'The object key cannot be encoded as UTF-8.',
    docUrl: HTTP_400_DOC_URL,
    fields: ['key'],
    find: (context) => keyIssues(context, 'key.not-utf8'),
  },
];
