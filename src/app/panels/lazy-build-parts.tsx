import { lazy, Suspense, type ComponentProps } from 'react';

// import(): parts of the Build pane that are closed in the first view load after it, each in its
// own chunk: the raw policy JSON editor (with the policy decoder and its JSON syntax reader) and
// the STS fetcher.
const PolicyJsonEditor = lazy(() =>
  import('../policy/policy-json-editor.tsx').then((module) => ({ default: module.PolicyJsonEditor })),
);
const StsFetcher = lazy(() =>
  import('../credentials/sts-fetcher.tsx').then((module) => ({ default: module.StsFetcher })),
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
