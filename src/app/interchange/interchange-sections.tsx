import '../../ui/interchange/interchange.css';
import { ProbeSection } from '../probe/probe-section.tsx';
import { CompareSection } from './compare-section.tsx';
import { SelfTestSection } from './self-test-section.tsx';
import { ShareSection } from './share-section.tsx';
import { SnippetsSection } from './snippets-section.tsx';

/**
 * What follows the upload in the Result pane: snippets, the policy probe, the policy diff, the
 * share link, the self-test. Each reads the form (useFormContext) and the signed form (useResult).
 * Loaded with import() after the first paint (workspace/builder-page.tsx), so the snippet
 * renderers stay out of the initial bundle.
 */
export function InterchangeSections() {
  return (
    <>
      <SnippetsSection />
      <ProbeSection />
      <CompareSection />
      <ShareSection />
      <SelfTestSection />
    </>
  );
}
