// Explains an OSS error from the catalog: the verbatim Code/Message the server sent, our cause and
// fix, the doc link and the form fields to look at.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry, Explanation } from './error-types.ts';
import { findCatalogEntries } from './catalog/index.ts';
import { CANONICAL_FIELD_NAMES, canonicalFieldName } from '../form/field-names.ts';

/** Shortest catalog message that may match as a prefix (shorter ones say too little). */
const MIN_PREFIX = 16;

/**
 * Explains an OSS error. Matching, most specific first, among the entries with this Code:
 * the exact Message; the Message normalised (case, whitespace, trailing dots, either side of a
 * catalog message's "… or The …" alternatives); the Message with its variable parts masked (quoted
 * names and values, the echoed policy condition, numbers); a catalog message that the Message starts
 * with (truncated or extended wording); then Code + EC; then the Code alone. Within a step an entry
 * with the same EC wins. Unknown codes give null. The explanation keeps the server's Message verbatim
 * and, when the Message names a field (a quoted field name or a `$field` in a failed condition), points
 * at that field.
 *
 * @example
 * explainOssError({
 *   code: 'AccessDenied',
 *   message: 'Invalid according to Policy: Policy Condition failed: ["eq", "$bucket", "other"]',
 * })?.fields
 * // ['bucket', 'policy']
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export function explainOssError(error: {
  code: string;
  message?: string;
  ec?: string;
}): Explanation | null {
  if (typeof error?.code !== 'string') return null;
  const entries = findCatalogEntries(error.code.trim());
  if (entries.length === 0) return null;
  const message = typeof error.message === 'string' ? error.message : undefined;
  const ec = error.ec?.trim();
  const found = (message !== undefined ? matchMessage(entries, message, ec) : undefined) ??
    matchingEc(entries, ec) ?? { entry: entries[0] };
  const matched = message === undefined ? found : refine(found, entries, message, ec);
  return toExplanation(matched.entry, message, matched.byTemplate === true);
}

/**
 * A more specific entry than the match, where the words allow it: an older, shorter wording of the
 * message an entry with the error's EC carries (OSS once sent the STS lost-token error without its
 * last sentence), or, for a failed policy condition, the entry about the same kind of condition.
 */
function refine(
  found: Match,
  entries: CatalogEntry[],
  message: string,
  ec: string | undefined,
): Match {
  const wanted = normalizeMessage(message);
  if (ec && found.entry.ec !== ec && wanted.length >= MIN_PREFIX) {
    const longer = entries.find(
      (entry) => entry.ec === ec && normalizeMessage(entry.message).startsWith(wanted),
    );
    if (longer) return { entry: longer };
  }
  const kind = conditionKind(message);
  if (kind === undefined || conditionKind(found.entry.message) === kind) return found;
  const same = entries.find((entry) => conditionKind(entry.message) === kind);
  return same ? { entry: same, byTemplate: true } : found;
}

/** Field names OSS reads from a form (their canonical spellings); `x-oss-*` fields are all known. */
function isKnownField(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('x-oss-') ||
    lower.startsWith('x:') ||
    canonicalFieldName(name) !== name ||
    CANONICAL_FIELD_NAMES.some((known) => known === name)
  );
}

/**
 * What a failed condition is about, read from the condition OSS echoes: a pinned empty security
 * token (the form sent no token), a field name OSS does not know that is a known one misspelled with
 * underscores (the form cannot send it), or a value that does not match.
 */
function conditionKind(message: string): 'empty-token' | 'misspelled-field' | 'value' | undefined {
  const echo = /Policy Condition failed: \["([^"]*)", "\$([^"]*)"(?:, (.*))?\]\s*$/.exec(message);
  if (!echo) return undefined;
  const [, op, field, value = ''] = echo;
  if (op === 'eq' && field.toLowerCase() === 'x-oss-security-token' && value.trim() === '""') {
    return 'empty-token';
  }
  if (!isKnownField(field) && field.includes('_') && isKnownField(field.replace(/_/g, '-'))) {
    return 'misspelled-field';
  }
  return 'value';
}

interface Match {
  entry: CatalogEntry;
  byTemplate?: boolean;
}

