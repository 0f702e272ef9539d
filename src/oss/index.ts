// The public surface of the PostObject core (design.md, "Public surface").
// Pure TypeScript: relative imports and `zod` only, so any TypeScript runner can load this file.

export type { Result, Problem } from './result.ts';
export { ok, fail } from './result.ts';
export type * from './policy-types.ts';
export { POLICY_OPERATORS } from './policy-types.ts';
export type * from './form-types.ts';
export type * from './check-types.ts';
export type * from './verdict-types.ts';
export type * from './error-types.ts';

// --- policy and signing ---

// --- checks and OSS's verdict ---

// --- errors ---

// --- snippets and interchange ---
