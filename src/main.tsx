import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { sandboxAnswer, waitForSandbox } from './app/remote/sandbox-info.ts';
import { $stsExpiry } from './app/remote/sts-expiry.ts';
import { signingContext, startingValues } from './app/use-sandbox-prefill.ts';
import { signAhead } from './app/use-signed-form.ts';
import { preloadTexts } from './ui/i18n/texts.ts';
import './styles/page.css';
import './styles/touch.css';

/**
 * How long the first render waits for /__sandbox/info (asked by index.html while this script
 * loads, so normally already answered): the page then starts with the sandbox's values rather
 * than changing them in front of the user. A sandbox slower than this fills in only an untouched
 * page (BuilderPage).
 */
const SANDBOX_WAIT_MS = 1500;

/**
 * Renders once the sandbox has answered (or its wait is over), the reader's texts are in and the
 * starting form is signed (a few milliseconds), so the first render shows all of them. Not awaited
 * at the module's top level: the chunks it imports on demand import this one, which must have
 * finished evaluating first.
 */
async function start(root: HTMLElement): Promise<void> {
  await Promise.all([waitForSandbox(SANDBOX_WAIT_MS), preloadTexts()]);
  const sandbox = sandboxAnswer();
  await signAhead(startingValues(sandbox), signingContext($stsExpiry.get(), sandbox));
  // Rendered and committed here and now rather than in a task React schedules: on a busy machine
  // that task waits behind others, and the first signature with it (bench first-signature).
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');
void start(root);
