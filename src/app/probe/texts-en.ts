import { defineTexts } from '../../oss/index.ts';

/** The policy probe's texts (English; the Chinese is in texts-zh.ts beside it). */
export const APP_PROBE_TEXTS = defineTexts('app.probe', {
  open: 'Probe the policy',
  lead: 'A signed policy goes to every browser that asks, and OSS checks only the fields it names. The probe posts the form it intends with one change an uploader controls, probe by probe.',
  title: 'Policy probe',
  rerun: 'Probe again',
  running: 'Probing…',
  noPolicy: 'The builder has no signed policy yet: fill in the credentials first.',
  targetDryRun: 'Target: the dry run (the page judges each probe as OSS would; nothing is sent).',
  targetSandbox:
    'Target: the local sandbox (each probe is a real post; the dry run judges what the sandbox cannot take).',
  grade: (p: { grade: string | number }) => `Grade ${p.grade}`,
  gradeA: 'No probe got through: the policy admits only the form it intends.',
  gradeB: 'Only minor holes: an empty file, a long-lived policy, a callback or an inline file.',
  gradeC: 'A moderate hole: a redirect to another site or another storage class.',
  gradeD: 'A serious hole: an overwrite, any size, or a callback elsewhere.',
  gradeF:
    'A critical hole: a key outside the prefix, another bucket, HTML or SVG, or a public ACL.',
  holes: (p: { count: string | number; total: string | number }) =>
    `${p.count} of ${p.total} probes got through.`,
  probe: 'Probe',
  sent: 'What was sent',
  answer: 'The answer',
  outcome: 'Outcome',
  fix: 'Fix',
  hole: 'Hole',
  held: 'Held',
  notApplicable: 'n/a',
  fromPolicy: 'Judged from the policy',
  admitted: 'Admitted: OSS stored the object.',
  redirected: 'Admitted: OSS stored the object and redirected the browser.',
  applyFix: 'Apply the fix',
  applyFixFor: (p: { probe: string | number }) => `Apply the fix for “${p.probe}”`,
  applied: 'Fix applied: the policy is signed again and probed again.',
  failed: 'The probe could not run:',
});
