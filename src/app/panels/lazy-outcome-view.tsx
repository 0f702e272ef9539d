import { lazy, Suspense } from 'react';
import type { OutcomeViewProps } from '../upload/outcome-view.tsx';
import { useStore } from '../../ui/i18n/use-store.ts';
import { uploadMessages } from './messages.ts';

// import(): the result views (success facts, explained error, CORS help) load once an upload
// has answered, in their own chunk. A failed load reaches the error boundary.
const OutcomeView = lazy(() =>
  import('../upload/outcome-view.tsx').then((module) => ({ default: module.OutcomeView })),
);

/** The details under the status line, loaded on demand with a visible placeholder. */
export function LazyOutcomeView(props: OutcomeViewProps) {
  const t = useStore(uploadMessages);
  return (
    <Suspense fallback={<p className="hint">{t.loadingDetails}</p>}>
      <OutcomeView {...props} />
    </Suspense>
  );
}
