import { saySizeNote } from './outcome-sizes.ts';
import { lazy, Suspense } from 'react';
import { ChecksList } from '../../ui/checks-list.tsx';
import { Section } from '../../ui/section.tsx';
import { useFieldFocus } from '../focus/field-focus.tsx';
import { labelFixes } from './one-click-fixes.ts';
import { useResult } from './result-context.tsx';
import { sayTypeNote } from './type-note.ts';
import { LOGIC_FIXES_TEXTS, LOGIC_NOTES_TEXTS } from '../logic/texts-en.ts';
import { PANELS_CHECKS_TEXTS } from './checks-texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

// import(): the verdict view loads with the dry run, once a file is chosen.
const VerdictView = lazy(() =>
  import('../../ui/verdict-view.tsx').then((module) => ({ default: module.VerdictView })),
);

/** The core's findings, and with a file chosen, OSS's verdict before anything is sent. */
export function ChecksPanel() {
  const result = useResult();
  const { verdict, verdictLoading, file, sizeNote, typeNote } = result;
  const fixes = result.verdictFixes;
  const checks = result.checks ?? [];
  const t = useTexts(PANELS_CHECKS_TEXTS);
  const fixTexts = useTexts(LOGIC_FIXES_TEXTS);
  const sizeWords = useTexts(LOGIC_NOTES_TEXTS);
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
              if (fix) result.applyFix(fix);
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
