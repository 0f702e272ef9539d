// The grade of a probed policy, A to F, from the worst hole (docs/policy-probe.md#grade).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { ProbeGrade, ProbeResult, ProbeSeverity } from './probe-types.ts';

/**
 * The letter each severity of hole brings the grade down to (docs/policy-probe.md#grade).
 *
 * @example GRADE_BY_SEVERITY.critical // 'F'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const GRADE_BY_SEVERITY: Readonly<Record<ProbeSeverity, ProbeGrade>> = {
  critical: 'F',
  serious: 'D',
  moderate: 'C',
  minor: 'B',
};

const ORDER: readonly ProbeGrade[] = ['A', 'B', 'C', 'D', 'F'];

/**
 * The grade: F when a critical probe (`key-outside-prefix`, `other-bucket`, `html-content-type`,
 * `svg-content-type`, `public-acl`) is a hole, A when no probe is, else the letter of the worst
 * hole (serious D, moderate C, minor B).
 *
 * @example gradeProbes([{ outcome: 'hole', severity: 'moderate' }]) // 'C'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function gradeProbes(
  probes: readonly Pick<ProbeResult, 'outcome' | 'severity'>[],
): ProbeGrade {
  let worst = 0;
  for (const probe of probes) {
    if (probe.outcome !== 'hole') continue;
    worst = Math.max(worst, ORDER.indexOf(GRADE_BY_SEVERITY[probe.severity]));
  }
  return ORDER[worst];
}
