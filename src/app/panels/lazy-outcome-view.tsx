import { lazy, Suspense } from 'react';
import type { OutcomeViewProps } from './outcome-view.tsx';

// import(): the result views (success facts, explained error, CORS help) load once an upload
// has answered, in their own chunk. A failed load reaches the error boundary.
const OutcomeView = lazy(() =>
  import('./outcome-view.tsx').then((module) => ({ default: module.OutcomeView })),
);

/** The details under the status line, loaded on demand with a visible placeholder. */
export function LazyOutcomeView(props: OutcomeViewProps) {
  return (
    <Suspense fallback={<p className="hint">Loading the details of the answer…</p>}>
      <OutcomeView {...props} />
    </Suspense>
  );
}
