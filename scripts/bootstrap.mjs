#!/usr/bin/env node
// Entry point of every npm command (start, test, build, dev, typecheck, import, …). It runs on a
// fresh clone with nothing installed, on any Node ≥ 18, so it uses Node built-ins only:
//  1. choose the Node the project runs on (docs/adr/0003-node-runtime.md): $STANCE_LENS_NODE
//     when set, else the Node that started this script when it is ≥ 24, else Node 24 LTS from
//     the npm registry, installed once into scripts/node-runtime (its own lockfile) — and run
//     this script again under it;
//  2. install dependencies when package-lock.json changed since the last install (npm's own CLI,
//     under the chosen Node, so engine checks see it), regenerate the Prisma client when the
//     schema changed;
//  3. hand over to the command, forwarding signals so Ctrl-C reaches it.
// Every child gets the chosen Node first on PATH, so a `node` that an npm script or a tool
// spawns by name is that Node too.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_NODE_MAJOR = 24;
const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const runtimeDir = path.join(root, 'scripts/node-runtime');
process.chdir(root);

const next = 'node_modules/next/dist/bin/next';
const tsx = (script) => ['--import', 'tsx', script];
/** Node arguments of each command (`test` is set up below). */
const COMMANDS = {
  start: tsx('scripts/start.ts'),
  import: tsx('scripts/import.ts'),
  analyze: tsx('scripts/analyze.ts'),
  db: tsx('scripts/db.ts'),
  worker: tsx('scripts/worker.ts'),
  'hash-password': tsx('scripts/hash-password.ts'),
  generate: tsx('scripts/generate.ts'),
  bench: tsx('scripts/bench.ts'),
  'bench:analysis': tsx('scripts/bench-analysis.ts'),
  eval: tsx('scripts/eval.ts'),
  build: [next, 'build'],
  dev: [next, 'dev'],
  typecheck: ['node_modules/typescript/bin/tsc', '--noEmit'],
};
/** Commands whose standard output is data (`$(npm run -s db -- url)`, a hash, --json): the runtime line goes to stderr. */
const DATA_ON_STDOUT = new Set(['db', 'hash-password', 'import', 'eval']);

const say = (line) => console.log(`stance-lens: ${line}`);
const fail = (line, code = 1) => {
  console.error(`stance-lens: ${line}`);
  process.exit(code);
};
const majorOf = (version) => Number(/^v?(\d+)/.exec(version ?? '')?.[1] ?? 0);
const realpath = (p) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
};

function hashFile(file) {
  return fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'none';
}

function run(cmd, args, what, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env, ...opts });
  if (r.status !== 0) fail(`${what} failed (exit ${r.status ?? r.signal ?? r.error?.message}).`, r.status || 1);
}

/** npm's own CLI under the running Node: the one `npm run` was started with, else `npm` from PATH. */
function npm(args, what, opts) {
  const cli = process.env.npm_execpath;
  if (cli && /\.c?js$/.test(cli) && fs.existsSync(cli)) return run(process.execPath, [cli, ...args], what, opts);
  // npm's launcher starts with `#!/usr/bin/env node`: with the chosen Node first on PATH, that is it.
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, what, { shell: process.platform === 'win32', ...opts });
}

// ---- 1. the runtime --------------------------------------------------------------------

