import { decodePolicy, findJsonSyntaxError, type TextRef } from '../../oss/index.ts';
import type { ConditionRow } from './builder-schema.ts';
import { conditionToRow, userConditions } from './condition-rows.ts';
import type { FORM_POLICY_JSON_TEXTS } from './texts-en.ts';

/** The reader's texts (`FORM_POLICY_JSON_TEXTS`), in the reader's language. */
export type PolicyJsonReadTexts = typeof FORM_POLICY_JSON_TEXTS;

/** Where a parse error is, for people: 1-based line and column. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

export interface PolicyJsonProblem {
  message: string;
  position?: TextPosition;
}

/** What the raw JSON editor's text means for the form. */
export type PolicyJsonReading =
  | {
      ok: true;
      expiration: string;
      conditions: ConditionRow[];
      /** What OSS would refuse in this (well-formed) policy: shown, not blocking the sync. */
      warnings: PolicyJsonProblem[];
    }
  | { ok: false; problems: PolicyJsonProblem[] };

/** Offset → line and column (1-based), for "line 3, column 14". */
export function toTextPosition(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped).split('\n');
  return { offset: clamped, line: before.length, column: before[before.length - 1].length + 1 };
}

/** The offset a JSON.parse error names, in the wordings V8 uses. */
export function jsonErrorOffset(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  if (/end of JSON input|Unterminated/i.test(message)) return text.length;
  return undefined;
}

/**
 * The editor's JSON → the expiration and the user's condition rows (the bucket, V4 and token
 * conditions are the builder's own and are re-added by it). Syntax errors come with a position.
 */
export function readPolicyJson(
  text: string,
  texts: PolicyJsonReadTexts,
  // Says a core sentence: English by default, the reader's language from the page.
  say: (item: { message: string; text?: TextRef }) => string = (item) => item.message,
): PolicyJsonReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = findJsonSyntaxError(text);
    const offset = where?.position ?? jsonErrorOffset(text, message);
    return {
      ok: false,
      problems: [
        {
          message: texts.invalidJson({ detail: where ? say(where) : message }),
          ...(offset === undefined ? {} : { position: toTextPosition(text, offset) }),
        },
      ],
    };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      ok: false,
      problems: [{ message: texts.notObject }],
    };
  }
  const { expiration, conditions } = parsed as { expiration?: unknown; conditions?: unknown };
  const problems: PolicyJsonProblem[] = [];
  if (typeof expiration !== 'string') {
    problems.push({ message: texts.expirationNotString });
  }
  if (!Array.isArray(conditions)) {
    problems.push({ message: texts.conditionsNotArray });
  }
  if (problems.length > 0 || typeof expiration !== 'string' || !Array.isArray(conditions)) {
    return { ok: false, problems };
  }
  const decoded = decodePolicy(text);
  const warnings = decoded.ok
    ? []
    : decoded.issues.map((issue) => ({
        message: `${issue.path ? `${issue.path}: ` : ''}${say(issue)}${issue.oss ? ` (OSS: ${issue.oss.code})` : ''}`,
      }));
  return {
    ok: true,
    expiration,
    conditions: userConditions(conditions).map(conditionToRow),
    warnings,
  };
}
