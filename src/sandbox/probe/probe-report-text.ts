// The probe's report as the CLI prints it: `--json` for machines, a table for people.
import type { ProbeReport, ProbeResult } from '../../oss/index.ts';

function answerOf(probe: ProbeResult): string {
  const a = probe.answer;
  if (!a) return 'judged from the policy';
  return [String(a.status), a.code, a.ec ? `EC ${a.ec}` : undefined].filter(Boolean).join(' ');
}

/** `{"grade", "target", "probes": [{ id, title, sent, expected, answer, outcome, fix }], "stored"}`. */
export function reportJson(report: ProbeReport): string {
  return `${JSON.stringify(
    {
      grade: report.grade,
      target: report.target,
      probes: report.probes.map((p) => ({
        id: p.id,
        title: p.title,
        sent: p.sent,
        expected: p.expected,
        answer: p.answer
          ? { status: p.answer.status, code: p.answer.code ?? null, ec: p.answer.ec ?? null }
          : null,
        outcome: p.outcome,
        fix: p.fix
          ? { message: p.fix.message, ...(p.fix.condition ? { condition: p.fix.condition } : {}) }
          : null,
        ...(p.note ? { note: p.note.message } : {}),
      })),
      stored: report.stored,
    },
    null,
    2,
  )}\n`;
}

/** A table (probe, sent, answer, outcome), then each hole's fix and each note. */
export function reportTable(report: ProbeReport): string {
  const rows = report.probes.map((p) => [p.id, p.sent, answerOf(p), p.outcome]);
  const head = ['probe', 'sent', 'answer', 'outcome'];
  const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => cut(r[i]).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => cut(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const holes = report.probes.filter((p) => p.outcome === 'hole');
  return [
    `Policy probe: grade ${report.grade} (target: ${report.target}; ${holes.length} hole${holes.length === 1 ? '' : 's'} of ${report.probes.length} probes)`,
    '',
    line(head),
    ...rows.map(line),
    '',
    ...report.probes.flatMap((p) => [
      ...(p.fix ? [`fix ${p.id}: ${p.fix.message}`] : []),
      ...(p.note ? [`note ${p.id}: ${p.note.message}`] : []),
    ]),
    ...(report.stored.length
      ? ['', 'Objects the probes stored (delete them):', ...report.stored.map((k) => `  ${k}`)]
      : []),
    '',
  ].join('\n');
}
