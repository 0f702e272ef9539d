import { defineTexts } from '../../oss/index.ts';

// The Credentials panel and its STS fetcher speak through these (English; the Chinese is in texts-zh.ts beside it).

/** Step 2: who signs. */
export const PANELS_CREDENTIALS_TEXTS = defineTexts('panels.credentials', {
  title: 'Credentials',
  lead: 'Signing happens in this page with Web Crypto.',
  signatureVersion: 'Signature version',
  signatureVersionHint: (p: { accounts: string | number; buckets: string | number }) =>
    `V4 (OSS4-HMAC-SHA256) is the default. OSS closed V1 to accounts opened from ${p.accounts} and to buckets created from ${p.buckets}.`,
  v4: 'V4 (OSS4-HMAC-SHA256, default)',
  v1Legacy: (p: { accounts: string | number; buckets: string | number }) =>
    `V1 (HMAC-SHA1): accounts opened before ${p.accounts}, buckets created before ${p.buckets}`,
  accessKeySecret: 'AccessKey secret',
  secretNote:
    'Memory only: kept in this tab, never stored, never put in a URL, a log or any request. Signing happens in this page.',
  showSecret: 'Show secret',
  hideSecret: 'Hide secret',
  securityToken: 'Security token',
  securityTokenHint:
    'Only with STS temporary credentials; sent as x-oss-security-token and pinned in the policy. Leave empty for a permanent AccessKey.',
});

/** The STS part of step 2: temporary credentials from the user's own URL. */
export const PANELS_STS_TEXTS = defineTexts('panels.sts', {
  summary: 'Get temporary credentials from a URL',
  hint: 'Your own endpoint that returns STS JSON (AccessKeyId, AccessKeySecret, SecurityToken, Expiration; top level or under Credentials). Nothing from this page is sent to it.',
  url: 'Credentials URL',
  method: 'Method',
  fetch: 'Get temporary credentials',
  filled: 'Temporary credentials filled in.',
  filledUntil: (p: { expiration: string | number }) =>
    `Temporary credentials filled in; they expire at ${p.expiration}.`,
});
