import { i18n } from '../../ui/i18n/i18n.ts';

// The page's last resort (the error boundary) speak through these (English; other languages come from the catalogue,
// src/ui/i18n/zh-CN/panels.json, under the same `panels.*` names).

/** The page's last resort: a render error. */
export const crashMessages = i18n('panels.crash', {
  heading: 'Something broke on this page',
  unexpected: 'The page hit an error it did not expect:',
  secretSafe: 'Your secret was not stored anywhere, so reloading starts clean.',
  tryAgain: 'Try again',
  reload: 'Reload the page',
});
