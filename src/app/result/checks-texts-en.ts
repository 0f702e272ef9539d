import { defineTexts } from '../../oss/index.ts';

// The checks and dry run section speak through these (English; the Chinese is in checks-texts-zh.ts beside it).

/** Step 5: checks and the dry run. */
export const PANELS_CHECKS_TEXTS = defineTexts('panels.checks', {
  title: 'Checks and dry run',
  lead: 'What OSS would say, computed here before sending.',
  dryRun: 'Dry run',
  loadingDryRun: 'Loading the dry run…',
  chooseFile:
    "Choose a file under Test upload to see OSS's verdict on it: size, type and the final key.",
});
