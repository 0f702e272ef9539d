import { useMutation } from '@tanstack/react-query';
import { runSelfTest } from '../../oss/index.ts';
import { SelfTestTable } from '../../ui/interchange/self-test-table.tsx';
import { Section } from '../../ui/section.tsx';
import { useStore } from '../../ui/i18n/use-store.ts';
import { toolsMessages } from './messages.ts';

/** react-query mutation for `runSelfTest` (the published signing vectors through this browser's Web Crypto). */
export function useSelfTest() {
  return useMutation({ mutationFn: () => runSelfTest() });
}

/** The self-test button and its table. */
export function SelfTestSection() {
  const selfTest = useSelfTest();
  const texts = useStore(toolsMessages);
  return (
    <Section id="self-test" title={texts.selfTestTitle} lead={texts.selfTestLead}>
      <SelfTestTable
        results={selfTest.data ?? null}
        running={selfTest.isPending}
        onRun={() => selfTest.mutate()}
      />
    </Section>
  );
}
