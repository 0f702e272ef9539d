import type { TextRef } from './texts.ts';

/**
 * The outcome of a domain call that can fail on bad input: data, never a throw.
 *
 * @example
 * const r = decodePolicy('not base64!');
 * if (!r.ok) console.log(r.issues[0].message);
 */
export type Result<T, I = Problem> = { ok: true; value: T } | { ok: false; issues: I[] };

/** A reason why input was refused, with the OSS error it would cause when sent. */
export interface Problem {
  /** Stable identifier, e.g. `policy.json-syntax`. */
  id: string;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
  /** The message by id and parameters, for the page to show in the reader's language. */
  text?: TextRef;
  /** Where: a JSON path such as `conditions[2][1]`, or a form field name. */
  path?: string;
  /** Character offset in the input, for parse errors. */
  position?: number;
  /** The error OSS answers with for this input. */
  oss?: { code: string; message: string; ec?: string };
}

/** @example ok(42) // { ok: true, value: 42 } */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** @example fail({ id: 'x', message: 'y' }) // { ok: false, issues: [...] } */
export function fail<I = Problem>(...issues: I[]): { ok: false; issues: I[] } {
  return { ok: false, issues };
}
