import { lazy, Suspense } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { BuilderValues } from '../form/builder-schema.ts';

// The box, its texts and its CSS load only once the target is a real bucket: the sandbox, the
// default target, needs none of it in the first paint.
const ReadinessBox = lazy(() =>
  import('./readiness-box.tsx').then((module) => ({ default: module.ReadinessBox })),
);

/** The bucket readiness box, loaded when the target is OSS public cloud or a custom domain. */
export function LazyReadinessBox() {
  const { control } = useFormContext<BuilderValues>();
  const mode = useWatch({ control, name: 'target.mode' });
  if (mode === 'sandbox') return null;
  return (
    <Suspense fallback={null}>
      <ReadinessBox />
    </Suspense>
  );
}
