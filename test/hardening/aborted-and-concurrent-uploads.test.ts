// 100 uploads cut off at random points leave no object and no temp file; 50 concurrent uploads of
// different sizes are all stored with the right MD5.
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartType, renderMultipart } from './support/multipart.ts';
import { runPool } from './support/pool.ts';
import { createRandom, HARDENING_SEED } from './support/random.ts';
import {
  expectNothingStored,
  listKeys,
  listStoredFiles,
  signFields,
  startHardeningSandbox,
  uploadParts,
  uploadRequest,
  type SandboxProcess,
} from './support/sandbox.ts';

const ABORTS = 100;
const CONCURRENT = 50;

/** Writes the head and `cut` body bytes, waits `lingerMs`, then drops the connection. */
function sendAndAbort(port: number, head: string, body: Buffer, cut: number, lingerMs: number) {
  return new Promise<void>((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
    socket.on('connect', () => {
      socket.write(head, 'latin1');
      socket.write(body.subarray(0, cut), () => {
        setTimeout(
          () => (lingerMs % 2 === 0 ? socket.destroy() : socket.resetAndDestroy()),
          lingerMs,
        );
      });
    });
  });
}

describe('aborted and concurrent uploads', () => {
  let sandbox: SandboxProcess;
  beforeAll(async () => {
    sandbox = await startHardeningSandbox();
  });
  afterAll(() => sandbox?.stop());

  it(`${ABORTS} uploads aborted at random points store nothing and leave no temp file`, async () => {
    const random = createRandom(HARDENING_SEED + 1);
    const signed = await signFields(sandbox, 'aborted/object.bin');
    const uploads = Array.from({ length: ABORTS }, (_, index) => {
      const file = random.bytes(1 + random.int(index % 4 === 0 ? 4 * 1024 * 1024 : 64 * 1024));
      const { head, body } = uploadRequest(sandbox, signed, file, `----abort${index}`);
      // Anywhere from the first body byte to one byte short of the end.
      return { head, body, cut: random.int(body.length - 1), lingerMs: random.int(40) };
    });
    await runPool(uploads, 10, (upload) =>
      sendAndAbort(sandbox.port, upload.head, upload.body, upload.cut, upload.lingerMs),
    );
    await expectNothingStored(sandbox, 5000);
    expect(sandbox.child.exitCode).toBeNull();
  }, 60_000);

  it(`${CONCURRENT} concurrent uploads of different sizes are all stored with the right MD5`, async () => {
    const random = createRandom(HARDENING_SEED + 2);
    const uploads = await Promise.all(
      Array.from({ length: CONCURRENT }, async (_, index) => {
        const size =
          index === 0 ? 0 : 1 + random.int([1024, 256 * 1024, 8 * 1024 * 1024][index % 3]!);
        const file = random.bytes(size);
        const key = `load/${index}-${size}.bin`;
        const boundary = `----load${index}`;
        const body = renderMultipart(uploadParts(await signFields(sandbox, key), file), boundary);
        return { key, body, boundary, md5: createHash('md5').update(file).digest('hex') };
      }),
    );
    const answers = await Promise.all(
      uploads.map(async (upload) => {
        const response = await fetch(`${sandbox.url}/`, {
          method: 'POST',
          headers: { 'Content-Type': multipartType(upload.boundary) },
          body: new Uint8Array(upload.body),
        });
        return {
          status: response.status,
          etag: response.headers.get('etag'),
          text: await response.text(),
        };
      }),
    );
    expect(answers.filter((answer) => answer.status !== 204)).toEqual([]);
    for (const [index, upload] of uploads.entries()) {
      expect(answers[index]!.etag).toBe(`"${upload.md5.toUpperCase()}"`);
      const stored = await fetch(`${sandbox.url}/${upload.key}`);
      expect(stored.status).toBe(200);
      const bytes = Buffer.from(await stored.arrayBuffer());
      expect(createHash('md5').update(bytes).digest('hex'), upload.key).toBe(upload.md5);
    }
    expect((await listKeys(sandbox)).sort()).toEqual(uploads.map((upload) => upload.key).sort());
    expect((await listStoredFiles(sandbox)).temp).toEqual([]);
  }, 60_000);
});
