import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

// The Credentials panel and its STS fetcher speak through these (English; other languages come from the catalogue,
// src/ui/i18n/zh-CN/panels.json, under the same `panels.*` names).

/** Step 2: who signs. */
export const credentialsMessages = i18n('panels.credentials', {
  title: 'Credentials',
  lead: 'Signing happens in this page with Web Crypto.',
  signatureVersion: 'Signature version',
  signatureVersionHint: params(
    'V4 (OSS4-HMAC-SHA256) is the default. OSS closed V1 to accounts opened from {accounts} and to buckets created from {buckets}.',
  ),
  v4: 'V4 (OSS4-HMAC-SHA256, default)',
  v1Legacy: params(
    'V1 (HMAC-SHA1): accounts opened before {accounts}, buckets created before {buckets}',
  ),
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
export const stsMessages = i18n('panels.sts', {
  summary: 'Get temporary credentials from a URL',
  hint: 'Your own endpoint that returns STS JSON (AccessKeyId, AccessKeySecret, SecurityToken, Expiration; top level or under Credentials). Nothing from this page is sent to it.',
  url: 'Credentials URL',
  method: 'Method',
  fetch: 'Get temporary credentials',
  filled: 'Temporary credentials filled in.',
  filledUntil: params('Temporary credentials filled in; they expire at {expiration}.'),
});
