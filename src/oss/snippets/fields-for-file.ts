// The fields a client sends for one chosen file. A policy that tests Content-Type is met only by a
// Content-Type form field (OSS does not read the file part's own type for policy conditions), so
// when the form does not fix it, the sender adds the chosen file's type. The page's upload, its dry
// run and the snippets all take it from here.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { canonicalFieldName } from '../form/field-names.ts';
import { explainField } from '../form/field-why.ts';
import type { FormEntry, PostForm } from '../form/form-types.ts';
import { conditionField, readCondition } from '../policy/condition-match.ts';

const CONTENT_TYPE = 'Content-Type';

/**
 * Does the sender take Content-Type from the chosen file? Yes when the policy tests Content-Type
 * and the form does not send a fixed Content-Type field.
 *
 * @example
 * takesContentTypeFromFile({ fields: [{ kind: 'file', name: 'file', why: '' }],
 *   policy: { expiration: '…', conditions: [['starts-with', '$content-type', 'image/']] } }) // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function takesContentTypeFromFile(form: Pick<PostForm, 'fields' | 'policy'>): boolean {
  const fixed = form.fields.some(
    (entry) => entry.kind === 'field' && canonicalFieldName(entry.name) === CONTENT_TYPE,
  );
  return (
    !fixed &&
    form.policy.conditions.some((condition) => conditionField(condition) === 'content-type')
  );
}

/**
 * The form's entries to send with one file: as built, plus a `Content-Type` field holding the file's
 * type (the browser's `File.type`, `''` when unknown) just before the file when
 * {@link takesContentTypeFromFile}.
 *
 * @example
 * fieldsForFile(form, 'text/plain').map((entry) => entry.name)
 * // ['key', …, 'x-oss-signature', 'Content-Type', 'file'] under a policy that tests Content-Type
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function fieldsForFile(
  form: Pick<PostForm, 'fields' | 'policy' | 'version'>,
  fileType: string,
): FormEntry[] {
  if (!takesContentTypeFromFile(form)) return [...form.fields];
  const entry: FormEntry = {
    kind: 'field',
    name: CONTENT_TYPE,
    value: fileType,
    why: `${explainField(CONTENT_TYPE, form.version)} Taken from the chosen file, so the policy's Content-Type condition judges the real file.`,
  };
  const at = form.fields.findIndex((field) => field.kind === 'file');
  return at < 0
    ? [...form.fields, entry]
    : [...form.fields.slice(0, at), entry, ...form.fields.slice(at)];
}

/**
 * The HTML `accept` list that matches the policy's Content-Type conditions (`starts-with image/` →
 * `image/*`, `in` / `eq` → the types), or undefined when none can be written.
 *
 * @example acceptForPolicy({ expiration: '…', conditions: [['starts-with', '$content-type', 'image/']] }) // 'image/*'
 * @see https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/accept
 */
export function acceptForPolicy(policy: PostForm['policy']): string | undefined {
  for (const condition of policy.conditions) {
    const test = readCondition(condition);
    if (test.op === 'unknown' || test.op === 'content-length-range') continue;
    if (test.field !== 'content-type') continue;
    if (test.op === 'starts-with' && /^[a-z]+\/$/i.test(test.value)) return `${test.value}*`;
    if (test.op === 'eq' && test.value !== '') return test.value;
    if (test.op === 'in' && test.values.some((v) => v !== '')) {
      return test.values.filter((v) => v !== '').join(',');
    }
  }
  return undefined;
}
