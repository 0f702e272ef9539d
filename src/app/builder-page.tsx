import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import type { Check } from '../oss/index.ts';
import { FieldFindingsContext } from '../ui/field-findings.tsx';
import { useStore } from '../ui/i18n/use-store.ts';
import { collectFindings } from './findings/collect-findings.ts';
import { FieldFocusProvider } from './focus/field-focus.tsx';
import { noteMessages } from './logic/messages.ts';
import type { Fix } from './logic/one-click-fixes.ts';
import { sayTypeNote } from './logic/type-note.ts';
import { builderValuesSchema, type BuilderValues } from './form/builder-schema.ts';
import { useKeepWork, useStartValues } from './form/use-kept-work.ts';
import { producedRows } from './form/to-post-form-spec.ts';
import { PageHeader } from './header/page-header.tsx';
import { ImportSection } from './interchange/import-section.tsx';
import { LazyInterchangeSections } from './interchange/lazy-interchange.tsx';
import { ShareTargetAlert } from './interchange/share-target-alert.tsx';
import { CredentialsPanel } from './panels/credentials-panel.tsx';
import { ChecksPanel } from './panels/checks-panel.tsx';
import { PolicyPanel } from './panels/policy-panel.tsx';
import { SignedFormPanel } from './panels/signed-form-panel.tsx';
import { UploadPanel } from './panels/upload-panel.tsx';
import { TargetPanel } from './panels/target-panel.tsx';
import { useSandboxInfo } from './remote/sandbox-info.ts';
import { $stsExpiry } from './remote/sts-expiry.ts';
import { resultMessages } from './result/messages.ts';
import { useEvaluator, useResultLogic } from './use-core-loaders.ts';
import { signingContext } from './use-sandbox-prefill.ts';
import { useSignedForm } from './use-signed-form.ts';
import { useCoreTexts } from './i18n/use-core-texts.ts';
import { factsOf, useUploadSession } from './use-upload-session.ts';
import { VerdictBar } from './verdict/verdict-bar.tsx';
import { LazyReadinessBox } from './readiness/lazy-readiness-box.tsx';
import { verdictMessages } from './verdict/messages.ts';
import { INPUT_IDS } from './form/field-ids.ts';
import { pointAtCause } from './verdict/point-at-cause.ts';
import { compareKey, sandboxCredentials, withKnownKey } from './verdict/sandbox-key.ts';
import { InputGuard } from './interchange/input-guard.tsx';

// The sandbox's answers to a key that is not its own (sandbox-key.ts).
const KEY_CODES: readonly string[] = ['InvalidAccessKeyId', 'SignatureDoesNotMatch'];

/**
 * A check's `conditionRow` counts the rows that produced a condition; the page's rows include the
 * incomplete ones (dropped by rowToCondition), so map it onto the row the user sees.
 */
function onUserRows(checks: Check[], rows: number[]): Check[] {
  return checks.map((check) => {
    if (check.conditionRow === undefined) return check;
    const { conditionRow, ...rest } = check;
    const row = rows[conditionRow];
    return row === undefined ? rest : { ...rest, conditionRow: row };
  });
}

/**
 * The workspace's state: the form (react-hook-form, shared by `FormProvider`). It starts from the
 * sandbox's target and demo key when /__sandbox/info answered before the first render (main.tsx
 * waits a moment for it). An answer that comes later fills them in only while the user has not
 * yet touched the page: nothing they chose or typed is ever replaced.
 */
export function BuilderPage() {
  const sandbox = useSandboxInfo();
  const [started, setStarted] = useState(false);
  const start = () => setStarted(true);
  const { start: defaultValues, prefill } = useStartValues(sandbox.data, started);
  const form = useForm<BuilderValues>({
    resolver: zodResolver(builderValuesSchema),
    mode: 'onChange',
    defaultValues,
    values: prefill,
    resetOptions: { keepDirtyValues: true },
  });
  return (
    <FormProvider {...form}>
      {/* Focus or input anywhere on the page means the user has started (see `late`); after
          that nothing listens, so keystrokes cost no render here. */}
      <div
        className="page-frame"
        onFocusCapture={started ? undefined : start}
        onInputCapture={started ? undefined : start}
      >
        <Workspace />
        <InputGuard />
      </div>
    </FormProvider>
  );
}

