import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { builderValuesSchema, type BuilderValues } from './form/builder-schema.ts';
import { DEFAULT_VALUES } from './form/defaults.ts';
import { conditionInputId, inputIdForField } from './form/field-ids.ts';
import { FieldFindingsContext } from '../ui/field-findings.tsx';
import { collectFindings } from './findings/collect-findings.ts';
import { PageHeader } from './header/page-header.tsx';
import { useStore } from '../ui/i18n/use-store.ts';
import { LazyResultParts } from './result/lazy-result-parts.tsx';
import { resultMessages } from './result/messages.ts';
import { VerdictBar } from './verdict/verdict-bar.tsx';
import { LazyImportEntry, LazyInterchangeSections } from './interchange/lazy-interchange.tsx';
import { dryRun } from './logic/dry-run.ts';
import { applyFix, suggestFixes } from './logic/one-click-fixes.ts';
import { orderParts } from './logic/form-order.ts';
import { previewMultipart, type FileFacts } from './logic/multipart-preview.ts';
import { needsErrorReader, readOutcome } from './logic/outcome.ts';
import { CredentialsPanel } from './panels/credentials-panel.tsx';
import { PolicyPanel } from './panels/policy-panel.tsx';
import { TargetPanel } from './panels/target-panel.tsx';
import { useSandboxInfo } from './remote/sandbox-info.ts';
import { useUpload } from './remote/upload.ts';
import { useErrorReader, useEvaluator } from './use-core-loaders.ts';
import { useSandboxPrefill } from './use-sandbox-prefill.ts';
import { useSignedForm } from './use-signed-form.ts';
import { useCoreTexts } from './i18n/use-core-texts.ts';

function factsOf(file: File): FileFacts {
  return {
    filename: file.name,
    size: file.size,
    contentType: file.type || 'application/octet-stream',
  };
}

