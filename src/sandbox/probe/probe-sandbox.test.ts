// Every probe through the sandbox over real HTTP: a hole where the policy leaves it open, held with
// OSS's own refusal (status, Code) where a condition closes it; nothing left behind.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOSED_REFUSALS,
  PROBE_SENT,
  closedPolicy,
  openedFor,
  openPolicy,
} from '../../oss/fixtures/probe-policies.ts';
import { PROBE_IDS, probePolicy, type PolicyDocument, type ProbeReport } from '../../oss/index.ts';
import { startProbeSandbox } from './probe-sandbox.ts';

async function probe(policy: PolicyDocument): Promise<ProbeReport> {
  const sandbox = await startProbeSandbox(policy);
  try {
    const report = await probePolicy({ policy, target: sandbox.target, keyPrefix: 'uploads/' });
    if (!report.ok) throw new Error(JSON.stringify(report.issues));
    return report.value;
  } finally {
    await sandbox.close();
  }
}

const probeDirs = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith('oss-policy-probe-'));

describe('the policy probe against the sandbox, over HTTP', () => {
  let open: ProbeReport;
  let closed: ProbeReport;
  let before: string[];
  beforeAll(async () => {
    before = probeDirs();
    [open, closed] = [await probe(openPolicy()), await probe(closedPolicy())];
  });
  afterAll(() => undefined);

  it('posts to the sandbox, not the dry run, for every probe it can send', () => {
    expect(open.target).toBe('sandbox');
    const judged = open.probes.filter((p) => p.note).map((p) => p.id);
    // Only OSS's 5 GB (no range) is too big to post; the expiry is judged from the policy.
    expect(judged).toEqual(['oversize', 'long-expiry']);
    expect(closed.probes.filter((p) => p.note?.text.id === 'probe.note.fidelity')).toEqual([]);
  });

  it.each(PROBE_IDS)('%s is a hole when the policy grants everything', (id) => {
    const result = open.probes.find((p) => p.id === id);
    expect(result?.outcome).toBe('hole');
    expect(result?.sent).toMatch(PROBE_SENT[id]);
    if (id !== 'long-expiry') expect([200, 201, 203, 204, 303]).toContain(result?.answer?.status);
  });

  it.each(PROBE_IDS)("%s is held by the closed policy, with OSS's refusal", (id) => {
    const result = closed.probes.find((p) => p.id === id);
    expect(result?.outcome).toBe('held');
    expect(result?.sent).toMatch(PROBE_SENT[id]);
    const refusal = CLOSED_REFUSALS[id];
    if (refusal !== 'judged') {
      expect([result?.answer?.status, result?.answer?.code]).toEqual(refusal);
    }
  });

  it('grades them F and A', () => {
    expect([open.grade, closed.grade]).toEqual(['F', 'A']);
  });

  it.each(PROBE_IDS.filter((id) => id !== 'oversize' && id !== 'long-expiry'))(
    '%s: the one condition that closes it, taken away, opens it over HTTP',
    async (id) => {
      const report = await probe(openedFor(id));
      expect(report.probes.find((p) => p.id === id)?.outcome).toBe('hole');
      expect(report.probes.find((p) => p.id === id)?.note).toBeUndefined();
    },
  );

  it('leaves no data behind', () => {
    expect(probeDirs().filter((name) => !before.includes(name))).toEqual([]);
    expect(existsSync(tmpdir())).toBe(true);
  });
});
