import { defineTexts } from '../../oss/index.ts';

// The page's last resort (the error boundary) speak through these (English; the Chinese is in texts-zh.ts beside it).

/** The page's last resort: a render error. */
export const PANELS_CRASH_TEXTS = defineTexts('panels.crash', {
  heading: 'Something broke on this page',
  unexpected: 'The page hit an error it did not expect:',
  secretSafe: 'Your secret was not stored anywhere, so reloading starts clean.',
  tryAgain: 'Try again',
  reload: 'Reload the page',
});
