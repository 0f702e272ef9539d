import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { describedBy, Field } from '../../ui/field.tsx';
import { expandObjectKey } from '../core.ts';
import { ProgressView } from '../../ui/progress-view.tsx';
import { Section } from '../../ui/section.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { orderParts } from '../logic/form-order.ts';
import { objectUrl } from '../logic/object-key.ts';
import { applyFix, suggestFixes, type Fix } from '../logic/one-click-fixes.ts';
import type { OutcomeReading } from '../logic/outcome.ts';
import { submitPlainForm } from '../logic/plain-form.ts';
import type { UploadProgress } from '../logic/progress.ts';
import { useFailureDiagnosis } from '../remote/reachability.ts';
import { useUpload } from '../remote/upload.ts';
import { signForm } from '../use-signed-form.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import { resultMessages } from '../result/messages.ts';
import { uploadMessages } from './messages.ts';
import { FilePicker } from './file-picker.tsx';
import { LazyOutcomeView } from './lazy-outcome-view.tsx';
import { summarize } from './outcome-summary.ts';

export interface UploadPanelProps {
  form: UseFormReturn<BuilderValues>;
  file: File | null;
  onFile: (file: File | null) => void;
  reading: OutcomeReading | null;
  upload: ReturnType<typeof useUpload>;
  flaggedIds: Set<string>;
  expectedRegion?: string;
  onShowField: (field: string) => void;
  canShowField: (field: string) => boolean;
}

/** Test upload: pick a file, send it (freshly signed), watch progress, read the answer. */
export function UploadPanel(props: UploadPanelProps) {
  const { form, file, upload, reading } = props;
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [signError, setSignError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const diagnosis = useFailureDiagnosis();
  // The values the shown answer was sent with: after an edit the answer is marked as stale.
  const [sentValues, setSentValues] = useState<string | null>(null);
  const texts = useStore(resultMessages);
  const t = useStore(uploadMessages);

  const send = async () => {
    if (!file) return;
    const values = form.getValues();
    setSentValues(JSON.stringify(values));
    setSignError(null);
    let signed;
    try {
      signed = await signForm(values);
    } catch (error) {
      setSignError(error instanceof Error ? error.message : String(error));
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    diagnosis.reset();
    setProgress({ loaded: 0, total: file.size, percent: 0, bytesPerSecond: 0, secondsLeft: null });
    const request = {
      url: signed.url,
      parts: orderParts(signed.fields, values.sendOrder),
      file,
      onProgress: setProgress,
      signal: controller.signal,
    };
    upload.mutate(request, {
      onSuccess: (outcome) => {
        if (outcome.status === 0 && !outcome.aborted) diagnosis.mutate(request.url);
      },
      onSettled: () => setProgress(null),
    });
  };

  const sent = upload.variables;
  const values = form.getValues();
  const stale = reading !== null && sentValues !== null && sentValues !== JSON.stringify(values);
  // The key as sent (the form may have changed since), with ${filename} expanded as OSS does.
  const sentKey = sent?.parts.find((part) => part.name === 'key' && 'value' in part);
  const finalKey =
    reading?.kind === 'success'
      ? (reading.key ??
        (sent && sentKey && 'value' in sentKey
          ? expandObjectKey(sentKey.value, sent.file.name)
          : undefined))
      : undefined;
  const fixes: Fix[] =
    reading?.kind === 'oss-error' && reading.error
      ? suggestFixes({
          code: reading.error.code,
          message: reading.error.message,
          ec: reading.error.ec,
          hostId: reading.error.hostId,
          values,
          fileSize: sent?.file.size,
          expectedRegion: props.expectedRegion,
        })
      : [];

  const outcome = (current: OutcomeReading) => (
    <LazyOutcomeView
      reading={current}
      objectKey={finalKey}
      objectUrl={sent && finalKey ? objectUrl(sent.url, finalKey) : undefined}
      fixes={fixes}
      onFix={(fix) => applyFix(form, fix)}
      diagnosis={diagnosis.data ?? null}
      onSendPlainForm={() => sent && submitPlainForm(sent.url, sent.parts, sent.file)}
      onShowField={props.onShowField}
      canShowField={props.canShowField}
    />
  );

  return (
    <Section id="upload" title={t.title} lead={t.lead}>
      <FilePicker
        file={file}
        onFile={props.onFile}
        flagged={props.flaggedIds.has(INPUT_IDS.file)}
      />
      <details className="advanced">
        <summary>{t.advanced}</summary>
        <Field
          id={INPUT_IDS.sendOrder}
          label={t.order}
          hint={t.orderHint}
          flagged={props.flaggedIds.has(INPUT_IDS.sendOrder)}
        >
          <select
            id={INPUT_IDS.sendOrder}
            aria-describedby={describedBy(INPUT_IDS.sendOrder, { hint: true })}
            {...form.register('sendOrder')}
          >
            <option value="standard">{t.orderStandard}</option>
            <option value="key-after-file">{t.orderKeyAfterFile}</option>
          </select>
        </Field>
      </details>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={send}
          disabled={!file || upload.isPending}
        >
          {t.upload}
        </button>
        {!file ? <span className="hint">{t.chooseFirst}</span> : null}
      </div>
      {signError ? <p className="field-error">{signError}</p> : null}
      {progress && upload.isPending ? (
        <ProgressView progress={progress} onAbort={() => abort.current?.abort()} />
      ) : null}
      {stale ? <p className="stale-note">{texts.stale}</p> : null}
      <div
        role="status"
        aria-label={texts.uploadResult}
        className={stale ? 'upload-status stale' : 'upload-status'}
      >
        {reading ? <p className="summary">{summarize(reading, t)}</p> : null}
        {reading?.kind === 'success' ? outcome(reading) : null}
      </div>
      {reading && reading.kind !== 'success' ? outcome(reading) : null}
    </Section>
  );
}
