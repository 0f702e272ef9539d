import { lazy, Suspense } from 'react';
import type { InterchangeSectionsProps } from './interchange-sections.tsx';
import { useStore } from '../../ui/i18n/use-store.ts';
import { resultMessages } from '../result/messages.ts';

// import(): the snippet renderers, the policy diff, the share link and the self-test, below the
// first view, load after it in their own chunk.
const sections = () => import('./interchange-sections.tsx');
const InterchangeSections = lazy(() =>
  sections().then((module) => ({ default: module.InterchangeSections })),
);

/** Snippets, share link, compare and self-test, loaded on demand. */
export function LazyInterchangeSections(props: InterchangeSectionsProps) {
  const texts = useStore(resultMessages);
  return (
    <Suspense fallback={<p className="hint">{texts.loadingTools}</p>}>
      <InterchangeSections {...props} />
    </Suspense>
  );
}
