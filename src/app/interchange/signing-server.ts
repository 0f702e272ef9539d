import { importPasted, type ImportedForm, type Result } from '../../oss/index.ts';
import { importOffThread } from './import-off-thread.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';

type ToolsTexts = typeof INTERCHANGE_TOOLS_TEXTS;

/** What an import from a URL or a paste gives the page: the form, or why there is none. */
export interface ImportAttempt {
  /** Where the text came from: `paste` or the URL asked. */
  origin: string;
  /** The text as read (the signing server's answer body, or the paste). */
  text: string;
  result: Result<ImportedForm>;
}

function failed(origin: string, text: string, id: string, message: string): ImportAttempt {
  return { origin, text, result: { ok: false, issues: [{ id, message }] } };
}

/**
 * Asks a signing server for a signed form (GET, like Alibaba's app-server samples) and imports
 * its answer. Resolves for every outcome: network, CORS and HTTP failures come back as issues
 * that say what to fix.
 */
export async function fetchSigningServerAnswer(
  url: string,
  texts: ToolsTexts,
): Promise<ImportAttempt> {
  const address = url.trim();
  if (!/^https?:\/\//i.test(address)) {
    return failed(address, '', 'signing-server.url', texts.serverUrl);
  }
  let response: Response;
  try {
    response = await fetch(address, { cache: 'no-store', credentials: 'omit' });
  } catch {
    return failed(address, '', 'signing-server.unreachable', texts.serverUnreachable);
  }
  const text = await response.text();
  if (!response.ok) {
    return failed(
      address,
      text,
      'signing-server.status',
      texts.serverStatus({ status: response.status, statusText: response.statusText }),
    );
  }
  return { origin: address, text, result: await importOffThread('signing-server', text) };
}

/** Imports pasted text (policy, curl, HTML form, signing server JSON). */
export function importPastedText(text: string): ImportAttempt {
  return { origin: 'paste', text, result: importPasted(text) };
}
