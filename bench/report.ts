/** One line of the bench table: a figure beside the limit it is measured against. */
export interface BenchRow {
  bench: string;
  measure: string;
  /** The figure, formatted with its unit. */
  value: string;
  /** What it is compared with (the floor, the baseline, the idle state). */
  against: string;
  target: string;
  /** null when the row is informative only. */
  ok: boolean | null;
}

/** What one bench hands back: table rows plus raw figures for results.json. */
export interface BenchResult {
  name: string;
  rows: BenchRow[];
  figures: Record<string, unknown>;
  notes: string[];
}

const COLUMNS = ['bench', 'measure', 'value', 'against', 'target', 'ok'] as const;

function cell(row: BenchRow, column: (typeof COLUMNS)[number]): string {
  if (column === 'ok') return row.ok === null ? '' : row.ok ? 'yes' : 'MISSED';
  return row[column];
}

/** A plain-text table, one row per figure, columns padded to their widest cell. */
export function renderTable(rows: BenchRow[]): string {
  const widths = COLUMNS.map((column) =>
    Math.max(column.length, ...rows.map((row) => cell(row, column).length)),
  );
  const line = (cells: string[]) =>
    cells.map((text, index) => text.padEnd(widths[index] ?? 0)).join(' | ');
  return [
    line([...COLUMNS]),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...rows.map((row) => line(COLUMNS.map((column) => cell(row, column)))),
  ].join('\n');
}

/** `12.3 KB` (1 KB = 1024 bytes). */
export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** `123.4 MB` (1 MB = 2^20 bytes). */
export function formatMiB(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/** `412 MB/s` from bytes and milliseconds. */
export function formatRate(bytes: number, ms: number): string {
  return `${(bytes / 2 ** 20 / (ms / 1000)).toFixed(0)} MB/s`;
}

/** `1.23 ms`. */
export function formatMs(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}
