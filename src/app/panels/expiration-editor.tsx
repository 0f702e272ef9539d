import { useFormContext, useWatch } from 'react-hook-form';
import { useFieldFocus } from '../focus/field-focus.tsx';
import { describedBy, Field } from '../../ui/field.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';

function describeInstant(iso: string | undefined): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  return `${date.toISOString()} UTC · ${date.toLocaleString()} local`;
}

/** Relative (minutes, hours, days from signing) or absolute expiration, shown in UTC and local. */
export function ExpirationEditor(props: {
  /** The expiration the signed policy carries. */
  signedExpiration?: string;
  /** When that policy was signed (ms). */
  signedAt: number;
}) {
  const { register, control, formState } = useFormContext<BuilderValues>();
  const { flagged: flaggedIds } = useFieldFocus();
  const mode = useWatch({ control, name: 'expiration.mode' });
  const errors = formState.errors.expiration;
  const shown = describeInstant(props.signedExpiration);
  const expired = props.signedExpiration
    ? Date.parse(props.signedExpiration) <= props.signedAt
    : false;
  return (
    <fieldset className="expiration">
      <legend>Expiration</legend>
      <label>
        <input type="radio" value="relative" {...register('expiration.mode')} /> From now
      </label>
      <label>
        <input type="radio" value="absolute" {...register('expiration.mode')} /> At an instant
      </label>
      {mode === 'relative' ? (
        <div className="inline">
          <Field
            id={INPUT_IDS.expirationAmount}
            label="Valid for"
            error={errors?.amount?.message}
            flagged={flaggedIds.has(INPUT_IDS.expirationAmount)}
          >
            <input
              id={INPUT_IDS.expirationAmount}
              type="number"
              min={1}
              step="any"
              aria-invalid={!!errors?.amount}
              aria-describedby={describedBy(INPUT_IDS.expirationAmount, { error: errors?.amount })}
              {...register('expiration.amount', { valueAsNumber: true })}
            />
          </Field>
          <Field id="expiration-unit" label="Unit">
            <select id="expiration-unit" {...register('expiration.unit')}>
              <option value="minutes">minutes</option>
              <option value="hours">hours</option>
              <option value="days">days</option>
            </select>
          </Field>
        </div>
      ) : (
        <Field
          id={INPUT_IDS.expirationAbsolute}
          label="Expires at (ISO 8601)"
          hint="e.g. 2030-01-01T00:00:00.000Z; a past instant reproduces “Policy expired”."
          error={errors?.absolute?.message}
          flagged={flaggedIds.has(INPUT_IDS.expirationAbsolute)}
        >
          <input
            id={INPUT_IDS.expirationAbsolute}
            spellCheck={false}
            aria-invalid={!!errors?.absolute}
            aria-describedby={describedBy(INPUT_IDS.expirationAbsolute, {
              hint: true,
              error: errors?.absolute,
            })}
            {...register('expiration.absolute')}
          />
        </Field>
      )}
      {shown ? (
        <p className={expired ? 'field-warning' : 'hint'}>
          {expired ? 'Already expired: ' : 'Expires '}
          {shown}. V4 policies may live at most 7 days.
        </p>
      ) : null}
    </fieldset>
  );
}