/** Focuses an input, opens what hides it, and outlines its field or condition row. */
function showInput(id: string | null) {
  const element = id ? document.getElementById(id) : null;
  if (!element) return;
  element.closest('details')?.setAttribute('open', '');
  for (const shown of document.querySelectorAll('.just-shown'))
    shown.classList.remove('just-shown');
  element.closest('.field, .row')?.classList.add('just-shown');
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

/**
 * The workspace: the header, then Build (import, target, credentials, policy) beside Result (the
 * live verdict, the signed form, checks, upload and its answer, snippets), each finding also at
 * the input it concerns.
 */
export function BuilderPage() {
  const form = useForm<BuilderValues>({
    resolver: zodResolver(builderValuesSchema),
    mode: 'onChange',
    defaultValues: DEFAULT_VALUES,
  });
  const sandbox = useSandboxInfo();
  useSandboxPrefill(form, sandbox.data);
  const values = useWatch({ control: form.control }) as BuilderValues;
  const signed = useSignedForm(values);
  const [file, setFile] = useState<File | null>(null);
  const upload = useUpload();

  const facts = useMemo(() => (file ? factsOf(file) : null), [file]);
  const parts = useMemo(
    () => (signed.form ? orderParts(signed.form.fields, values.sendOrder) : []),
    [signed.form, values.sendOrder],
  );
  const preview = useMemo(
    () => (signed.form ? previewMultipart(parts, facts ?? undefined) : null),
    [signed.form, parts, facts],
  );
  // The dry run and the error reader load on demand: once a file is chosen, once an upload answers.
  const evaluator = useEvaluator(facts !== null);
  const verdict = useMemo(
    () =>
      signed.form && facts && evaluator.data ? dryRun(parts, facts, values, evaluator.data) : null,
    [signed.form, parts, facts, values, evaluator.data],
  );
  const verdictFixes =
    verdict && !verdict.ok
      ? suggestFixes({
          code: verdict.code,
          message: verdict.message,
          values,
          fileSize: facts?.size,
        })
      : [];
  const errorReader = useErrorReader(!!upload.data && needsErrorReader(upload.data));
  const reading = upload.data ? readOutcome(upload.data, errorReader.data ?? null) : null;

  // Fields an OSS error (or else the dry run) points at: highlighted in the form.
  const pointedFields =
    reading?.kind === 'oss-error'
      ? (reading.explanation?.fields ?? [])
      : verdict && !verdict.ok
        ? verdict.fields
        : [];
  const flaggedIds = new Set(
    pointedFields
      .map((field) => inputIdForField(field, values))
      .filter((id): id is string => id !== null),
  );

  const canShowField = useCallback(
    (field: string) => inputIdForField(field, form.getValues()) !== null,
    [form],
  );
  const showField = useCallback(
    (field: string) => showInput(inputIdForField(field, form.getValues())),
    [form],
  );
  const showProblem = useCallback(
    (field: string | undefined, row: number | undefined) =>
      showInput(
        row !== undefined
          ? conditionInputId(row)
          : field
            ? inputIdForField(field, form.getValues())
            : null,
      ),
    [form],
  );
  // The signed form as shown: its findings, doc links and field reasons in the reader's language.
  const coreTexts = useCoreTexts();
  const shownForm = useMemo(
    () => (signed.form ? coreTexts.form(signed.form) : null),
    [signed.form, coreTexts],
  );
  const checks = shownForm?.checks ?? null;
  const findings = useMemo(
    () =>
      collectFindings(
        checks ?? [],
        verdict && !verdict.ok
          ? { text: `${verdict.code}: ${verdict.message}`, fields: verdict.fields }
          : null,
        values,
      ),
    [checks, verdict, values],
  );
  const texts = useStore(resultMessages);
  const interchange = {
    form,
    signed: signed.form,
    signError: signed.error,
    file,
    upload,
    sandbox: sandbox.data ?? null,
  };

  return (
    <FieldFindingsContext.Provider value={findings}>
      <PageHeader mode={values.target.mode} />
      <main className="workspace">
        <section id="build" className="build-pane" aria-label={texts.buildPane} tabIndex={-1}>
          <LazyImportEntry {...interchange} />
          <TargetPanel
            form={form}
            sandbox={sandbox.data ?? null}
            sandboxChecked={!sandbox.isPending}
            flaggedIds={flaggedIds}
          />
          <CredentialsPanel
            form={form}
            flaggedIds={flaggedIds}
            stsUrl={sandbox.data ? '/__sandbox/sts' : undefined}
          />
          <PolicyPanel
            form={form}
            policyJson={signed.form?.policyJson ?? ''}
            signedExpiration={signed.form?.policy.expiration}
            signedAt={signed.signedAt}
            flaggedIds={flaggedIds}
          />
        </section>
        <section id="result" className="result-pane" aria-label={texts.pane} tabIndex={-1}>
          <VerdictBar
            checks={checks}
            signError={signed.error}
            file={facts}
            dryRun={verdict}
            knownKey={
              values.target.mode === 'sandbox' && sandbox.data
                ? { id: sandbox.data.accessKeyId, secret: sandbox.data.accessKeySecret }
                : undefined
            }
            typedKey={{
              id: values.credentials.accessKeyId,
              secret: values.credentials.accessKeySecret,
            }}
            onShowProblem={showProblem}
          />
          <LazyResultParts
            loadingText={texts.signing}
            signed={{ form: shownForm, preview, error: signed.error }}
            upload={{
              form,
              file,
              onFile: setFile,
              reading,
              upload,
              flaggedIds,
              expectedRegion: values.target.mode === 'sandbox' ? sandbox.data?.region : undefined,
              onShowField: showField,
              canShowField,
            }}
            checks={{
              checks: checks ?? [],
              verdict,
              verdictLoading: facts !== null && !evaluator.data,
              file: facts,
              fixes: verdictFixes,
              onFix: (fix) => applyFix(form, fix),
              onShowField: showField,
              canShowField,
            }}
          />
          <LazyInterchangeSections {...interchange} />
        </section>
      </main>
    </FieldFindingsContext.Provider>
  );
}
