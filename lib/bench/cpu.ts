// CPU seconds spent by this process and by a Postgres server's processes (the postmaster and
// every backend and helper it started), read from /proc. On a shared machine a run's wall time
// depends on what else runs; the CPU its own processes spend does much less, so comparisons
// between two ways of doing the same work (reprint detection on and off) report both. Linux only:
// elsewhere, or without access to /proc, the server's share is null.
import fs from 'node:fs';
import path from 'node:path';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const TICKS = 100;

interface ProcStat {
  ppid: number;
  ticks: number;
  /** CPU of its children that have exited (the postmaster reaps its backends). */
  childTicks: number;
}

function readStat(pid: string): ProcStat | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields are counted after it.
    const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // rest[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    return { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]), childTicks: Number(rest[13]) + Number(rest[14]) };
  } catch {
    return null;
  }
}

/** CPU seconds of the Postgres server whose data folder is `dataDir`, all its processes together. */
export function postgresCpuSeconds(dataDir: string): number | null {
  let postmaster: string;
  try {
    postmaster = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
    fs.accessSync('/proc/self/stat');
  } catch {
    return null;
  }
  const main = readStat(postmaster);
  // Its own CPU, that of backends that have exited, and that of those running now.
  let ticks = main ? main.ticks + main.childTicks : 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const st = readStat(pid);
    if (st && String(st.ppid) === postmaster) ticks += st.ticks;
  }
  return ticks / TICKS;
}

/** CPU seconds of this process (user and system). */
export function ownCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU of this process and of the server: one reading. */
export function cpuNow(dataDir: string | null): { node: number; postgres: number | null } {
  return { node: ownCpuSeconds(), postgres: dataDir ? postgresCpuSeconds(dataDir) : null };
}
