import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { buildPostForm, type PolicyCondition } from '../../../src/oss/index.ts';
import {
  startSandboxProcess,
  type SandboxProcess,
  type StartOptions,
} from '../../../src/sandbox/test-support/start-sandbox.ts';
import { fieldPart, filePart, multipartType, renderMultipart, type RawPart } from './multipart.ts';
import { requestHead, type RawRequest } from './raw-http.ts';

export type { SandboxProcess };

/** The real sandbox process on a free port, with a short idle timeout unless told otherwise. */
export function startHardeningSandbox(options: StartOptions = {}): Promise<SandboxProcess> {
  return startSandboxProcess({
    ...options,
    args: ['--idle-timeout', '2', ...(options.args ?? [])],
  });
}

/** The text fields of a form the sandbox accepts for keys under `prefix`, in send order. */
export interface SignedFields {
  fields: { name: string; value: string }[];
}

/** Signs a V4 form with the sandbox's credentials (the core's buildPostForm). */
export async function signFields(
  sandbox: SandboxProcess,
  key: string,
  conditions: PolicyCondition[] = [['content-length-range', 0, 64 * 1024 * 1024]],
): Promise<SignedFields> {
  const form = await buildPostForm({
    target: { bucket: sandbox.bucket, region: sandbox.region, endpoint: sandbox.url },
    credentials: { accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret },
    key,
    expiration: { secondsFromNow: 3600 },
    conditions,
  });
  if (!form.signature)
    throw new Error('buildPostForm signed nothing: check the sandbox credentials');
  const fields = form.fields.flatMap((entry) =>
    entry.kind === 'field' ? [{ name: entry.name, value: entry.value }] : [],
  );
  return { fields };
}

/** The parts of a well-formed upload: the fields in order, then the file. */
export function uploadParts(
  signed: SignedFields,
  file: Buffer,
  filename = 'upload.bin',
): RawPart[] {
  return [
    ...signed.fields.map((field) => fieldPart(field.name, field.value)),
    filePart(file, { filename }),
  ];
}

/** A well-formed upload to the sandbox's bucket as bytes on the wire: head and multipart body. */
export function uploadRequest(
  sandbox: SandboxProcess,
  signed: SignedFields,
  file: Buffer,
  boundary: string,
): RawRequest & { body: Buffer } {
  const url = new URL(sandbox.url);
  const body = renderMultipart(uploadParts(signed, file), boundary);
  const head = requestHead(url.pathname, url.host, {
    'Content-Type': multipartType(boundary),
    'Content-Length': body.length,
  });
  return { head, body };
}

async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(full)));
    else found.push(full);
  }
  return found;
}

/** Every file the sandbox keeps for objects and uploads in flight (objects/, meta/, tmp/). */
export async function listStoredFiles(
  sandbox: SandboxProcess,
): Promise<{ objects: string[]; temp: string[] }> {
  const objects = [
    ...(await listFiles(path.join(sandbox.dataDir, 'objects'))),
    ...(await listFiles(path.join(sandbox.dataDir, 'meta'))),
  ];
  return { objects, temp: await listFiles(path.join(sandbox.dataDir, 'tmp')) };
}

/** Waits until `check` holds (temp files are removed a moment after the answer), or times out. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 3000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** Waits (up to `timeoutMs`) for the sandbox to hold no object, meta or temp file, then asserts it. */
export async function expectNothingStored(
  sandbox: SandboxProcess,
  timeoutMs?: number,
): Promise<void> {
  const stored = await eventually(
    () => listStoredFiles(sandbox),
    (files) => files.objects.length === 0 && files.temp.length === 0,
    timeoutMs,
  );
  expect(stored.objects).toEqual([]);
  expect(await listKeys(sandbox)).toEqual([]);
  expect(stored.temp).toEqual([]);
}

/** ListObjects of the sandbox's bucket: the keys it lists. */
export async function listKeys(sandbox: SandboxProcess): Promise<string[]> {
  const response = await fetch(`${sandbox.url}/`);
  const xml = await response.text();
  if (response.status !== 200) throw new Error(`ListObjects answered ${response.status}: ${xml}`);
  return [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => match[1] ?? '');
}
