import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadTexts } from '../ui/i18n/texts.ts';

/**
 * Renders the page into `root` once the reader's texts are in (a Chinese reader's page is Chinese
 * from its first render), replacing the first paint (main.tsx); committed here and now rather than
 * in a task React schedules: on a busy machine that task waits behind others.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  await preloadTexts();
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
