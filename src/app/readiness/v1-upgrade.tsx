import {
  V1_CLOSED_TO_ACCOUNTS_FROM,
  V1_CLOSED_TO_BUCKETS_FROM,
  V4_MAX_SKEW_MS,
} from '../../oss/index.ts';
import '../../ui/readiness.css';
import { READINESS_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/**
 * Under an imported V1 form or signing-server answer: what V1 is now (older accounts and buckets
 * only, with the dates), the V4 equivalent one click away (the builder re-signs the same key,
 * conditions and fields), and what the signing server's code must change.
 */
export function V1Upgrade({ onUseV4 }: { onUseV4: () => void }) {
  const t = useTexts(READINESS_TEXTS);
  return (
    <div className="readiness-warning v1-upgrade" role="note" aria-labelledby="v1-upgrade-heading">
      <h3 id="v1-upgrade-heading">{t.upgradeTitle}</h3>
      <p>
        {t.upgradeLead({
          accounts: V1_CLOSED_TO_ACCOUNTS_FROM,
          buckets: V1_CLOSED_TO_BUCKETS_FROM,
        })}
      </p>
      <ol>
        <li>{t.upgradeFields}</li>
        <li>{t.upgradePolicy}</li>
        <li>{t.upgradeSigning}</li>
        <li>{t.upgradeRegion({ minutes: V4_MAX_SKEW_MS / 60_000 })}</li>
        <li>{t.upgradeAnswer}</li>
      </ol>
      <button type="button" onClick={onUseV4}>
        {t.useV4}
      </button>
    </div>
  );
}
