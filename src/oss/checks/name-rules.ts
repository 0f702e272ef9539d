// Bucket and object naming (HTTP 400 reference: InvalidBucketName, InvalidObjectName).
import { validateBucketName } from '../form/bucket-name.ts';
import { HTTP_400_DOC_URL, OBJECT_KEY_MAX_BYTES } from '../limits.ts';
import { validateObjectKey } from '../form/object-key.ts';
import type { CheckContext, CheckRule, Finding } from './rule.ts';
import type { Problem } from '../result.ts';
import { sayFrom } from '../texts.ts';
import { CHECKS_TEXTS } from './texts-en.ts';

const say = sayFrom(CHECKS_TEXTS);

/**
 * A naming Problem as a finding: its message, and its text when the naming rules give one (else the
 * rule's own text stands for it, see `Finding`).
 */
const fromProblem = (issue: Problem): Finding => ({
  message: issue.message,
  ...(issue.text ? { text: issue.text } : {}),
});

function keyIssues(context: CheckContext, id: string) {
  const key = context.field('key')?.value ?? '';
  const result = validateObjectKey(key);
  return result.ok ? [] : result.issues.filter((issue) => issue.id === id).map(fromProblem);
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
    ...say('bucket.name-invalid'),
    docUrl: HTTP_400_DOC_URL,
    fields: ['bucket'],
    find: (context) => {
      const result = validateBucketName(context.bucket);
      return result.ok ? [] : result.issues.map(fromProblem);
    },
  },
  {
    id: 'key.empty',
    severity: 'error',
    ...say('key.empty'),
    docUrl: HTTP_400_DOC_URL,
    fields: ['key'],
    find: (context) => keyIssues(context, 'key.empty'),
  },
  {
    id: 'key.too-long',
    severity: 'error',
    ...say('key.too-long', { max: OBJECT_KEY_MAX_BYTES }),
    docUrl: HTTP_400_DOC_URL,
    fields: ['key'],
    find: (context) => keyIssues(context, 'key.too-long'),
  },
  {
    id: 'key.leading-slash',
    severity: 'error',
    ...say('key.leading-slash'),
    docUrl: HTTP_400_DOC_URL,
    fields: ['key'],
    find: (context) => keyIssues(context, 'key.leading-slash'),
  },
  {
    id: 'key.not-utf8',
    severity: 'error',
    ...say('key.not-utf8'),
    docUrl: HTTP_400_DOC_URL,
    fields: ['key'],
    find: (context) => keyIssues(context, 'key.not-utf8'),
  },
];
