// Reads a large import off the page's main thread: a 5 MB curl command, HTML form, policy or
// signing-server answer takes the core one to three seconds, during which the tab would not
// answer. The result is plain data (structured clone).
import { importPasted, importSigningServerAnswer } from '../../oss/index.ts';
import type { ImportRequest } from './import-off-thread.ts';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, kind, text } = event.data;
  const result = kind === 'paste' ? importPasted(text) : importSigningServerAnswer(text);
  self.postMessage({ id, result });
};
