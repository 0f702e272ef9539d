/** 2048 → "2 KiB"; 1536 → "1.5 KiB" (binary units, named so); small numbers stay in bytes. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}

/** How a language writes a duration (the progress messages: "{s} s", "{m} min {s} s", …). */
export interface DurationTexts {
  seconds: (p: { s: number }) => string;
  minutes: (p: { m: number; s: number }) => string;
  hours: (p: { h: number; m: number }) => string;
}

/** 75 → "1 min 15 s" (in the given language's words); null → "—". */
export function formatDuration(seconds: number | null, texts: DurationTexts): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return texts.seconds({ s: whole });
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return texts.minutes({ m: minutes, s: whole % 60 });
  return texts.hours({ h: Math.floor(minutes / 60), m: minutes % 60 });
}
