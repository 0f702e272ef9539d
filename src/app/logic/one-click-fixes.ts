import type { UseFormReturn } from 'react-hook-form';
import { parseOssEndpoint } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { fromBytes, toBytes } from '../form/sizes.ts';

/** A change the page can make for the user after an error, in one click. */
export interface Fix {
  id: string;
  label: string;
  /** The parts of the form to replace. */
  patch: Partial<BuilderValues>;
}

export interface FixInput {
  code: string;
  message: string;
  ec?: string;
  hostId?: string;
  values: BuilderValues;
  fileSize?: number;
  /** The sandbox's region, when the page posts to it. */
  expectedRegion?: string;
}

function widenSizeRange(values: BuilderValues, size: number): Fix | null {
  let changed = false;
  const conditions = values.conditions.map((row) => {
    if (row.kind !== 'content-length-range') return row;
    const min = toBytes(row.min, row.minUnit);
    const max = toBytes(row.max, row.maxUnit);
    if (size >= min && size <= max) return row;
    changed = true;
    const low = fromBytes(Math.min(min, size));
    const high = fromBytes(Math.max(max, size));
    return { ...row, min: low.amount, minUnit: low.unit, max: high.amount, maxUnit: high.unit };
  });
  return changed
    ? {
        id: 'widen-size-range',
        label: `Widen the size range to include ${size} bytes`,
        patch: { conditions },
      }
    : null;
}

function regionFromHost(hostId: string | undefined): string | undefined {
  return parseOssEndpoint(hostId ?? '')?.region;
}

/** The safe one-click fixes for an OSS error on the current form (none when unsure). */
export function suggestFixes(input: FixInput): Fix[] {
  const { code, message, values } = input;
  const fixes: Fix[] = [];
  if (/expired/i.test(message)) {
    fixes.push({
      id: 'extend-expiration',
      label: 'Extend the expiration to 1 hour from now',
      patch: { expiration: { ...values.expiration, mode: 'relative', amount: 1, unit: 'hours' } },
    });
  }
  const sizeProblem =
    /^Entity(TooLarge|TooSmall)$/.test(code) || /content-length-range/.test(message);
  if (sizeProblem && input.fileSize !== undefined) {
    const fix = widenSizeRange(values, input.fileSize);
    if (fix) fixes.push(fix);
  }
  if (
    values.sendOrder !== 'standard' &&
    /'key'|order of the fields|not well-formed/i.test(message)
  ) {
    fixes.push({
      id: 'key-first',
      label: 'Put the key first (send fields in the standard order)',
      patch: { sendOrder: 'standard' },
    });
  }
  const startsWith = /\["starts-with",\s*"\$key",\s*"([^"]*)"\]/.exec(message);
  if (startsWith && !values.key.startsWith(startsWith[1])) {
    fixes.push({
      id: 'key-prefix',
      label: `Put the object key under ${startsWith[1]}`,
      patch: { key: `${startsWith[1]}\${filename}` },
    });
  }
  const region = input.expectedRegion ?? regionFromHost(input.hostId);
  if (region && region !== values.target.region.replace(/^oss-/, '')) {
    fixes.push({
      id: 'correct-region',
      label: `Use the bucket's region, ${region}`,
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
