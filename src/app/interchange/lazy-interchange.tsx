import { lazy, Suspense } from 'react';
import type { InterchangeSectionsProps } from './interchange-sections.tsx';
import { useStore } from '../../ui/i18n/use-store.ts';
import { resultMessages } from '../result/messages.ts';

// import(): the snippet renderers, importers and self-test load after the first paint, in their
// own chunk, so the initial bundle stays small.
const sections = () => import('./interchange-sections.tsx');
const InterchangeSections = lazy(() =>
  sections().then((module) => ({ default: module.InterchangeSections })),
);
const ImportEntry = lazy(() => sections().then((module) => ({ default: module.ImportEntry })));

/** Snippets, share link, compare and self-test, loaded on demand. */
export function LazyInterchangeSections(props: InterchangeSectionsProps) {
  const texts = useStore(resultMessages);
  return (
    <Suspense fallback={<p className="hint">{texts.loadingTools}</p>}>
      <InterchangeSections {...props} />
    </Suspense>
  );
}

/** The paste/import entry at the top of the Build pane, loaded on demand. */
export function LazyImportEntry(props: InterchangeSectionsProps) {
  return (
    <Suspense fallback={<div className="panel import-placeholder" aria-hidden="true" />}>
      <ImportEntry {...props} />
    </Suspense>
  );
}
