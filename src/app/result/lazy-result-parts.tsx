import { lazy, Suspense, type ComponentProps } from 'react';

// import(): the signed form, the upload and the checks load with the signer, after the first paint.
const parts = () => import('./result-parts.tsx');
const SignedFormPanel = lazy(() => parts().then((m) => ({ default: m.SignedFormPanel })));
const UploadPanel = lazy(() => parts().then((m) => ({ default: m.UploadPanel })));
const ChecksPanel = lazy(() => parts().then((m) => ({ default: m.ChecksPanel })));

type Props<Part extends keyof typeof import('./result-parts.tsx')> = ComponentProps<
  (typeof import('./result-parts.tsx'))[Part]
>;

export interface ResultPartsProps {
  signed: Props<'SignedFormPanel'>;
  upload: Props<'UploadPanel'>;
  checks: Props<'ChecksPanel'>;
  loadingText: string;
}

/** The signed form, the upload and the checks, in that order, loaded on demand. */
export function LazyResultParts({ signed, upload, checks, loadingText }: ResultPartsProps) {
  return (
    <Suspense fallback={<p className="panel">{loadingText}</p>}>
      <SignedFormPanel {...signed} />
      <UploadPanel {...upload} />
      <ChecksPanel {...checks} />
    </Suspense>
  );
}
