// The user's extra fields merged into a built form: canonical spelling, no second copy of a field
// the builder writes (the signed value must be the only one), first of duplicates wins.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { AUTH_FIELD_NAMES, canonicalFieldName } from './field-names.ts';
import type { FieldSpec } from './form-types.ts';
import type { SpecProblem } from './post-form-spec.ts';
import { sayFrom } from '../texts.ts';
import { FORM_TEXTS } from './texts-en.ts';

const say = sayFrom(FORM_TEXTS);

/**
 * Fields the builder writes itself; a user-supplied one of these is dropped.
 *
 * @example
 * BUILDER_OWNED_FIELDS.has('policy') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const BUILDER_OWNED_FIELDS: ReadonlySet<string> = new Set([
  'key',
  'file',
  ...AUTH_FIELD_NAMES,
]);

/**
 * The user's fields as `[canonical name, value]` pairs to send, and a note for each one renamed
 * or dropped (builder-owned, written by the callback settings, or a repeated name).
 *
 * @example
 * mergeUserFields([{ name: 'content-type', value: 'image/png' }, { name: 'Signature', value: 'x' }], new Set())
 * // { fields: [['Content-Type', 'image/png']],
 * //   notes: [{ id: 'form.field-renamed', … }, { id: 'form.field-owned', … }] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function mergeUserFields(
  given: readonly FieldSpec[],
  callbackNames: ReadonlySet<string>,
): { fields: [string, string][]; notes: SpecProblem[] } {
  const seen = new Set<string>();
  const fields: [string, string][] = [];
  const notes: SpecProblem[] = [];
  for (const field of given) {
    const name = canonicalFieldName(field.name);
    if (BUILDER_OWNED_FIELDS.has(name) || callbackNames.has(name)) {
      const source = name === 'key' ? 'key' : callbackNames.has(name) ? 'callback' : 'signature';
      notes.push({
        id: 'form.field-owned',
        severity: 'warning',
        ...say('field-owned', { field: field.name, source }),
        fields: [name],
      });
      continue;
    }
    if (seen.has(name)) {
      notes.push({
        id: 'form.field-duplicate',
        severity: 'warning',
        ...say('field-duplicate', { name }),
        fields: [name],
      });
      continue;
    }
    if (name !== field.name) {
      notes.push({
        id: 'form.field-renamed',
        severity: 'info',
        ...say('field-renamed', { field: field.name, name }),
        fields: [name],
      });
    }
    seen.add(name);
    fields.push([name, field.value]);
  }
  return { fields, notes };
}
