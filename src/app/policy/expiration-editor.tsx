import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../ui/field.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { V4_MAX_VALIDITY_MS } from '../../oss/index.ts';
import { localeStore } from '../../ui/i18n/locale.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import { PANELS_EXPIRATION_TEXTS } from './texts-en.ts';
import { FORM_SCHEMA_TEXTS } from '../form/texts-en.ts';
import { sayFormError } from '../form/say-form-error.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

const MAX_DAYS = V4_MAX_VALIDITY_MS / 86_400_000;

/** The instant in UTC and in local time, the latter written the way the chosen language writes it. */
export function describeInstant(
  iso: string | undefined,
  say: (values: { utc: string; local: string }) => string,
  locale: string,
): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  return say({ utc: date.toISOString(), local: date.toLocaleString(locale) });
}

/** Relative (minutes, hours, days from signing) or absolute expiration, shown in UTC and local. */
export function ExpirationEditor(props: {
  /** The expiration the signed policy carries. */
  signedExpiration?: string;
  /** When that policy was signed (ms). */
  signedAt: number;
}) {
  const { register, control, formState } = useFormContext<BuilderValues>();
  const mode = useWatch({ control, name: 'expiration.mode' });
  const errors = formState.errors.expiration;
  const t = useTexts(PANELS_EXPIRATION_TEXTS);
  const schemaTexts = useTexts(FORM_SCHEMA_TEXTS);
  const locale = useStore(localeStore);
  const shown = describeInstant(props.signedExpiration, t.instant, locale);
  const expired = props.signedExpiration
    ? Date.parse(props.signedExpiration) <= props.signedAt
    : false;
  return (
    <fieldset className="expiration">
      <legend>{t.legend}</legend>
      <label>
        <input type="radio" value="relative" {...register('expiration.mode')} /> {t.fromNow}
      </label>
      <label>
        <input type="radio" value="absolute" {...register('expiration.mode')} /> {t.atInstant}
      </label>
      {mode === 'relative' ? (
        <div className="inline">
          <Field
            id={INPUT_IDS.expirationAmount}
            label={t.validFor}
            error={sayFormError(errors?.amount?.message, schemaTexts)}
          >
            {(input) => (
              <input
                {...input}
                type="number"
                min={1}
                step="any"
                {...register('expiration.amount', { valueAsNumber: true })}
              />
            )}
          </Field>
          <Field id="expiration-unit" label={t.unit}>
            {(input) => (
              <select {...input} {...register('expiration.unit')}>
                <option value="minutes">{t.minutes}</option>
                <option value="hours">{t.hours}</option>
                <option value="days">{t.days}</option>
              </select>
            )}
          </Field>
        </div>
      ) : (
        <Field
          id={INPUT_IDS.expirationAbsolute}
          label={t.expiresAt}
          hint={t.expiresAtHint}
          error={sayFormError(errors?.absolute?.message, schemaTexts)}
        >
          {(input) => <input {...input} spellCheck={false} {...register('expiration.absolute')} />}
        </Field>
      )}
      {shown ? (
        <p className={expired ? 'field-warning' : 'hint'}>
          {(expired ? t.expired : t.expires)({ instant: shown, days: MAX_DAYS })}
        </p>
      ) : null}
    </fieldset>
  );
}