/**
 * The workspace: the header, then Build (import, target, credentials, policy) beside Result (the
 * live verdict, the signed form, checks, upload and its answer, snippets), each finding also at
 * the input it concerns. Everything shown is derived from the form's values.
 */
function Workspace() {
  const form = useFormContext<BuilderValues>();
  const sandbox = useSandboxInfo();
  const values = useWatch({ control: form.control }) as BuilderValues;
  useKeepWork(values, form.control);
  const sts = useStore($stsExpiry);
  const context = useMemo(() => signingContext(sts, sandbox.data), [sts, sandbox.data]);
  const signed = useSignedForm(values, context);
  const [file, setFile] = useState<File | null>(null);
  const facts = useMemo(() => (file ? factsOf(file) : null), [file]);
  const expectedRegion = values.target.mode === 'sandbox' ? sandbox.data?.region : undefined;

  // The Result pane's logic loads right after the first paint; the dry run once a file is chosen.
  const logic = useResultLogic().data;
  const evaluator = useEvaluator(facts !== null).data;
  const session = useUploadSession({ file, context, logic, evaluator, expectedRegion });

  const parts = useMemo(
    () =>
      signed.form && logic
        ? logic.orderParts(
            file ? logic.fieldsForFile(signed.form, file.type) : signed.form.fields,
            values.sendOrder,
          )
        : null,
    [signed.form, logic, file, values.sendOrder],
  );
  const preview = useMemo(
    () => (parts && logic ? logic.previewMultipart(parts, facts ?? undefined) : null),
    [parts, logic, facts],
  );
  // The key the sandbox checks, when the page knows it, and what differs from the typed one.
  const knownKey =
    values.target.mode === 'sandbox' && sandbox.data
      ? { id: sandbox.data.accessKeyId, secret: sandbox.data.accessKeySecret }
      : undefined;
  const keyDifference = compareKey(knownKey, values.credentials);
  const dryRunVerdict = useMemo(
    () =>
      parts && logic && facts && evaluator ? logic.dryRun(parts, facts, values, evaluator) : null,
    [parts, logic, facts, values, evaluator],
  );
  // One verdict for the bar, the dry run section and the field findings: the sandbox's answer.
  const verdict = withKnownKey(
    pointAtCause(dryRunVerdict, values.sendOrder),
    keyDifference,
    values.credentials.signatureVersion,
  );
  const refusal = verdict && !verdict.ok ? verdict : null;
  const keyFix: Fix[] =
    knownKey && (keyDifference === 'id' || keyDifference === 'secret')
      ? [
          {
            id: 'sandbox-key',
            patch: { credentials: sandboxCredentials(knownKey, values.credentials) },
          },
        ]
      : [];
  const verdictFixes =
    refusal && keyFix.length > 0
      ? keyFix
      : refusal && logic
        ? logic.suggestFixes({
            code: refusal.code,
            message: refusal.message,
            ...(refusal.condition ? { condition: refusal.condition } : {}),
            values,
            fileSize: facts?.size,
            expectedRegion,
          })
        : [];
  const verdictSizeNote =
    refusal && logic
      ? logic.describeSizeRefusal({
          code: refusal.code,
          fileSize: facts?.size,
          conditions: values.conditions,
        })
      : undefined;

  const verdictTypeNote =
    refusal && logic && !verdictSizeNote
      ? logic.describeTypeRefusal({
          condition: refusal.condition,
          fileType: facts?.contentType,
          conditions: values.conditions,
        })
      : undefined;

  // At the field, the specific sentence when the page knows more than OSS's message says.
  const noteTexts = useStore(noteMessages);
  const refusalText = refusal
    ? `${refusal.code}: ${verdictTypeNote ? sayTypeNote(verdictTypeNote, noteTexts) : refusal.message}`
    : '';

  const { reading } = session;
  // Fields an OSS error (or else the dry run) points at: highlighted in the form.
  // An answer for an earlier form no longer flags anything: its outline goes once the form changed.
  const flaggedFields =
    reading?.kind === 'oss-error' && !session.stale
      ? (reading.explanation?.fields ?? [])
      : (refusal?.fields ?? []);
  const rowsKey = producedRows(values).join(',');
  // The signed form as shown: its findings, doc links and field reasons in the reader's language.
  const coreTexts = useCoreTexts();
  const shownForm = useMemo(
    () => (signed.form ? coreTexts.form(signed.form) : null),
    [signed.form, coreTexts],
  );
  const checks = useMemo(
    () =>
      shownForm
        ? onUserRows(shownForm.checks, rowsKey ? rowsKey.split(',').map(Number) : [])
        : null,
    [shownForm, rowsKey],
  );
  // A key the sandbox will refuse is said at the input that differs, with or without a file, in
  // the words of the bar; the dry run's refusal for it is that same sentence, so it is not repeated.
  const verdictTexts = useStore(verdictMessages);
  const keyNote =
    keyDifference === 'id' || keyDifference === 'secret'
      ? keyDifference === 'id'
        ? verdictTexts.idDiffers
        : verdictTexts.secretDiffers
      : null;
  const findings = useMemo(() => {
    const keyRefused = keyNote !== null && refusal !== null && KEY_CODES.includes(refusal.code);
    const byInput = collectFindings(
      checks ?? [],
      refusal && !keyRefused ? { text: refusalText, fields: refusal.fields } : null,
      values,
    );
    if (keyNote === null) return byInput;
    const input = keyDifference === 'id' ? INPUT_IDS.accessKeyId : INPUT_IDS.accessKeySecret;
    const note = { key: 'sandbox-key', severity: 'error' as const, text: keyNote };
    return new Map(byInput).set(input, [...(byInput.get(input) ?? []), note]);
  }, [checks, refusal, refusalText, values, keyNote, keyDifference]);
  const texts = useStore(resultMessages);
  const interchange = {
    form,
    signed: signed.form,
    signError: signed.error,
    file,
    upload: session,
    sandbox: sandbox.data ?? null,
  };

  return (
    <FieldFindingsContext.Provider value={findings}>
      <FieldFocusProvider flaggedFields={flaggedFields}>
        <PageHeader mode={values.target.mode} sandboxAccount={sandbox.data?.account?.created} />
        <main className="workspace">
          <section id="build" className="build-pane" aria-label={texts.buildPane} tabIndex={-1}>
            <ImportSection
              form={form}
              signed={signed.form}
              file={file}
              upload={session}
              sandbox={sandbox.data ?? null}
            />
            <TargetPanel sandbox={sandbox.data ?? null} sandboxChecked={!sandbox.isPending} />
            <LazyReadinessBox />
            <ShareTargetAlert />
            <CredentialsPanel stsUrl={sandbox.data ? '/__sandbox/sts' : undefined} />
            <PolicyPanel
              policyJson={signed.form?.policyJson ?? ''}
              signedExpiration={signed.form?.policy.expiration}
              signedAt={signed.signedAt}
            />
          </section>
          <section id="result" className="result-pane" aria-label={texts.pane} tabIndex={-1}>
            <VerdictBar
              checks={checks}
              signError={signed.error}
              file={facts}
              dryRun={verdict}
              knownKey={keyDifference === null ? undefined : knownKey}
              typedKey={{
                id: values.credentials.accessKeyId,
                secret: values.credentials.accessKeySecret,
              }}
              {...(values.target.mode === 'sandbox'
                ? {}
                : { realBucket: { verified: reading?.kind === 'success' && !session.stale } })}
            />
            <SignedFormPanel form={shownForm} preview={preview} error={signed.error} />
            <UploadPanel file={file} onFile={setFile} session={session} />
            <ChecksPanel
              checks={checks ?? []}
              verdict={verdict}
              verdictLoading={facts !== null && !evaluator}
              file={facts}
              fixes={verdictFixes}
              onFix={(fix) => logic?.applyFix(form, fix)}
              {...(verdictSizeNote ? { sizeNote: verdictSizeNote } : {})}
              {...(verdictTypeNote ? { typeNote: verdictTypeNote } : {})}
            />
            <LazyInterchangeSections {...interchange} />
          </section>
        </main>
      </FieldFocusProvider>
    </FieldFindingsContext.Provider>
  );
}
