import { fail, type Result } from '../result.ts';
import type { ImportedForm } from './imported-form.ts';
import { importCurl } from './import-curl.ts';
import { importHtmlForm } from './import-html-form.ts';
import { importPolicy } from './import-policy.ts';
import { importSigningServerAnswer } from './import-signing-server.ts';
import { sayFrom } from '../texts.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';

const say = sayFrom(INTERCHANGE_TEXTS);

/**
 * Imports whatever was pasted, by its look: HTML (`<…`), a curl command, policy JSON (has
 * `expiration` or `conditions`), a signing server's JSON answer, or a Base64 policy.
 *
 * @example
 * importPasted('curl -F key=a.txt -F file=@a.txt http://127.0.0.1:9100/examplebucket').ok // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function importPasted(text: string): Result<ImportedForm> {
  const trimmed = text.trim();
  if (trimmed === '')
    return fail({
      id: 'import.empty',
      ...say('import-empty'),
    });
  if (trimmed.startsWith('<')) return importHtmlForm(trimmed);
  if (/^(?:#[^\n]*\n\s*)*(?:\S*\/)?curl(?:\.exe)?\s/.test(trimmed)) return importCurl(trimmed);
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return importPolicy(trimmed); // the decoder points at the JSON syntax error
    }
    const isPolicy =
      !!parsed && typeof parsed === 'object' && ('conditions' in parsed || 'expiration' in parsed);
    return isPolicy ? importPolicy(trimmed) : importSigningServerAnswer(trimmed);
  }
  return importPolicy(trimmed);
}
