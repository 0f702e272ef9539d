import { useMutation } from '@tanstack/react-query';
import { runSelfTest } from '../../oss/index.ts';
import { SelfTestTable } from '../../ui/interchange/self-test-table.tsx';
import { Section } from '../../ui/section.tsx';

/** react-query mutation for `runSelfTest` (the spec §5 vectors through this browser's Web Crypto). */
export function useSelfTest() {
  return useMutation({ mutationFn: () => runSelfTest() });
}

/** The self-test button and its table. */
export function SelfTestSection() {
  const selfTest = useSelfTest();
  return (
    <Section
      id="self-test"
      title="Self-test"
      lead="Signs the published OSS test vectors with this browser's Web Crypto and compares: useful when a browser, an extension or a proxy misbehaves."
    >
      <SelfTestTable
        results={selfTest.data ?? null}
        running={selfTest.isPending}
        onRun={() => selfTest.mutate()}
      />
    </Section>
  );
}
