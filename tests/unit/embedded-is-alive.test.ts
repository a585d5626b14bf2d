// isAlive (lib/db/embedded.ts) decides whether postmaster.pid names a running server. A process
// that exited but was never reaped (a zombie) still answers kill(pid, 0); it must read as gone,
// or a killed embedded server adopted by a non-reaping PID 1 blocks every later start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAlive } from '@/lib/db/embedded';
import { until } from '../helpers/wait';

describe('isAlive', () => {
  it('is true for a running process and false for an exited one', async () => {
    expect(isAlive(process.pid)).toBe(true);
    const child = spawn('sleep', ['0']);
    await new Promise((r) => child.once('exit', r));
    await until('the child to be reaped', () => !fs.existsSync(`/proc/${child.pid}`), 5_000);
    expect(isAlive(child.pid!)).toBe(false);
  });

  it.runIf(fs.existsSync('/proc/self/stat'))('is false for a zombie, which still answers kill(pid, 0)', async () => {
    // sh backgrounds a short sleep, then becomes a long sleep that never waits for it: the short
    // one ends as an unreaped child, a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(await new Promise<string>((r) => parent.stdout!.once('data', (d) => r(String(d)))));
      await until('the zombie', () => / Z /.test(fs.readFileSync(`/proc/${zombie}/stat`, 'utf8')), 5_000);
      expect(() => process.kill(zombie, 0)).not.toThrow();
      expect(isAlive(zombie)).toBe(false);
      expect(isAlive(parent.pid!)).toBe(true);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
