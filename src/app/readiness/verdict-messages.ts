import { i18n } from '../../ui/i18n/i18n.ts';

/**
 * The verdict's caveat against a real bucket, apart from the readiness box's texts so the verdict
 * bar (in the first paint) does not load them (Chinese in src/ui/i18n/zh-CN/readiness.json).
 */
export const unverifiedMessages = i18n('readiness.verdict', {
  notVerified: 'Not verified against your bucket.',
});
