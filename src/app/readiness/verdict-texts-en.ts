import { defineTexts } from '../../oss/index.ts';

/**
 * The verdict's caveat against a real bucket, apart from the readiness box's texts so the verdict
 * bar (in the first paint) does not load them (Chinese in verdict-texts-zh.ts beside it).
 */
export const READINESS_VERDICT_TEXTS = defineTexts('readiness.verdict', {
  notVerified: 'Not verified against your bucket.',
});
