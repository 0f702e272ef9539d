import { defineTexts } from '../../oss/index.ts';

/** The header's texts (English; the Chinese is in texts-zh.ts beside it). */
export const HEADER_TEXTS = defineTexts('header', {
  product: 'OSS PostObject Builder',
  tagline: 'Build, sign, check and test Alibaba Cloud OSS PostObject uploads, right in this page.',
  skipLinks: 'Skip links',
  skipToBuild: 'Skip to Build',
  skipToResult: 'Skip to Result',
  skipToPresets: 'Skip to presets',
  tools: 'Tools',
  compare: 'Compare policies',
  share: 'Share link',
  selfTest: 'Self-test',
  language: 'Language',
  targetSandbox: 'local sandbox',
  targetSandboxAccount: (p: { created: string | number }) =>
    `local sandbox · account opened ${p.created}`,
  targetRegion: 'OSS public cloud',
  targetCustom: 'custom domain',
  targetLabel: 'Target',
  startOver: 'Start over',
  startOverHint:
    'The form is kept in this browser across reloads (never the AccessKey secret nor the security token). Start over forgets it and puts the starting form back.',
});
