// The version of the data a client reads, for caches keyed by it (lib/queries/cache.ts): it
// changes whenever what a query could return may have changed, in the database the client is
// connected to.
//  - On a primary: pg_current_snapshot(), which changes whenever a writing transaction starts or
//    ends anywhere on the server (transaction ids are server-wide, so a write in another database
//    of the same server moves it too: a needless miss, never a stale hit).
//  - On a hot standby (pg_is_in_recovery()): the position up to which it has replayed the
//    primary's WAL, pg_last_wal_replay_lsn(). What a standby's queries see changes only when it
//    replays a commit, and every replayed record moves that position (records that change nothing
//    visible move it too: then a cache misses when it need not). pg_current_snapshot() would not
//    do there: in recovery the transactions still running are kept as subtransaction ids, which
//    it does not print, so it shows only xmin:xmax, and a commit replayed between the two changes
//    what queries see without changing it (tests/browser/replica.test.ts shows it).
// The two kinds are written differently ('standby:' prefix), so after a promotion no key of one
// can match the other.
import type { Db } from './prisma';

export async function dataVersion(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ v: string }[]>`
    SELECT CASE WHEN pg_is_in_recovery()
                -- no replay position yet (a standby still starting): a version nothing matches
                THEN 'standby:' || coalesce(pg_last_wal_replay_lsn()::text, gen_random_uuid()::text)
                ELSE pg_current_snapshot()::text END AS v`;
  return rows[0]!.v;
}
