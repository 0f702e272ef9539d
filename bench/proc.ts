import { readdirSync, readFileSync } from 'node:fs';

/** A field of /proc/PID/status in bytes (VmRSS, VmHWM …); NaN when the process is gone. */
export function readStatusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[1]);
  } catch {
    return -1;
  }
}

/** The command line of a process, NUL separators turned into spaces. */
export function readCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** Every live descendant of `root` (children, grandchildren …). */
export function listDescendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (/^\d+$/.test(entry)) parents.set(Number(entry), parentOf(Number(entry)));
  }
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const [pid, parent] of parents) if (frontier.includes(parent)) next.push(pid);
    found.push(...next);
    frontier = next;
  }
  return found;
}

/** Samples the summed VmRSS of `pids()` every `intervalMs` until stopped; reports the peak. */
export function sampleRss(
  pids: () => number[],
  intervalMs = 25,
): { stop: () => { peak: number; samples: number } } {
  let peak = 0;
  let samples = 0;
  const take = () => {
    const total = pids()
      .map((pid) => readStatusBytes(pid, 'VmRSS'))
      .filter((bytes) => Number.isFinite(bytes))
      .reduce((sum, bytes) => sum + bytes, 0);
    peak = Math.max(peak, total);
    samples += 1;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return { peak, samples };
    },
  };
}

/** CPU time (user + system) a process has used so far, in milliseconds; 0 when it is gone. */
export function readCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
