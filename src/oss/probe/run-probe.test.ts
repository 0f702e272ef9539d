import { describe, expect, it } from 'vitest';
import {
  CLOSED_REFUSALS,
  PROBE_SENT,
  closedPolicy,
  openedFor,
  openPolicy,
} from '../fixtures/probe-policies.ts';
import { createDryRunTarget } from './dry-run-target.ts';
import { gradeProbes } from './grade.ts';
import { probePolicy } from './run-probe.ts';
import { PROBE_IDS, type ProbeReport, type ProbeSeverity } from './probe-types.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';

const dryRun = () =>
  createDryRunTarget({
    bucket: 'examplebucket',
    region: 'cn-hangzhou',
    allowPrivateCallback: true,
  });

async function probe(policy: PolicyDocument): Promise<ProbeReport> {
  const report = await probePolicy({ policy, target: dryRun(), keyPrefix: 'uploads/' });
  if (!report.ok) throw new Error(JSON.stringify(report.issues));
  return report.value;
}

const outcomeOf = (report: ProbeReport, id: string) =>
  report.probes.find((p) => p.id === id)?.outcome;

describe('the policy probe, dry run', () => {
  it('finds every probe a hole in a policy that grants everything, grade F', async () => {
    const report = await probe(openPolicy());
    expect(report.probes.map((p) => [p.id, p.outcome])).toEqual(
      PROBE_IDS.map((id) => [id, 'hole']),
    );
    expect(report.grade).toBe('F');
  });

  it('finds every probe held by the closed policy, grade A, with OSS refusal codes', async () => {
    const report = await probe(closedPolicy());
    expect(report.grade).toBe('A');
    for (const result of report.probes) {
      const expected = CLOSED_REFUSALS[result.id];
      expect([result.id, result.outcome]).toEqual([result.id, 'held']);
      expect(result.sent).toMatch(PROBE_SENT[result.id]);
      if (expected !== 'judged') {
        expect([result.id, result.answer?.status, result.answer?.code]).toEqual([
          result.id,
          ...expected,
        ]);
      }
    }
  });

  it.each(PROBE_IDS)('%s: a hole once the one condition that closes it is gone', async (id) => {
    const report = await probe(openedFor(id));
    expect(outcomeOf(report, id)).toBe('hole');
    expect(report.probes.find((p) => p.id === id)?.fix?.message).toMatch(/\S/);
  });

  it.each(PROBE_IDS.filter((id) => !['callback-elsewhere', 'long-expiry'].includes(id)))(
    '%s: the fix, added to a policy that grants everything, holds the probe',
    async (id) => {
      const open = openPolicy();
      const hole = (await probe(open)).probes.find((p) => p.id === id);
      const condition = hole?.fix?.condition;
      expect(condition).toBeDefined();
      const fixed = await probe({ ...open, conditions: [...open.conditions, condition!] });
      expect(outcomeOf(fixed, id)).toBe('held');
    },
  );

  it('judges the default builder policy F (any content type, any ACL)', async () => {
    const policy: PolicyDocument = {
      expiration: new Date(Date.now() + 3_599_000).toISOString(),
      conditions: [
        { bucket: 'examplebucket' },
        ['starts-with', '$key', 'uploads/'],
        ['content-length-range', 1, 10485760],
        ['eq', '$success_action_status', '201'],
      ],
    };
    const report = await probe(policy);
    expect(report.grade).toBe('F');
    expect(outcomeOf(report, 'key-outside-prefix')).toBe('held');
    expect(outcomeOf(report, 'html-content-type')).toBe('hole');
  });

  it.each([
    [
      'an expired policy',
      { expiration: '2020-01-01T00:00:00.000Z', conditions: [['eq', '$key', 'a']] },
      'probe.expired',
    ],
    [
      'conditions no form meets',
      {
        expiration: '2099-01-01T00:00:00.000Z',
        conditions: [
          ['eq', '$key', 'a'],
          ['eq', '$key', 'b'],
        ],
      },
      'probe.unmet',
    ],
    [
      'a size range no file meets',
      { expiration: '2099-01-01T00:00:00.000Z', conditions: [['content-length-range', 10, 5]] },
      'probe.unmet',
    ],
  ] as [string, PolicyDocument, string][])(
    'refuses %s with one sentence',
    async (_name, policy, id) => {
      const report = await probePolicy({ policy, target: dryRun() });
      expect(report.ok).toBe(false);
      if (!report.ok) {
        expect(report.issues[0].id).toBe(id);
        expect(report.issues[0].message).toMatch(/:/);
      }
    },
  );
});

describe('the grade', () => {
  const hole = (severity: ProbeSeverity) => ({ outcome: 'hole' as const, severity });
  const held = (severity: ProbeSeverity) => ({ outcome: 'held' as const, severity });
  it.each([
    ['no hole', [held('critical'), held('minor')], 'A'],
    ['a minor hole', [hole('minor'), held('critical')], 'B'],
    ['a moderate hole', [hole('minor'), hole('moderate')], 'C'],
    ['a serious hole', [hole('serious'), hole('moderate')], 'D'],
    ['a critical hole', [hole('critical'), held('serious')], 'F'],
    ['n/a counts as no hole', [{ outcome: 'n/a' as const, severity: 'critical' as const }], 'A'],
  ])('%s → %s', (_name, probes, grade) => {
    expect(gradeProbes(probes)).toBe(grade);
  });
});
