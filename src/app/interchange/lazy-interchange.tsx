import { lazy, Suspense } from 'react';
import type { InterchangeSectionsProps } from './interchange-sections.tsx';

// import(): the snippet renderers, importers and self-test load after the first paint, in their
// own chunk, so the initial bundle stays small.
const InterchangeSections = lazy(() =>
  import('./interchange-sections.tsx').then((module) => ({
    default: module.InterchangeSections,
  })),
);

/** Snippets, import, share link and self-test, loaded on demand. */
export function LazyInterchangeSections(props: InterchangeSectionsProps) {
  return (
    <Suspense fallback={<p className="hint">Loading snippets and import tools…</p>}>
      <InterchangeSections {...props} />
    </Suspense>
  );
}
