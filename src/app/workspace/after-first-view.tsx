import { startTransition, useEffect, useState, type ReactNode } from 'react';
import './after-first-view.css';

// Where the Build and Result panes stand side by side (src/styles/page.css, "Wide screens").
const SIDE_BY_SIDE = '(min-width: 1200px)';

/**
 * Where the panes stand side by side, shows `children` in a low-priority render (a transition)
 * right after the page's first commit, which then holds the header, the verdict and the signed
 * form and nothing else: the signature reaches the screen without waiting for the rest of the
 * page to render (bench first-signature). Each part placed here ends its column, so its arrival
 * moves nothing already shown; meanwhile a box as tall as the screen holds its place, so the page
 * and the Result pane can scroll from the first frame and no scroll bar appears later. In one
 * column the Result pane comes after the whole Build pane, the signature is not on the first
 * screen, and everything renders at once.
 */
export function AfterFirstView({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(() => !window.matchMedia(SIDE_BY_SIDE).matches);
  useEffect(() => {
    if (!shown) startTransition(() => setShown(true));
  }, [shown]);
  return shown ? children : <div className="after-first-view" />;
}
