import { lazy, Suspense } from 'react';
import { useFormContext } from 'react-hook-form';
import { useFocusWhenDone } from './use-focus-when-done.ts';
import { Field } from '../../ui/field.tsx';
import { ProgressView } from '../../ui/progress-view.tsx';
import { Section } from '../../ui/section.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { useDetailsOpen } from '../focus/field-focus.tsx';
import { INPUT_IDS } from '../form/field-ids.ts';
import type { OutcomeReading } from './outcome.ts';
import { useResult } from '../result/result-context.tsx';
import { useUpload } from './upload-context.tsx';
import { RESULT_TEXTS } from '../result/texts-en.ts';
import { PANELS_UPLOAD_TEXTS } from './texts-en.ts';
import { FilePicker } from './file-picker.tsx';
import { summarize } from './outcome-summary.ts';
import { reasonOf } from '../page-errors/page-error.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

// import(): the result views (success facts, explained error, CORS help) load once an upload
// has answered, in their own chunk. A failed load reaches the error boundary.
const OutcomeView = lazy(() =>
  import('./outcome-view.tsx').then((module) => ({ default: module.OutcomeView })),
);

// import(): the callback inspector (the sandbox's record of the callback it sent, its texts and
// CSS) loads once an upload that carried a callback has answered, in its own chunk. A failed load
// is said in its place.
const CallbackInspector = lazy(() =>
  import('./callback-inspector.tsx').then(
    (module) => ({ default: module.CallbackInspector }),
    (error: unknown) => ({
      default: () => <CallbackInspectorMissing reason={reasonOf(error)} />,
    }),
  ),
);

function CallbackInspectorMissing({ reason }: { reason: string }) {
  const t = useTexts(PANELS_UPLOAD_TEXTS);
  return (
    <p className="field-error" role="alert">
      {t.callbackInspectorFailed({ reason })}
    </p>
  );
}

const SEND_ORDER_INPUTS = [INPUT_IDS.sendOrder];

/** Test upload: pick a file, send it (freshly signed), watch progress, read the answer. */
export function UploadPanel() {
  const { file, session } = useUpload();
  const { context, verdict } = useResult();
  const { register } = useFormContext<BuilderValues>();
  const texts = useTexts(RESULT_TEXTS);
  const t = useTexts(PANELS_UPLOAD_TEXTS);
  const { reading, stale } = session;
  const statusRef = useFocusWhenDone<HTMLDivElement>(session.pending);

  const outcome = (current: OutcomeReading) => (
    <Suspense fallback={<p className="hint">{t.loadingDetails}</p>}>
      <OutcomeView reading={current} />
    </Suspense>
  );
  // The upload's answer is read against the dry run of this very request: its failing condition.
  const condition = verdict && !verdict.ok ? verdict.condition : undefined;
  // "Advanced" opens when a refusal's link asks for the send order.
  const advanced = useDetailsOpen(SEND_ORDER_INPUTS);

  return (
    <Section id="upload" title={t.title} lead={t.lead}>
      <FilePicker />
      <details className="advanced" {...advanced}>
        <summary>{t.advanced}</summary>
        <Field id={INPUT_IDS.sendOrder} label={t.order} hint={t.orderHint}>
          {(input) => (
            <select {...input} {...register('sendOrder')}>
              <option value="standard">{t.orderStandard}</option>
              <option value="key-after-file">{t.orderKeyAfterFile}</option>
            </select>
          )}
        </Field>
      </details>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void session.send({ context, ...(condition ? { condition } : {}) })}
          disabled={!file || session.pending}
        >
          {t.upload}
        </button>
        {!file ? <span className="hint">{t.chooseFirst}</span> : null}
      </div>
      {session.signError ? <p className="field-error">{session.signError}</p> : null}
      {session.sendFailed ? (
        <p className="field-error" role="alert">
          {t.senderFailed({ reason: session.sendFailed })}
        </p>
      ) : null}
      {session.progress ? (
        <ProgressView progress={session.progress} onAbort={session.abort} />
      ) : null}
      {stale ? <p className="stale-note">{texts.stale}</p> : null}
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-label={texts.uploadResult}
        className={stale ? 'upload-status stale' : 'upload-status'}
      >
        {reading ? <p className="summary">{summarize(reading, t)}</p> : null}
        {reading?.kind === 'success' ? outcome(reading) : null}
      </div>
      {reading && reading.kind !== 'success' ? outcome(reading) : null}
      {reading && !stale && session.sentCallback ? (
        <Suspense fallback={null}>
          <CallbackInspector reading={reading} />
        </Suspense>
      ) : null}
    </Section>
  );
}
