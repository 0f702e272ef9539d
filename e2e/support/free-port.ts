import { execFileSync } from 'node:child_process';

/**
 * A port free on 127.0.0.1 right now, found synchronously (Playwright's config is not async): a
 * child Node listens on port 0, prints what it got and exits.
 */
export function freePortSync(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
