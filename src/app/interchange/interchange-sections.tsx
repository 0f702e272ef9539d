import type { UseFormReturn } from 'react-hook-form';
import type { PostForm } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import type { UploadSession } from '../upload/use-upload-session.ts';
import '../../ui/interchange/interchange.css';
import { ProbeSection } from '../probe/probe-section.tsx';
import { CompareSection } from './compare-section.tsx';
import type { SandboxTarget } from './imported-to-values.ts';
import { SelfTestSection } from './self-test-section.tsx';
import { ShareSection } from './share-section.tsx';
import { SnippetsSection } from './snippets-section.tsx';

export interface InterchangeSectionsProps {
  form: UseFormReturn<BuilderValues>;
  signed: PostForm | null;
  signError: string | null;
  file: File | null;
  upload: UploadSession;
  sandbox: SandboxTarget | null;
}

/**
 * What follows the upload in the Result pane: snippets, policy diff, share link, self-test. Loaded
 * with import() after the first paint, so the snippet renderers stay out of the initial bundle.
 */
export function InterchangeSections(props: InterchangeSectionsProps) {
  const { form, signed, signError } = props;
  return (
    <>
      <SnippetsSection form={signed} signError={signError} />
      <ProbeSection form={form} signed={signed} />
      <CompareSection signed={signed} />
      <ShareSection form={form} />
      <SelfTestSection />
    </>
  );
}
