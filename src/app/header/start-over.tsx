import { useFormContext } from 'react-hook-form';
import type { BuilderValues } from '../form/builder-schema.ts';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { forgetKeptWork } from '../form/kept-work.ts';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { sandboxPrefill } from '../use-sandbox-prefill.ts';
import { HEADER_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/**
 * "Start over": forgets the form this browser kept across reloads and puts the page's own start
 * back (the sandbox's target and demo AccessKey when it runs beside the page).
 */
export function StartOver() {
  const form = useFormContext<BuilderValues>();
  const sandbox = useSandboxInfo().data;
  const texts = useTexts(HEADER_TEXTS);
  return (
    <button
      type="button"
      className="link-button start-over"
      title={texts.startOverHint}
      onClick={() => {
        forgetKeptWork();
        // The form's resetOptions keep dirty values (for the sandbox prefill): not here.
        form.reset(sandbox ? sandboxPrefill(DEFAULT_VALUES, sandbox) : DEFAULT_VALUES, {
          keepDirtyValues: false,
        });
      }}
    >
      {texts.startOver}
    </button>
  );
}
