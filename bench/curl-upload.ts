import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

// curl runs under a shell that prints its own /proc stat once curl has exited: the shell's
// cutime/cstime then hold the CPU time curl used.
const SHELL_SCRIPT = 'curl "$@"; echo; cat /proc/$$/stat';

/**
 * `curl -F` of `fields` (in order, as literal strings) then the file, to `url`: the HTTP status,
 * curl's own time_total and the CPU time curl spent, in milliseconds.
 */
export async function curlUpload(
  url: string,
  fields: { name: string; value: string }[],
  file: string,
): Promise<{ status: number; ms: number; cpuMs: number }> {
  const args = ['-sS', '-o', '/dev/null', '-w', '%{http_code} %{time_total}'];
  for (const field of fields) args.push('--form-string', `${field.name}=${field.value}`);
  args.push('-F', `file=@${file};type=application/octet-stream`, url);
  const { stdout } = await run('sh', ['-c', SHELL_SCRIPT, 'sh', ...args], {
    maxBuffer: 1024 * 1024,
  });
  const [result = '', stat = ''] = stdout.trim().split('\n');
  const [status = '0', seconds = '0'] = result.trim().split(' ');
  // cutime and cstime are fields 16 and 17 of stat, in clock ticks (100 per second).
  const statFields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuMs = (Number(statFields[13]) + Number(statFields[14])) * 10;
  return { status: Number(status), ms: Number(seconds) * 1000, cpuMs };
}
