import type { SizeUnit } from './builder-schema.ts';

export const UNIT_BYTES: Record<SizeUnit, number> = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
};

/**
 * The units' names as the page shows them: the sizes are binary (1 MiB = 1,048,576 bytes), so they
 * carry the binary names in both languages; the values of the form (`MB`…) stay as they are.
 */
export const UNIT_NAMES: Record<SizeUnit, string> = { B: 'B', KB: 'KiB', MB: 'MiB', GB: 'GiB' };

/** `2, 'MB'` → 2097152. */
export function toBytes(amount: number, unit: SizeUnit): number {
  return Math.round(amount * UNIT_BYTES[unit]);
}

/** The largest unit that writes `bytes` as a whole number: 2097152 → `{ amount: 2, unit: 'MB' }`. */
export function fromBytes(bytes: number): { amount: number; unit: SizeUnit } {
  for (const unit of ['GB', 'MB', 'KB'] as const) {
    if (bytes !== 0 && bytes % UNIT_BYTES[unit] === 0) {
      return { amount: bytes / UNIT_BYTES[unit], unit };
    }
  }
  return { amount: bytes, unit: 'B' };
}
