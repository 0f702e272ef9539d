import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * `curl -F` of `fields` (in order, as literal strings) then the file, to `url`; curl's own
 * time_total in milliseconds and the HTTP status.
 */
export async function curlUpload(
  url: string,
  fields: { name: string; value: string }[],
  file: string,
): Promise<{ status: number; ms: number }> {
  const args = ['-sS', '-o', '/dev/null', '-w', '%{http_code} %{time_total}'];
  for (const field of fields) args.push('--form-string', `${field.name}=${field.value}`);
  args.push('-F', `file=@${file};type=application/octet-stream`, url);
  const { stdout } = await run('curl', args, { maxBuffer: 1024 * 1024 });
  const [status = '0', seconds = '0'] = stdout.trim().split(' ');
  return { status: Number(status), ms: Number(seconds) * 1000 };
}
