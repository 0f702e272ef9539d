import { i18n } from '../../ui/i18n/i18n.ts';

// The checks and dry run section speak through these (English; other languages come from the catalogue,
// src/ui/i18n/zh-CN/panels.json, under the same `panels.*` names).

/** Step 5: checks and the dry run. */
export const checksMessages = i18n('panels.checks', {
  title: 'Checks and dry run',
  lead: 'What OSS would say, computed here before sending.',
  dryRun: 'Dry run',
  loadingDryRun: 'Loading the dry run…',
  chooseFile:
    "Choose a file under Test upload to see OSS's verdict on it: size, type and the final key.",
});
