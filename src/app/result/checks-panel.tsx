import { saySizeNote, type SizeNote } from './outcome-sizes.ts';
import { lazy, Suspense } from 'react';
import { ChecksList } from '../../ui/checks-list.tsx';
import { Section } from '../../ui/section.tsx';
import type { Check, Verdict } from '../../oss/index.ts';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { FileFacts } from './multipart-preview.ts';
import { labelFixes, type Fix } from './one-click-fixes.ts';
import { sayTypeNote, type TypeNote } from './type-note.ts';
import { fixMessages, noteMessages } from '../logic/messages.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import { checksMessages } from '../panels/messages.ts';

// import(): the verdict view loads with the dry run, once a file is chosen.
const VerdictView = lazy(() =>
  import('../../ui/verdict-view.tsx').then((module) => ({ default: module.VerdictView })),
);

export interface ChecksPanelProps {
  checks: Check[];
  verdict: Verdict | null;
  /** A file is chosen and the dry run (loaded on demand) is on its way. */
  verdictLoading?: boolean;
  file: FileFacts | null;
  fixes: Fix[];
  onFix: (fix: Fix) => void;
  /** A size refusal's two numbers: the file's bytes and the allowed range. */
  sizeNote?: SizeNote;
  /** A Content-Type refusal: the file's type against what the condition allows. */
  typeNote?: TypeNote;
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
  typeNote,
}: ChecksPanelProps) {
  const t = useStore(checksMessages);
  const fixTexts = useStore(fixMessages);
  const sizeWords = useStore(noteMessages);
  const focus = useFieldFocus();
  const loadingDryRun = <p className="hint">{t.loadingDryRun}</p>;
  return (
    <Section id="checks" title={t.title} lead={t.lead}>
      <ChecksList checks={checks} onShowField={focus.show} canShowField={focus.canShow} />
      <h3>{t.dryRun}</h3>
      {file && verdict ? (
        <Suspense fallback={loadingDryRun}>
          <VerdictView
            verdict={verdict}
            file={file}
            fixes={labelFixes(fixes, fixTexts, sizeWords)}
            sizeNote={
              sizeNote
                ? saySizeNote(sizeNote, sizeWords)
                : typeNote && sayTypeNote(typeNote, sizeWords)
            }
            onFix={(id) => {
              const fix = fixes.find((candidate) => candidate.id === id);
              if (fix) onFix(fix);
            }}
          />
        </Suspense>
      ) : verdictLoading ? (
        loadingDryRun
      ) : (
        <p className="hint">{t.chooseFile}</p>
      )}
    </Section>
  );
}
