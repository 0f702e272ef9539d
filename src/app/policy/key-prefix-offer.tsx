import { useFormContext, useWatch } from 'react-hook-form';
import { suggestKeyPrefix } from '../../oss/index.ts';
import type { BuilderValues, ConditionRow } from '../form/builder-schema.ts';
import { PANELS_POLICY_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/**
 * The `starts-with $key` rows a key's folder no longer meets, and the folder to put there: typing
 * `avatars/${filename}` under a preset's `users/alice/` row offers to update that row too, at the
 * key, instead of an error whose fix lives only in the Result pane.
 * @example rowsToUpdate('avatars/${filename}', rows) // { prefix: 'avatars/', rows: [0] }
 */
export function rowsToUpdate(
  key: string,
  conditions: readonly ConditionRow[],
): { prefix: string; rows: number[] } | null {
  const prefix = suggestKeyPrefix(key);
  if (prefix === '') return null;
  const rows = conditions.flatMap((row, index) =>
    row.kind === 'starts-with' &&
    row.field.trim().replace(/^\$/, '').toLowerCase() === 'key' &&
    !key.startsWith(row.value)
      ? [index]
      : [],
  );
  return rows.length > 0 ? { prefix, rows } : null;
}

/** Under the Object key: "Update condition N to <folder> too", one click, when the key left it. */
export function KeyPrefixOffer() {
  const form = useFormContext<BuilderValues>();
  const [key, conditions] = useWatch({ control: form.control, name: ['key', 'conditions'] });
  const texts = useTexts(PANELS_POLICY_TEXTS);
  const update = rowsToUpdate(key ?? '', conditions ?? []);
  if (!update) return null;
  const apply = () => {
    form.setValue(
      'conditions',
      form
        .getValues('conditions')
        .map((row, index) =>
          update.rows.includes(index) ? { ...row, value: update.prefix } : row,
        ),
      { shouldDirty: true, shouldValidate: true },
    );
  };
  return (
    <p className="key-offer">
      <button type="button" onClick={apply}>
        {texts.updateConditionToo({
          rows: update.rows.map((row) => row + 1).join(', '),
          prefix: update.prefix,
        })}
      </button>
    </p>
  );
}
