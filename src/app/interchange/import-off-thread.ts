import {
  importPasted,
  importSigningServerAnswer,
  type ImportedForm,
  type Result,
} from '../../oss/index.ts';
import { IMPORT_BOX_SHOWN_CHARS } from './input-limits.ts';

/** What the import worker is asked: pasted text, or a signing server's answer. */
export interface ImportRequest {
  id: number;
  kind: 'paste' | 'signing-server';
  text: string;
}

const readNow = (kind: ImportRequest['kind'], text: string): Result<ImportedForm> =>
  kind === 'paste' ? importPasted(text) : importSigningServerAnswer(text);

let worker: Worker | undefined;
let asked = 0;
interface Waiting {
  kind: ImportRequest['kind'];
  text: string;
  resolve: (result: Result<ImportedForm>) => void;
}
const waiting = new Map<number, Waiting>();

function importWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<{ id: number; result: Result<ImportedForm> }>) => {
    waiting.get(event.data.id)?.resolve(event.data.result);
    waiting.delete(event.data.id);
  };
  // A worker that fails to load or run: what it was asked is read on the spot instead.
  started.onerror = () => {
    for (const { kind, text, resolve } of waiting.values()) resolve(readNow(kind, text));
    waiting.clear();
    started.terminate();
    worker = undefined;
  };
  worker = started;
  return started;
}

/**
 * Reads an import: text that fits the import box on the spot, longer text (up to 5 MB) in a
 * worker, so the page keeps answering while the core reads it. Where no worker can start, it is
 * read on the spot.
 * @example await importOffThread('paste', 'curl -F key=a -F file=@a http://h/b') // { ok: true, value: { source: 'curl', … } }
 */
export function importOffThread(
  kind: ImportRequest['kind'],
  text: string,
): Promise<Result<ImportedForm>> {
  if (text.length <= IMPORT_BOX_SHOWN_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(readNow(kind, text));
  }
  return new Promise((resolve) => {
    try {
      const id = (asked += 1);
      const read = importWorker();
      waiting.set(id, { kind, text, resolve });
      read.postMessage({ id, kind, text } satisfies ImportRequest);
    } catch {
      resolve(readNow(kind, text));
    }
  });
}
