#!/usr/bin/env node
// Entry point of the npm commands (start, test, import, analyze). It runs on a fresh clone with
// nothing installed, so it uses Node built-ins only: install dependencies when package-lock.json
// changed since the last install, regenerate the Prisma client when the schema changed, then
// hand over to the TypeScript command, forwarding signals so Ctrl-C reaches it.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const COMMANDS = {
  start: ['scripts/start.ts'],
  import: ['scripts/import.ts'],
  analyze: ['scripts/analyze.ts'],
  db: ['scripts/db.ts'],
  worker: ['scripts/worker.ts'],
  'hash-password': ['scripts/hash-password.ts'],
  generate: ['scripts/generate.ts'],
  bench: ['scripts/bench.ts'],
  eval: ['scripts/eval.ts'],
};

function hashFile(file) {
  return fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'none';
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`stance-lens: ${what} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

function ensureDependencies() {
  const stamp = path.join(root, 'node_modules/.stance-lens-install');
  const want = hashFile(path.join(root, 'package-lock.json'));
  const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (have === want) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  console.log('stance-lens: installing dependencies (first run or package-lock.json changed)…');
  run(npm, [fs.existsSync('package-lock.json') ? 'ci' : 'install', '--no-audit', '--no-fund'], 'npm install');
  fs.writeFileSync(stamp, want);
}

function ensurePrismaClient() {
  const stamp = path.join(root, 'lib/generated/prisma/.schema-hash');
  const want = hashFile(path.join(root, 'prisma/schema.prisma'));
  const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (have === want && fs.existsSync(path.join(root, 'lib/generated/prisma/client.ts'))) return;
  run(process.execPath, ['scripts/prisma-generate.mjs'], 'prisma generate');
  fs.writeFileSync(stamp, want);
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

function forward(child) {
  const relay = (signal) => child.kill(signal);
  process.on('SIGINT', relay);
  process.on('SIGTERM', relay);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const [command, ...args] = process.argv.slice(2);
ensureDependencies();
ensurePrismaClient();

if (command === 'test') {
  const chromium = chromiumPath();
  if (!chromium) {
    console.error(
      'stance-lens: the browser tests need Chromium, which was not found (looked at $CHROMIUM_PATH, /usr/bin/chromium).\n' +
        '  Install it with:  apt-get update && apt-get install -y chromium\n' +
        '  or point CHROMIUM_PATH at a Chromium/Chrome binary. The test suite does not skip these tests.',
    );
    process.exit(1);
  }
  const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
  forward(spawn(process.execPath, [vitest, 'run', ...args], { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } }));
} else if (command && COMMANDS[command]) {
  forward(spawn(process.execPath, ['--import', 'tsx', ...COMMANDS[command], ...args], { stdio: 'inherit' }));
} else {
  console.error(`usage: node scripts/bootstrap.mjs <${[...Object.keys(COMMANDS), 'test'].join('|')}> [args]`);
  process.exit(2);
}
