import { OSS_REFUSALS } from '../../oss/index.ts';
import type { BuilderValues, SizeUnit } from '../form/builder-schema.ts';
import { toBytes, UNIT_BYTES, UNIT_NAMES } from '../form/sizes.ts';
import type { SizeWords } from '../logic/texts-en.ts';

const LARGEST_FIRST = ['GB', 'MB', 'KB', 'B'] as const;

/** The largest unit not above `bytes` (B for less than 1 KB). */
function unitFor(bytes: number): SizeUnit {
  return LARGEST_FIRST.find((unit) => bytes >= UNIT_BYTES[unit]) ?? 'B';
}

/**
 * A whole number of a human unit near `bytes`: rounded up (a maximum that lets the size through)
 * or down (a minimum). 3145729 up → 4 MB; 1536 down → 1 KB.
 */
export function roundSize(
  bytes: number,
  direction: 'up' | 'down',
): { amount: number; unit: SizeUnit } {
  const unit = unitFor(bytes);
  const round = direction === 'up' ? Math.ceil : Math.floor;
  return { amount: round(bytes / UNIT_BYTES[unit]), unit };
}

/** Bytes as a person reads them, exact count included: `3,145,729 bytes (3.0 MiB)`. */
export function describeSize(bytes: number, words: SizeWords): string {
  const unit = unitFor(bytes);
  const exact = `${bytes.toLocaleString('en-US')} ${bytes === 1 ? words.byte : words.bytes}`;
  return unit === 'B'
    ? exact
    : `${exact} (${(bytes / UNIT_BYTES[unit]).toFixed(1)} ${UNIT_NAMES[unit]})`;
}

/** The allowed range of a content-length-range row in words: `1 B – 2 MiB (1–2,097,152 bytes)`. */
export function describeRange(
  row: {
    min: number;
    minUnit: SizeUnit;
    max: number;
    maxUnit: SizeUnit;
  },
  words: SizeWords,
): string {
  const min = toBytes(row.min, row.minUnit);
  const max = toBytes(row.max, row.maxUnit);
  return `${row.min} ${UNIT_NAMES[row.minUnit]} – ${row.max} ${UNIT_NAMES[row.maxUnit]} (${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')} ${words.bytes})`;
}

const SIZE_CODES: readonly string[] = [
  OSS_REFUSALS.entityTooLarge.code,
  OSS_REFUSALS.entityTooSmall.code,
];

/** Is this OSS's refusal of the file's size (EntityTooLarge / EntityTooSmall)? */
export function isSizeRefusal(code: string): boolean {
  return SIZE_CODES.includes(code);
}

/** What a size refusal needs: its code, the file's size, the form's condition rows. */
export interface SizeRefusalInput {
  code: string;
  fileSize: number | undefined;
  conditions: BuilderValues['conditions'];
}

/** A size refusal's two numbers: the file's bytes and the row (numbered as the page shows it). */
export interface SizeNote {
  fileSize: number;
  /** 1-based, as the page numbers the condition rows. */
  row: number;
  range: { min: number; minUnit: SizeUnit; max: number; maxUnit: SizeUnit };
}

/**
 * Both numbers of a size refusal (EntityTooLarge / EntityTooSmall): the file's bytes and the range
 * the user's content-length-range row allows. Undefined for other refusals or when the size or the
 * row is unknown. `saySizeNote` puts it in words.
 */
export function describeSizeRefusal(input: SizeRefusalInput): SizeNote | undefined {
  if (!isSizeRefusal(input.code) || input.fileSize === undefined) return undefined;
  const index = input.conditions.findIndex((row) => row.kind === 'content-length-range');
  if (index < 0) return undefined;
  const { min, minUnit, max, maxUnit } = input.conditions[index] as SizeNote['range'];
  return { fileSize: input.fileSize, row: index + 1, range: { min, minUnit, max, maxUnit } };
}

/** A size note in the reader's words (`LOGIC_NOTES_TEXTS`). */
export function saySizeNote(
  note: SizeNote,
  texts: SizeWords & {
    sizeRefusal: (values: { size: string; row: number; range: string }) => string;
  },
): string {
  return texts.sizeRefusal({
    size: describeSize(note.fileSize, texts),
    row: note.row,
    range: describeRange(note.range, texts),
  });
}