/** The registry package holding Node's binary for this platform (scripts/node-runtime/package.json). */
function runtimePackage() {
  const manifest = JSON.parse(fs.readFileSync(path.join(runtimeDir, 'package.json'), 'utf8'));
  const name = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const version = manifest.optionalDependencies?.[name];
  const bin = path.join(runtimeDir, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  return { name, version, bin };
}

/** Installs the pinned Node into scripts/node-runtime when it is missing or its lockfile changed. */
function ensureRuntime() {
  const pkg = runtimePackage();
  if (!pkg.version) {
    fail(
      `this is Node ${process.version}; stance-lens needs Node ${MIN_NODE_MAJOR} or newer, and the npm registry has no ` +
        `Node ${MIN_NODE_MAJOR} package for ${process.platform}-${process.arch}. Install Node ${MIN_NODE_MAJOR} LTS, or point ` +
        `STANCE_LENS_NODE at a Node ${MIN_NODE_MAJOR}+ binary.`,
    );
  }
  const stamp = path.join(runtimeDir, 'node_modules/.stance-lens-install');
  const want = hashFile(path.join(runtimeDir, 'package-lock.json'));
  const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (have === want && fs.existsSync(pkg.bin)) return pkg.bin;
  say(`Node ${process.version} is older than ${MIN_NODE_MAJOR}: installing Node ${pkg.version} from the npm registry into scripts/node-runtime (once)…`);
  npm(['ci', '--no-audit', '--no-fund'], `installing Node ${pkg.version}`, { cwd: runtimeDir });
  if (!fs.existsSync(pkg.bin)) fail(`installing Node ${pkg.version} did not produce ${path.relative(root, pkg.bin)}.`);
  fs.writeFileSync(stamp, want);
  return pkg.bin;
}

function versionOf(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The Node the project runs on: the path to re-run this script with, or null when it is this one. */
function chooseRuntime() {
  // Run again by a parent bootstrap: this is the chosen Node (STANCE_LENS_NODE may be a wrapper
  // script, such as a version manager's shim, whose path is not process.execPath).
  if (process.env.STANCE_LENS_BOOTSTRAP_CHILD === '1') {
    delete process.env.STANCE_LENS_BOOTSTRAP_CHILD;
    if (majorOf(process.version) < MIN_NODE_MAJOR) fail(`the chosen Node is ${process.version}; stance-lens needs Node ${MIN_NODE_MAJOR} or newer.`);
    return null;
  }
  const override = process.env.STANCE_LENS_NODE;
  if (override) {
    const self = realpath(override) === realpath(process.execPath);
    const version = self ? process.version : fs.existsSync(override) ? versionOf(override) : null;
    if (!version) fail(`STANCE_LENS_NODE=${override} is not a Node binary that runs.`);
    if (majorOf(version) < MIN_NODE_MAJOR) fail(`STANCE_LENS_NODE=${override} is Node ${version}; stance-lens needs Node ${MIN_NODE_MAJOR} or newer.`);
    return self ? null : override;
  }
  if (majorOf(process.version) >= MIN_NODE_MAJOR) return null;
  return ensureRuntime();
}

/** Where the running Node came from, for the first line every command prints. */
function describeRuntime() {
  const exe = realpath(process.execPath);
  if (process.env.STANCE_LENS_NODE) return `STANCE_LENS_NODE=${process.env.STANCE_LENS_NODE}`;
  if (exe.startsWith(realpath(runtimeDir) + path.sep)) {
    const system = process.env.STANCE_LENS_SYSTEM_NODE;
    return `installed by stance-lens from the npm registry in scripts/node-runtime${system ? `; the system's Node ${system} is older than ${MIN_NODE_MAJOR}` : ''}`;
  }
  return `the system's Node, ${exe}`;
}

/** PATH with `nodeBin`'s folder first, unless the first `node` on PATH already is that binary. */
function pathWithNode(envPath, nodeBin) {
  const dirs = (envPath ?? '').split(path.delimiter).filter(Boolean);
  const exe = process.platform === 'win32' ? 'node.exe' : 'node';
  const first = dirs.find((d) => fs.existsSync(path.join(d, exe)));
  if (first && realpath(path.join(first, exe)) === realpath(nodeBin)) return dirs.join(path.delimiter);
  const dir = path.dirname(realpath(nodeBin));
  return [dir, ...dirs.filter((d) => d !== dir)].join(path.delimiter);
}

function forward(child) {
  const relay = (signal) => child.kill(signal);
  process.on('SIGINT', relay);
  process.on('SIGTERM', relay);
  child.on('error', (err) => fail(`could not start ${child.spawnfile}: ${err.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const [command, ...args] = process.argv.slice(2);
if (!command || !(command === 'test' || COMMANDS[command])) {
  fail(`usage: node scripts/bootstrap.mjs <${[...Object.keys(COMMANDS), 'test'].join('|')}> [args]`, 2);
}

const runtime = chooseRuntime();
if (runtime) {
  // Run this very script again under the chosen Node; this process only relays signals and the exit code.
  const env = { ...process.env, PATH: pathWithNode(process.env.PATH, runtime), STANCE_LENS_BOOTSTRAP_CHILD: '1' };
  if (!process.env.STANCE_LENS_NODE) env.STANCE_LENS_SYSTEM_NODE = process.version;
  forward(spawn(runtime, [self, ...process.argv.slice(2)], { stdio: 'inherit', env }));
} else {
  process.env.PATH = pathWithNode(process.env.PATH, process.execPath);
  const line = `stance-lens: node ${process.version} (${describeRuntime()})`;
  if (DATA_ON_STDOUT.has(command)) console.error(line);
  else console.log(line);
  main();
}

// ---- 2. dependencies, 3. the command ------------------------------------------------------

function ensureDependencies() {
  const stamp = path.join(root, 'node_modules/.stance-lens-install');
  // Installed under another Node major: its lifecycle scripts ran there; install again.
  const want = `${hashFile(path.join(root, 'package-lock.json'))} node${majorOf(process.version)}`;
  const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (have === want) return;
  say('installing dependencies (first run, package-lock.json changed, or another Node)…');
  npm([fs.existsSync('package-lock.json') ? 'ci' : 'install', '--no-audit', '--no-fund'], 'npm install');
  fs.writeFileSync(stamp, want);
}

function ensurePrismaClient() {
  const stamp = path.join(root, 'lib/generated/prisma/.schema-hash');
  const want = hashFile(path.join(root, 'prisma/schema.prisma'));
  const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (have === want && fs.existsSync(path.join(root, 'lib/generated/prisma/client.ts'))) return;
  run(process.execPath, ['scripts/prisma-generate.mjs'], 'prisma generate'); // writes the stamp
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

function main() {
  ensureDependencies();
  ensurePrismaClient();
  if (command === 'test') {
    const chromium = chromiumPath();
    if (!chromium) {
      fail(
        'the browser tests need Chromium, which was not found (looked at $CHROMIUM_PATH, /usr/bin/chromium).\n' +
          '  Install it with:  apt-get update && apt-get install -y chromium\n' +
          '  or point CHROMIUM_PATH at a Chromium/Chrome binary. The test suite does not skip these tests.',
      );
    }
    const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
    forward(spawn(process.execPath, [vitest, 'run', ...args], { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } }));
  } else {
    forward(spawn(process.execPath, [...COMMANDS[command], ...args], { stdio: 'inherit' }));
  }
}
