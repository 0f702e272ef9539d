export type Severity = 'error' | 'warning' | 'info';

/** One finding about a form or policy, rendered by the UI without knowing the rule. */
export interface Check {
  /** Stable rule id, e.g. `key.too-long`. */
  id: string;
  severity: Severity;
  /** What is wrong and how to fix it. */
  message: string;
  /** The OSS documentation page for the rule. */
  docUrl: string;
  /** The form fields concerned, e.g. `['key']`. */
  fields: string[];
  /**
   * The user's own condition row the finding concerns: 0-based, counting only the rows the user
   * sees (the builder's own bucket/V4/STS conditions are not rows). Absent when no row is concerned.
   */
  conditionRow?: number;
}
