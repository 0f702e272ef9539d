// Fuzz the sandbox over HTTP with ≥ 2,000 seeded malformed bodies: every answer is an OSS XML error
// with a 4xx status (never a crash, hang or 5xx), nothing is stored, and it still serves afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOssError } from '../../src/oss/index.ts';
import { generateMalformedRequests, type FuzzCase } from './support/malformed-bodies.ts';
import { runPool } from './support/pool.ts';
import { createRandom, HARDENING_SEED } from './support/random.ts';
import { sendRaw, type RawResponse } from './support/raw-http.ts';
import {
  expectNothingStored,
  listKeys,
  signFields,
  startHardeningSandbox,
  uploadRequest,
  type SandboxProcess,
} from './support/sandbox.ts';

const CASES = 2100;

function describeFailure(fuzz: FuzzCase, response: RawResponse): string | undefined {
  if (response.error) return `${fuzz.kind}: ${response.error}`;
  if (response.status < 400 || response.status > 499) {
    return `${fuzz.kind}: HTTP ${response.status} ${response.body.slice(0, 200)}`;
  }
  const error = parseOssError(response.body, response.headers);
  if (!error?.code)
    return `${fuzz.kind}: HTTP ${response.status} without an OSS <Error>: ${response.body.slice(0, 200)}`;
  return undefined;
}

describe(`fuzzing the sandbox with ${CASES} malformed bodies (seed ${HARDENING_SEED})`, () => {
  let sandbox: SandboxProcess;
  let results: { fuzz: FuzzCase; response: RawResponse }[] = [];

  beforeAll(async () => {
    sandbox = await startHardeningSandbox();
    const signed = await signFields(sandbox, 'fuzz/object.bin');
    const url = new URL(sandbox.url);
    const cases = generateMalformedRequests(
      createRandom(HARDENING_SEED),
      signed,
      { host: url.host, path: url.pathname },
      CASES,
    );
    const responses = await runPool(cases, 16, (fuzz) =>
      sendRaw(sandbox.port, fuzz.request, 15_000),
    );
    results = cases.map((fuzz, index) => ({ fuzz, response: responses[index]! }));
  }, 90_000);
  afterAll(() => sandbox?.stop());

  it('sent every case, of every kind', () => {
    expect(results.length).toBeGreaterThanOrEqual(CASES);
    const kinds = new Set(results.map((result) => result.fuzz.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(15);
  });

  it('answered each with an OSS XML error and a 4xx status', () => {
    const failures = results
      .map((result) => describeFailure(result.fuzz, result.response))
      .filter((failure): failure is string => failure !== undefined);
    expect(failures.slice(0, 20), `${failures.length} bad answers`).toEqual([]);
  });

  it('kept running (no crash) and stored nothing, not even a temp file', async () => {
    expect(sandbox.child.exitCode).toBeNull();
    expect(sandbox.child.signalCode).toBeNull();
    await expectNothingStored(sandbox);
  });

  it('still accepts a well-formed upload afterwards', async () => {
    const signed = await signFields(sandbox, 'fuzz/after.bin');
    const response = await sendRaw(
      sandbox.port,
      uploadRequest(sandbox, signed, Buffer.from('still serving\n'), '----fuzz-after'),
    );
    expect(response.status, response.body).toBe(204);
    expect(await listKeys(sandbox)).toEqual(['fuzz/after.bin']);
  });
});
