import { lazy, Suspense } from 'react';
import { ChecksList } from '../../ui/checks-list.tsx';
import { Section } from '../../ui/section.tsx';
import type { Check, Verdict } from '../../oss/index.ts';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { FileFacts } from '../logic/multipart-preview.ts';
import type { Fix } from '../logic/one-click-fixes.ts';

// import(): the verdict view loads with the dry run, once a file is chosen.
const VerdictView = lazy(() =>
  import('../../ui/verdict-view.tsx').then((module) => ({ default: module.VerdictView })),
);

const LOADING_DRY_RUN = <p className="hint">Loading the dry run…</p>;

export interface ChecksPanelProps {
  checks: Check[];
  verdict: Verdict | null;
  /** A file is chosen and the dry run (loaded on demand) is on its way. */
  verdictLoading?: boolean;
  file: FileFacts | null;
  fixes: Fix[];
  onFix: (fix: Fix) => void;
  /** A size refusal's two numbers: the file's bytes and the allowed range. */
  sizeNote?: string;
}

/** The core's findings, and with a file chosen, OSS's verdict before anything is sent. */
export function ChecksPanel({
  checks,
  verdict,
  verdictLoading,
  file,
  fixes,
  onFix,
  sizeNote,
}: ChecksPanelProps) {
  const focus = useFieldFocus();
  return (
    <Section
      id="checks"
      title="5. Checks and dry run"
      lead="What OSS would say, computed here before sending."
    >
      <ChecksList checks={checks} onShowField={focus.show} canShowField={focus.canShow} />
      <h3>Dry run</h3>
      {file && verdict ? (
        <Suspense fallback={LOADING_DRY_RUN}>
          <VerdictView
            verdict={verdict}
            file={file}
            fixes={fixes}
            sizeNote={sizeNote}
            onFix={(id) => {
              const fix = fixes.find((candidate) => candidate.id === id);
              if (fix) onFix(fix);
            }}
          />
        </Suspense>
      ) : verdictLoading ? (
        LOADING_DRY_RUN
      ) : (
        <p className="hint">
          Choose a file in step 6 to see OSS&apos;s verdict on it: size, type and the final key.
        </p>
      )}
    </Section>
  );
}
