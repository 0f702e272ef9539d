import { zodResolver } from '@hookform/resolvers/zod';
import { lazy, Suspense, useState } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { CredentialsPanel } from '../credentials/credentials-panel.tsx';
import { builderValuesSchema, type BuilderValues } from '../form/builder-schema.ts';
import { useKeepWork, useStartValues } from '../form/use-kept-work.ts';
import { PageHeader } from '../header/page-header.tsx';
import { ImportSection } from '../interchange/import-section.tsx';
import { InputGuard } from '../interchange/input-guard.tsx';
import { isShareFragment } from '../interchange/share-fragment.ts';
import { ShareTargetAlert } from '../interchange/share-target-alert.tsx';
import { PolicyPanel } from '../policy/policy-panel.tsx';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { ChecksPanel } from '../result/checks-panel.tsx';
import { RESULT_TEXTS } from '../result/texts-en.ts';
import { ResultProvider, useResult } from '../result/result-context.tsx';
import { SignedFormPanel } from '../result/signed-form-panel.tsx';
import { VerdictBar } from '../result/verdict-bar.tsx';
import { TargetPanel } from '../target/target-panel.tsx';
import { UploadProvider } from '../upload/upload-context.tsx';
import { UploadPanel } from '../upload/upload-panel.tsx';
import { useTexts } from '../../ui/i18n/texts.ts';
import { AfterFirstView } from './after-first-view.tsx';

// import(): the snippet renderers, the policy diff, the share link, the probe and the self-test,
// below the first view, load after it in their own chunk.
const InterchangeSections = lazy(() =>
  import('../interchange/interchange-sections.tsx').then((module) => ({
    default: module.InterchangeSections,
  })),
);
// import(): the readiness box, its texts and its CSS load only once the target is a real bucket:
// the sandbox, the default target, needs none of it in the first paint.
const ReadinessBox = lazy(() =>
  import('../readiness/readiness-box.tsx').then((module) => ({ default: module.ReadinessBox })),
);

/**
 * The workspace's state: the form (react-hook-form, shared by `FormProvider`). It starts from the
 * sandbox's target and demo key when /__sandbox/info answered before the first render (main.tsx
 * waits a moment for it). An answer that comes later fills them in only while the user has not
 * yet touched the page: nothing they chose or typed is ever replaced.
 */
export function BuilderPage() {
  const sandbox = useSandboxInfo();
  // A share link fills the form itself (use-share-restore.ts): the page has started.
  const [started, setStarted] = useState(() => isShareFragment(window.location.hash));
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
        <UploadProvider>
          <ResultProvider>
            <Workspace />
          </ResultProvider>
        </UploadProvider>
        <InputGuard />
      </div>
    </FormProvider>
  );
}

/** Keeps the user's work across reloads (never the secret or the token: use-kept-work.ts). */
function KeepWork() {
  const { control } = useFormContext<BuilderValues>();
  useKeepWork(useResult().values, control);
  return null;
}

/** The bucket readiness box, once the target is OSS public cloud or a custom domain. */
function ReadinessForRealBucket() {
  const mode = useWatch<BuilderValues, 'target.mode'>({ name: 'target.mode' });
  if (mode === 'sandbox') return null;
  return (
    <Suspense fallback={null}>
      <ReadinessBox />
    </Suspense>
  );
}

/**
 * The workspace: the header, then Build (import, target, credentials, policy) beside Result (the
 * live verdict, the signed form, checks, upload and its answer, snippets), each finding also at
 * the input it concerns. Each part reads its own state: the form (useFormContext), the Result
 * pane's derived state (result/), the upload (upload/). Side by side, the header, the verdict and
 * the signed form come first and the rest right after them (AfterFirstView).
 */
function Workspace() {
  const sandbox = useSandboxInfo();
  const mode = useWatch<BuilderValues, 'target.mode'>({ name: 'target.mode' });
  const texts = useTexts(RESULT_TEXTS);
  return (
    <>
      <KeepWork />
      <PageHeader mode={mode} sandboxAccount={sandbox.data?.account?.created} />
      <main className="workspace">
        <section id="build" className="build-pane" aria-label={texts.buildPane} tabIndex={-1}>
          <AfterFirstView>
            <ImportSection />
            <TargetPanel />
            <ReadinessForRealBucket />
            <ShareTargetAlert />
            <CredentialsPanel />
            <PolicyPanel />
          </AfterFirstView>
        </section>
        <section id="result" className="result-pane" aria-label={texts.pane} tabIndex={-1}>
          <VerdictBar />
          <SignedFormPanel />
          <AfterFirstView>
            <UploadPanel />
            <ChecksPanel />
            <Suspense fallback={<p className="hint">{texts.loadingTools}</p>}>
              <InterchangeSections />
            </Suspense>
          </AfterFirstView>
        </section>
      </main>
    </>
  );
}