function matchMessage(
  entries: CatalogEntry[],
  message: string,
  ec: string | undefined,
): Match | undefined {
  const exact = pick(
    entries.filter((entry) => entry.message === message),
    ec,
  );
  if (exact !== undefined) return { entry: exact };
  const wanted = normalizeMessage(message);
  if (wanted === '') return undefined;
  const normal = pick(
    entries.filter((entry) => alternativesOf(entry.message).includes(wanted)),
    ec,
  );
  if (normal !== undefined) return { entry: normal };
  const template = maskVariables(wanted);
  const masked = pick(
    entries.filter((entry) =>
      alternativesOf(entry.message).some((alt) => maskVariables(alt) === template),
    ),
    ec,
  );
  if (masked !== undefined) return { entry: masked, byTemplate: true };
  const prefix = longestPrefix(entries, wanted, ec);
  return prefix === undefined ? undefined : { entry: prefix, byTemplate: true };
}

/** The entry whose message (or one alternative) is the longest prefix of `wanted`, or extends it. */
function longestPrefix(
  entries: CatalogEntry[],
  wanted: string,
  ec: string | undefined,
): CatalogEntry | undefined {
  let best: CatalogEntry[] = [];
  let bestLength = 0;
  for (const entry of entries) {
    for (const alt of alternativesOf(entry.message)) {
      const length = alt.length >= MIN_PREFIX && wanted.startsWith(alt) ? alt.length : 0;
      if (length > bestLength) [best, bestLength] = [[entry], length];
      else if (length > 0 && length === bestLength) best.push(entry);
    }
  }
  if (best.length > 0) return pick(best, ec);
  const extended = entries.filter(
    (entry) =>
      wanted.length >= MIN_PREFIX &&
      alternativesOf(entry.message).some((alt) => alt.startsWith(wanted)),
  );
  return pick(extended, ec);
}

function matchingEc(entries: CatalogEntry[], ec: string | undefined): Match | undefined {
  if (ec === undefined || ec === '') return undefined;
  const entry = entries.find((candidate) => candidate.ec === ec);
  return entry === undefined ? undefined : { entry };
}

/** The candidate with the same EC, else the first; undefined when there are none. */
function pick(candidates: CatalogEntry[], ec: string | undefined): CatalogEntry | undefined {
  return candidates.find((entry) => ec !== undefined && entry.ec === ec) ?? candidates[0];
}

/**
 * A message reduced for comparison: Unicode NFC, lower case, runs of whitespace as one space, no
 * leading/trailing whitespace or trailing dots.
 *
 * @example
 * normalizeMessage('  Post request  signature is EMPTY. ') // 'post request signature is empty'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export function normalizeMessage(message: string): string {
  return message
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.]+$/, '');
}

const alternativeCache = new Map<string, string[]>();

/** The normalised message and, for "A or The B" catalog wording, each alternative on its own. */
function alternativesOf(message: string): string[] {
  const cached = alternativeCache.get(message);
  if (cached !== undefined) return cached;
  const whole = normalizeMessage(message);
  const parts = message.split(/,? or (?=[A-Z])/).map(normalizeMessage);
  const alternatives = parts.length > 1 ? [whole, ...parts] : [whole];
  alternativeCache.set(message, alternatives);
  return alternatives;
}

/** Masks the parts of a normalised message that vary per request. */
function maskVariables(message: string): string {
  return message
    .replace(/\[.*\]/g, '[…]')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/unknown char \S+/g, 'unknown char …')
    .replace(/\d+/g, '#');
}

/**
 * Field names a message points at: each `$field` of an echoed policy condition (plus `policy`);
 * for a masked match also a quoted field name such as 'key'.
 */
function fieldsNamedIn(message: string, byTemplate: boolean): string[] {
  const fromCondition = [...message.matchAll(/"\$([^"]+)"/g)].map((match) => match[1]);
  if (fromCondition.length > 0) return [...fromCondition, 'policy'];
  if (/\["content-length-range"/i.test(message)) return ['file', 'policy'];
  if (!byTemplate) return [];
  return [...message.matchAll(/'([A-Za-z][-A-Za-z0-9_:]*)'/g)].map((match) => match[1]);
}

function toExplanation(
  entry: CatalogEntry,
  message: string | undefined,
  byTemplate: boolean,
): Explanation {
  const named = message === undefined ? [] : fieldsNamedIn(message, byTemplate);
  const fields = named.length > 0 ? [...new Set(named)] : [...entry.fields];
  const explanation: Explanation = {
    code: entry.code,
    message: message !== undefined && message !== '' ? message : entry.message,
    cause: entry.cause,
    solution: entry.solution,
    docUrl: entry.docUrl,
    fields,
    entryKey: entry.id,
  };
  return explanation;
}
