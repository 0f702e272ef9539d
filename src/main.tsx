// The page's first script: small on purpose. It waits for the sandbox's answer (index.html asked
// for it), signs the starting form and paints that signature, then runs the app (index.html
// fetches its chunk beside this one: vite-plugins/preload-app.ts), which shows the same signed
// form and everything else.
import {
  FIRST_PAINT_CHINESE,
  paintFirstSignature,
  sayEditorFailed,
} from './app/first-paint/paint-first-signature.ts';
import { sandboxAnswer, waitForSandbox } from './app/remote/sandbox-lookup.ts';
import { $stsExpiry } from './app/remote/sts-expiry.ts';
import { signAhead } from './app/sign-ahead.ts';
import { signingContext, startingValues } from './app/use-sandbox-prefill.ts';
import { loadChineseTextsOf } from './ui/i18n/texts.ts';
import './styles/page.css';
import './styles/touch.css';

/**
 * How long the first render waits for /__sandbox/info (asked by index.html while this script
 * loads, so normally already answered): the page then starts with the sandbox's values rather
 * than changing them in front of the user. A sandbox slower than this fills in only an untouched
 * page (BuilderPage).
 */
const SANDBOX_WAIT_MS = 1500;

async function start(root: HTMLElement): Promise<void> {
  await Promise.all([waitForSandbox(SANDBOX_WAIT_MS), loadChineseTextsOf(FIRST_PAINT_CHINESE)]);
  const sandbox = sandboxAnswer();
  const signed = await signAhead(
    startingValues(sandbox),
    signingContext($stsExpiry.get(), sandbox),
  );
  // Marked for the performance timeline (and tests): the first form is signed, and painted in
  // this same task when it can be.
  performance.mark('first-form-signed');
  if (signed) paintFirstSignature(root, signed.form, sandbox?.account?.created);
  // Imported only now, so that running the app's module never delays the first paint; its file
  // has been downloading since index.html named it (vite-plugins/preload-app.ts).
  const startApp = await import('./app/start-app.tsx').then(
    (module) => module.startApp,
    (error: unknown) => error,
  );
  if (typeof startApp === 'function') await startApp(root);
  else sayEditorFailed(root, startApp);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');
void start(root);
