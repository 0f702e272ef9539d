import { lazy, Suspense } from 'react';
import { useStore } from '../../ui/i18n/use-store.ts';
import { callbackPartMessages } from '../panels/messages.ts';

// import(): the editor loads right after the first paint, in its own chunk, so the initial bundle
// does not grow with it. It opens this part by itself once the form carries a callback.
const CallbackEditor = lazy(() =>
  import('./callback-editor.tsx').then((module) => ({ default: module.CallbackEditor })),
);

/** The Policy panel's optional Callback part. */
export function CallbackPart() {
  const t = useStore(callbackPartMessages);
  return (
    <details className="callback" id="callback">
      <summary>{t.summary}</summary>
      <Suspense fallback={<p className="hint">{t.loading}</p>}>
        <CallbackEditor />
      </Suspense>
    </details>
  );
}
