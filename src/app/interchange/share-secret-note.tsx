import { atom } from 'nanostores';
import { useWatch } from 'react-hook-form';
import { useStore } from '../../ui/i18n/use-store.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/**
 * Whether this page was opened from a share link that restored the builder: set once by the share
 * section (share-section.tsx), read by the note under the secret.
 */
export const $restoredFromLink = atom(false);

/**
 * After a share link restored the page, a visible note right under the (empty) secret input: the
 * link never carries the secret, so the user types it. The credentials panel places it in the
 * secret's field (`note`); it shows while the secret is empty.
 */
export function ShareSecretNote() {
  const restored = useStore($restoredFromLink);
  const secret = useWatch<BuilderValues, 'credentials.accessKeySecret'>({
    name: 'credentials.accessKeySecret',
  });
  const tools = useTexts(INTERCHANGE_TOOLS_TEXTS);
  if (!restored || secret !== '') return null;
  return (
    <p className="share-secret-note" id="share-secret-note">
      {tools.secretNote}
    </p>
  );
}
