import { useMutation } from '@tanstack/react-query';
import { runSelfTest } from '../../oss/index.ts';
import { SelfTestTable } from '../../ui/interchange/self-test-table.tsx';
import { Section } from '../../ui/section.tsx';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/** react-query mutation for `runSelfTest` (the published signing vectors through this browser's Web Crypto). */
export function useSelfTest() {
  return useMutation({ mutationFn: () => runSelfTest() });
}

/** The self-test button and its table. */
export function SelfTestSection() {
  const selfTest = useSelfTest();
  const texts = useTexts(INTERCHANGE_TOOLS_TEXTS);
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
