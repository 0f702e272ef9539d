import { fieldsForFile, type FormEntry, type PostForm } from '../../oss/index.ts';

export type SendOrder = 'standard' | 'key-after-file';

/** One part as it is sent: a text field, or the file's place. */
export type SendPart = { name: string; value: string } | { name: 'file'; file: true };

/**
 * The parts in send order. `standard` is the core's order (key first … file last);
 * `key-after-file` moves `key` behind the file on purpose, to reproduce OSS's error.
 */
export function orderParts(fields: FormEntry[], order: SendOrder): SendPart[] {
  const parts: SendPart[] = fields.map((entry) =>
    entry.kind === 'file' ? { name: 'file', file: true } : { name: entry.name, value: entry.value },
  );
  if (order === 'standard') return parts;
  const key = parts.filter((part) => part.name === 'key');
  return [...parts.filter((part) => part.name !== 'key'), ...key];
}

/**
 * The signed form's parts as the page sends them: with a file chosen (its type, possibly empty),
 * its Content-Type where the policy tests it (`fieldsForFile`), then in `order`. The live preview,
 * the dry run and the upload all send these.
 */
export function sendParts(form: PostForm, fileType: string | null, order: SendOrder): SendPart[] {
  return orderParts(fileType === null ? form.fields : fieldsForFile(form, fileType), order);
}
