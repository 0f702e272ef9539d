import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadCoreTexts } from './app/i18n/use-core-texts.ts';
import { sandboxAnswer, waitForSandbox } from './app/remote/sandbox-info.ts';
import { $stsExpiry } from './app/remote/sts-expiry.ts';
import { signingContext, startingValues } from './app/use-sandbox-prefill.ts';
import { signAhead } from './app/use-signed-form.ts';
import { preloadCatalogue } from './ui/i18n/preload-catalogue.ts';
import './styles/page.css';

/**
 * How long the first render waits for /__sandbox/info (asked by index.html while this script
 * loads, so normally already answered): the page then starts with the sandbox's values rather
 * than changing them in front of the user. A sandbox slower than this fills in only an untouched
 * page (BuilderPage).
 */
const SANDBOX_WAIT_MS = 1500;

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');
// A reader of another language than English gets its texts before the first render, too.
await Promise.all([waitForSandbox(SANDBOX_WAIT_MS), preloadCatalogue(), preloadCoreTexts()]);
// The starting form is signed before the first render, which then shows it (a few milliseconds).
const sandbox = sandboxAnswer();
await signAhead(startingValues(sandbox), signingContext($stsExpiry.get(), sandbox));
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
