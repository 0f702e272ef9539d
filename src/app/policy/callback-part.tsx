import { lazy, Suspense } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useDetailsOpen } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { CALLBACK_INPUT_IDS } from '../form/callback-problems.ts';
import { toCallbackSpec } from '../form/to-post-form-spec.ts';
import { PANELS_CALLBACK_PART_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

// import(): the editor loads right after the first paint, in its own chunk, so the initial bundle
// does not grow with it.
const CallbackEditor = lazy(() =>
  import('./callback-editor.tsx').then((module) => ({ default: module.CallbackEditor })),
);

const CALLBACK_INPUTS = Object.values(CALLBACK_INPUT_IDS);

/**
 * The Policy panel's optional Callback part. Once the form carries a callback (typed, imported,
 * restored from a share link) it opens, so a callback is never hidden from view; a link to one of
 * its inputs opens it too.
 */
export function CallbackPart() {
  const t = useTexts(PANELS_CALLBACK_PART_TEXTS);
  const { getValues } = useFormContext<BuilderValues>();
  const callbackUrl = useWatch<BuilderValues, 'callbackUrl'>({ name: 'callbackUrl' });
  const carriesCallback = toCallbackSpec({ ...getValues(), callbackUrl }) !== undefined;
  const details = useDetailsOpen(CALLBACK_INPUTS, carriesCallback);
  return (
    <details className="callback" id="callback" {...details}>
      <summary>{t.summary}</summary>
      <Suspense fallback={<p className="hint">{t.loading}</p>}>
        <CallbackEditor />
      </Suspense>
    </details>
  );
}
