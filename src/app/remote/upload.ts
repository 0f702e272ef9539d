import type { SendPart } from '../result/form-order.ts';
import { computeProgress, type UploadProgress } from '../upload/progress.ts';

export interface UploadRequest {
  url: string;
  parts: SendPart[];
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** What came back. `status` 0 means no readable response (CORS, network or abort). */
export interface UploadOutcome {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
  aborted: boolean;
  sentAt: number;
  receivedAt: number;
}

/** Builds the multipart body in the given order; the file goes where its part is. */
export function buildFormData(parts: SendPart[], file: File): FormData {
  const data = new FormData();
  for (const part of parts) {
    if ('file' in part) data.append('file', file, file.name);
    else data.append(part.name, part.value);
  }
  return data;
}

function readHeaders(xhr: XMLHttpRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * Posts the form with XMLHttpRequest (fetch has no upload progress). Resolves for every answer,
 * including errors and status 0; the caller explains them.
 */
export function sendPostForm(request: UploadRequest): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const sentAt = Date.now();
    let aborted = false;
    const finish = () =>
      resolve({
        status: xhr.status,
        statusText: xhr.statusText,
        headers: xhr.status ? readHeaders(xhr) : {},
        body: xhr.status ? xhr.responseText : '',
        aborted,
        sentAt,
        receivedAt: Date.now(),
      });
    xhr.open('POST', request.url);
    xhr.upload.onprogress = (event) => {
      request.onProgress?.(computeProgress(event.loaded, event.total, Date.now() - sentAt));
    };
    xhr.onload = finish;
    xhr.onerror = finish;
    xhr.onabort = () => {
      aborted = true;
      finish();
    };
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(buildFormData(request.parts, request.file));
  });
}
