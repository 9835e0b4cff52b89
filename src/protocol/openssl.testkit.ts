/**
 * For tests that run the openssl commands kdflow prints: whether openssl is here, and a runner
 * that runs a command in a folder of its own (the X25519 commands write their DER files where
 * they run, so parallel test files must not share one). Test code only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

/** Runs a shell command in a fresh temporary folder and returns what it printed, trimmed. */
export function runInScratch(command: string): string {
  const cwd = mkdtempSync(join(tmpdir(), 'kdflow-openssl-'));
  return execFileSync('sh', ['-c', command], { encoding: 'utf8', cwd }).trim();
}
