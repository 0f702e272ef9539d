import type { PostForm } from '../form/form-types.ts';
import { conditionField, matchCondition } from '../policy/condition-match.ts';

/** Example files by MIME type, the plain-text one first: the default when the policy allows it. */
const EXAMPLE_FILES: readonly { type: string; path: string }[] = [
  { type: 'text/plain', path: './example.txt' },
  { type: 'image/png', path: './example.png' },
  { type: 'image/jpeg', path: './example.jpg' },
  { type: 'image/gif', path: './example.gif' },
  { type: 'image/webp', path: './example.webp' },
  { type: 'application/pdf', path: './example.pdf' },
  { type: 'application/msword', path: './example.doc' },
  {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    path: './example.docx',
  },
  { type: 'application/json', path: './example.json' },
  { type: 'text/csv', path: './example.csv' },
  { type: 'video/mp4', path: './example.mp4' },
  { type: 'audio/mpeg', path: './example.mp3' },
  { type: 'application/zip', path: './example.zip' },
];

/**
 * The example file a snippet posts: one whose type the policy's Content-Type conditions admit, so
 * the command as written is not refused (a `text/plain` file under an image-only policy is a 403
 * AccessDenied). `./example.txt` when the policy says nothing about the type or admits none of these.
 *
 * @example
 * exampleFilePath(formWith(['starts-with', '$Content-Type', 'image/'])) // './example.png'
 * exampleFilePath(formWith(['in', '$content-type', ['application/pdf']])) // './example.pdf'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function exampleFilePath(form: PostForm): string {
  const typeConditions = form.policy.conditions.filter(
    (condition) => conditionField(condition) === 'content-type',
  );
  const admitted = EXAMPLE_FILES.find(({ type }) =>
    typeConditions.every(
      (condition) =>
        matchCondition(condition, (name) =>
          name.toLowerCase() === 'content-type' ? type : undefined,
        ).ok,
    ),
  );
  return admitted?.path ?? './example.txt';
}
