import { lazy, Suspense, type ComponentProps } from 'react';

// import(): parts of the Build pane below its first view load right after the first paint, each
// in its own chunk, so the initial bundle stays small: the Policy panel (key, presets, expiration,
// conditions, optional fields), its raw policy JSON editor (with the policy decoder and its JSON
// syntax reader) and the STS fetcher (closed by default).
const PolicyJsonEditor = lazy(() =>
  import('./policy-json-editor.tsx').then((module) => ({ default: module.PolicyJsonEditor })),
);
const PolicyPanel = lazy(() =>
  import('./policy-panel.tsx').then((module) => ({ default: module.PolicyPanel })),
);
const StsFetcher = lazy(() =>
  import('./sts-fetcher.tsx').then((module) => ({ default: module.StsFetcher })),
);

/** The raw policy JSON editor, loaded on demand; its box keeps its place while it loads. */
export function LazyPolicyJsonEditor(props: ComponentProps<typeof PolicyJsonEditor>) {
  return (
    <Suspense fallback={<div className="policy-json-placeholder" aria-hidden="true" />}>
      <PolicyJsonEditor {...props} />
    </Suspense>
  );
}

/** "Get temporary credentials from a URL", loaded on demand. */
export function LazyStsFetcher(props: ComponentProps<typeof StsFetcher>) {
  return (
    <Suspense fallback={<div className="sts-placeholder" aria-hidden="true" />}>
      <StsFetcher {...props} />
    </Suspense>
  );
}

/** The Policy panel, loaded on demand; its box keeps its place while it loads. */
export function LazyPolicyPanel(props: ComponentProps<typeof PolicyPanel>) {
  return (
    <Suspense fallback={<div className="panel policy-placeholder" aria-hidden="true" />}>
      <PolicyPanel {...props} />
    </Suspense>
  );
}
