import { useFormContext, useWatch } from 'react-hook-form';
import type { BuilderValues } from '../form/builder-schema.ts';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { VERDICT_TEXTS } from '../result/verdict-texts-en.ts';
import { compareKey, sandboxCredentials } from '../result/sandbox-key.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/**
 * Under the credentials, when the target is the sandbox and the typed AccessKey is not its demo
 * key: the sandbox's key in one click (what differs is said at the ID or secret input itself).
 */
export function SandboxKeyOffer() {
  const form = useFormContext<BuilderValues>();
  const [mode, credentials] = useWatch({
    control: form.control,
    name: ['target.mode', 'credentials'],
  });
  const sandbox = useSandboxInfo().data;
  const texts = useTexts(VERDICT_TEXTS);
  const known =
    mode === 'sandbox' && sandbox
      ? { id: sandbox.accessKeyId, secret: sandbox.accessKeySecret }
      : undefined;
  const difference = compareKey(known, credentials);
  if (!known || (difference !== 'id' && difference !== 'secret')) return null;
  return (
    <div className="key-offer">
      <button
        type="button"
        onClick={() =>
          form.setValue('credentials', sandboxCredentials(known, credentials), {
            shouldDirty: true,
            shouldValidate: true,
          })
        }
      >
        {texts.useSandboxKey}
      </button>
    </div>
  );
}
