import type { UseFormReturn } from 'react-hook-form';
import {
  parseOssEndpoint,
  FILENAME_TEMPLATE,
  OSS_REFUSALS,
  readCondition,
  suggestKeyPrefix,
  type PolicyCondition,
} from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { toBytes, UNIT_NAMES } from '../form/sizes.ts';
import { describeSize, isSizeRefusal, roundSize } from './outcome-sizes.ts';
import type { SizeWords } from '../logic/texts-en.ts';

/** A change the page can make for the user after an error, in one click. */
export type Fix = FixSaid & {
  /** The parts of the form to replace. */
  patch: Partial<BuilderValues>;
};

/** What a fix's button says, as data: `labelFix` puts it in the reader's words. */
export type FixSaid =
  | { id: 'extend-expiration' | 'key-first' | 'sandbox-key' }
  | { id: 'widen-size-range'; range: string; fileSize: number }
  | { id: 'key-prefix' | 'condition-prefix'; prefix: string }
  | { id: 'correct-region'; region: string };

/** The texts of the fixes' buttons (`LOGIC_FIXES_TEXTS`), and the words for sizes (`LOGIC_NOTES_TEXTS`). */
export interface FixTexts {
  extendExpiration: string;
  keyFirst: string;
  sandboxKey: string;
  widenSizeRange: (values: { range: string; size: string }) => string;
  keyPrefix: (values: { prefix: string }) => string;
  conditionPrefix: (values: { prefix: string }) => string;
  correctRegion: (values: { region: string }) => string;
}

/** The fixes as their buttons show them: id and text in the reader's language. */
export function labelFixes(
  fixes: Fix[],
  texts: FixTexts,
  words: SizeWords,
): { id: string; label: string }[] {
  return fixes.map((fix) => ({ id: fix.id, label: labelFix(fix, texts, words) }));
}

/** A fix's button text in the reader's language. */
export function labelFix(fix: FixSaid, texts: FixTexts, words: SizeWords): string {
  switch (fix.id) {
    case 'extend-expiration':
      return texts.extendExpiration;
    case 'key-first':
      return texts.keyFirst;
    case 'sandbox-key':
      return texts.sandboxKey;
    case 'widen-size-range':
      return texts.widenSizeRange({
        range: fix.range,
        size: describeSize(fix.fileSize, words),
      });
    case 'key-prefix':
      return texts.keyPrefix({ prefix: fix.prefix });
    case 'condition-prefix':
      return texts.conditionPrefix({ prefix: fix.prefix });
    case 'correct-region':
      return texts.correctRegion({ region: fix.region });
  }
}

/**
 * A refusal to fix: the dry run's `Rejected` verdict, or OSS's answer to an upload. The fixes read
 * its data (code, the failing condition), never the wording of the message beyond OSS's own
 * constants in the core (`OSS_REFUSALS`).
 */
export interface FixInput {
  code: string;
  message: string;
  ec?: string;
  /**
   * The failing policy condition, as the dry run's verdict carries it. For an upload's answer, pass
   * the condition of the dry run of the request that was sent.
   */
  condition?: PolicyCondition;
  hostId?: string;
  values: BuilderValues;
  fileSize?: number;
  /** The sandbox's region, when the page posts to it. */
  expectedRegion?: string;
}

function widenSizeRange(values: BuilderValues, size: number): Fix | null {
  let widened: string | null = null;
  const conditions = values.conditions.map((row) => {
    if (row.kind !== 'content-length-range') return row;
    const min = toBytes(row.min, row.minUnit);
    const max = toBytes(row.max, row.maxUnit);
    if (size >= min && size <= max) return row;
    const low = size < min ? roundSize(size, 'down') : { amount: row.min, unit: row.minUnit };
    const high = size > max ? roundSize(size, 'up') : { amount: row.max, unit: row.maxUnit };
    widened = `${low.amount} ${UNIT_NAMES[low.unit]} – ${high.amount} ${UNIT_NAMES[high.unit]}`;
    return { ...row, min: low.amount, minUnit: low.unit, max: high.amount, maxUnit: high.unit };
  });
  return widened
    ? {
        id: 'widen-size-range',
        range: widened,
        fileSize: size,
        patch: { conditions },
      }
    : null;
}

const KEY_ORDER_MESSAGES: readonly string[] = [
  OSS_REFUSALS.keyMissing.message,
  OSS_REFUSALS.malformedMultipart.message,
];

/** Both ways out of a key outside a `starts-with $key` prefix: move the key, or the condition. */
function keyPrefixFixes(values: BuilderValues, condition: PolicyCondition | undefined): Fix[] {
  const test = condition ? readCondition(condition) : null;
  if (test?.op !== 'starts-with' || test.field !== 'key' || values.key.startsWith(test.value)) {
    return [];
  }
  const prefix = test.value;
  const name = values.key.slice(suggestKeyPrefix(values.key).length) || FILENAME_TEMPLATE;
  const fixes: Fix[] = [
    {
      id: 'key-prefix',
      prefix,
      patch: { key: `${prefix}${name}` },
    },
  ];
  const current = suggestKeyPrefix(values.key);
  const row = values.conditions.findIndex(
    (r) => r.kind === 'starts-with' && r.field.toLowerCase() === 'key' && r.value === prefix,
  );
  if (current !== '' && row >= 0) {
    fixes.push({
      id: 'condition-prefix',
      prefix: current,
      patch: {
        conditions: values.conditions.map((r, i) => (i === row ? { ...r, value: current } : r)),
      },
    });
  }
  return fixes;
}

function regionFromHost(hostId: string | undefined): string | undefined {
  return parseOssEndpoint(hostId ?? '')?.region;
}

/** The safe one-click fixes for a refusal of the current form (none when unsure). */
export function suggestFixes(input: FixInput): Fix[] {
  const { code, message, values, condition } = input;
  const fixes: Fix[] = [];
  if (code === OSS_REFUSALS.policyExpired.code && message === OSS_REFUSALS.policyExpired.message) {
    fixes.push({
      id: 'extend-expiration',
      patch: { expiration: { ...values.expiration, mode: 'relative', amount: 1, unit: 'hours' } },
    });
  }
  const sizeProblem =
    isSizeRefusal(code) ||
    (condition !== undefined && readCondition(condition).op === 'content-length-range');
  if (sizeProblem && input.fileSize !== undefined) {
    const fix = widenSizeRange(values, input.fileSize);
    if (fix) fixes.push(fix);
  }
  if (values.sendOrder !== 'standard' && KEY_ORDER_MESSAGES.includes(message)) {
    fixes.push({
      id: 'key-first',
      patch: { sendOrder: 'standard' },
    });
  }
  fixes.push(...keyPrefixFixes(values, condition));
  const region = input.expectedRegion ?? regionFromHost(input.hostId);
  if (region && region !== values.target.region.replace(/^oss-/, '')) {
    fixes.push({
      id: 'correct-region',
      region,
      patch: { target: { ...values.target, region } },
    });
  }
  return fixes;
}

/** Applies a fix to the form, validating what changed. */
export function applyFix(form: UseFormReturn<BuilderValues>, fix: Fix): void {
  for (const [name, value] of Object.entries(fix.patch)) {
    form.setValue(name as keyof BuilderValues, value as never, {
      shouldValidate: true,
      shouldDirty: true,
    });
  }
}
