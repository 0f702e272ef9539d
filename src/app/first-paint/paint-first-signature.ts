import type { PostForm } from '../../oss/index.ts';
import { hasKeptWork } from '../form/kept-work-key.ts';
import { HEADER_TEXTS } from '../header/texts-en.ts';
import { isShareFragment } from '../interchange/share-fragment.ts';
import { RESULT_TEXTS } from '../result/texts-en.ts';
import { VERDICT_TEXTS } from '../result/verdict-texts-en.ts';
import { localeStore } from '../../ui/i18n/locale.ts';
import { textsNow } from '../../ui/i18n/texts.ts';
import { firstSignatureView, mountView } from './first-signature-view.ts';
import { FIRST_PAINT_TEXTS } from './texts-en.ts';
import './first-paint.css';

// Where the Build and Result panes stand side by side (src/styles/page.css, "Wide screens"); in
// one column the signed form comes after the whole Build pane, not on the first screen.
const SIDE_BY_SIDE = '(min-width: 1200px)';

/** The Chinese tables the first paint speaks through (a Chinese reader's first paint waits for them). */
export const FIRST_PAINT_CHINESE = [
  '/src/app/first-paint/texts-zh.ts',
  '/src/app/header/texts-zh.ts',
  '/src/app/result/texts-zh.ts',
  '/src/app/result/verdict-texts-zh.ts',
];

/**
 * True when the page's first signature can be painted before the app arrives: the panes stand
 * side by side, and the page starts from its own starting form (no kept work, no share link),
 * the form main.tsx signed ahead, so the app's first render shows the very same values.
 *
 * @example canPaintFirst(window) // true on a first visit at 1440×900
 */
export function canPaintFirst(window: Window): boolean {
  return (
    window.matchMedia(SIDE_BY_SIDE).matches &&
    !isShareFragment(window.location.hash) &&
    !hasKeptWork(window.localStorage)
  );
}

/**
 * Paints the signed form into `root` (the app replaces it when it renders), if `canPaintFirst`.
 *
 * @example paintFirstSignature(root, signed.form, sandbox?.account?.created)
 */
export function paintFirstSignature(
  root: HTMLElement,
  form: PostForm,
  sandboxAccount: string | undefined,
): void {
  if (!canPaintFirst(window)) return;
  const texts = {
    header: textsNow(HEADER_TEXTS),
    result: textsNow(RESULT_TEXTS),
    verdict: textsNow(VERDICT_TEXTS),
    firstPaint: textsNow(FIRST_PAINT_TEXTS),
  };
  const view = firstSignatureView({ form, texts, locale: localeStore.get(), sandboxAccount });
  root.replaceChildren(mountView(view, document));
}

/**
 * Says in `root` that the app could not load (the page would otherwise wait forever), in the
 * reader's language, with the reason.
 *
 * @example sayEditorFailed(root, new TypeError('Failed to fetch dynamically imported module'))
 */
export function sayEditorFailed(root: HTMLElement, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  const message = document.createElement('p');
  message.className = 'field-error first-paint-failed';
  message.setAttribute('role', 'alert');
  message.textContent = textsNow(FIRST_PAINT_TEXTS).editorFailed({ reason });
  root.prepend(message);
}
