import type { VerdictSummary } from '../result/sum-up.ts';

/** Where the form posts, as far as the verdict's colour goes. */
export interface RealBucket {
  /** An upload to this target has succeeded (the page saw OSS's 2xx answer). */
  verified: boolean;
}

/**
 * Against a real bucket (OSS public cloud or a custom domain) the verdict is never green until a
 * real upload succeeded: the page checks the form against OSS's rules, not the bucket, the account
 * or the RAM policy. An "ok" summary turns amber, the note before it; the sandbox (no `realBucket`) and
 * anything else stay as they are.
 *
 * @example
 * markUnverified({ tone: 'ok', text: 'OSS would accept a.png…' }, { verified: false }, 'Not verified…').tone // 'warning'
 */
export function markUnverified(
  summary: VerdictSummary,
  realBucket: RealBucket | undefined,
  note: string,
): VerdictSummary {
  if (!realBucket || realBucket.verified || summary.tone !== 'ok') return summary;
  // The caveat first: the verdict bar clamps long text on a phone.
  return { ...summary, tone: 'warning', text: `${note} ${summary.text}` };
}
