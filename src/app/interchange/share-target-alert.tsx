import { useState } from 'react';
import '../../ui/share-target-alert.css';
import { sharedTargetOf } from './share-target.ts';
import { SHARE_TARGET_TEXTS } from './share-target-texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/**
 * Opened from a share link that sets the target (anything but the sandbox): an alert above the
 * credentials naming the host that signed forms go to, before any secret is typed, flagging a host
 * that is not OSS. Read once from the address the page was opened with.
 */
export function ShareTargetAlert() {
  const [target] = useState(() => sharedTargetOf(window.location.hash));
  const [dismissed, setDismissed] = useState(false);
  const t = useTexts(SHARE_TARGET_TEXTS);
  if (!target || dismissed) return null;
  return (
    <div className="share-target-alert" role="alert" data-testid="share-target-alert">
      <p>
        <strong>{t.title({ host: target.host })}</strong>
      </p>
      <p>{t.body({ url: target.url, host: target.host })}</p>
      {!target.http ? <p>{t.notHttp({ url: target.url })}</p> : null}
      {target.http && !target.oss ? <p>{t.notOss({ host: target.host })}</p> : null}
      <button type="button" onClick={() => setDismissed(true)}>
        {t.dismiss}
      </button>
    </div>
  );
}
