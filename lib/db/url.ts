// One place that decides which Postgres the process talks to: DATABASE_URL when set (any
// Postgres), otherwise the embedded default server, started here when nothing runs yet.
import pg from 'pg';
import { z } from 'zod';
import { startEmbeddedPostgres, type EmbeddedHandle } from './embedded';
import { replicaUrl } from './read-route';

const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((v) => /^postgres(ql)?:\/\//.test(v), 'DATABASE_URL must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  STANCE_LENS_DATA_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
});

export interface Database {
  url: string;
  embedded: EmbeddedHandle | null;
  /** Stops the embedded server when this process started it. */
  release(): Promise<void>;
}

export async function resolveDatabase(log: (line: string) => void = () => {}): Promise<Database> {
  const env = envSchema.parse(process.env);
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: null, release: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: env.STANCE_LENS_DATA_DIR, log });
  return { url: embedded.url, embedded, release: () => embedded.stop() };
}

export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'an unparseable DATABASE_URL';
  }
}

/**
 * What `npm start` says about DATABASE_REPLICA_URL (null when unset): where visitors read, and
 * whether that server is a standby. An unreachable one is reported, not fatal: it may come up later.
 */
export async function describeReplica(): Promise<string | null> {
  const url = replicaUrl();
  if (!url) return null;
  const where = describeUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ standby: boolean; lag: number | null }>(
      `SELECT pg_is_in_recovery() AS standby,
              extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS lag`,
    );
    const { standby, lag } = rows[0]!;
    if (!standby) return `visitors read ${where} (DATABASE_REPLICA_URL), which is not a standby: it is read as it is`;
    return `visitors read the standby ${where} (DATABASE_REPLICA_URL)${lag === null ? '' : `, last commit replayed ${lag.toFixed(1)} s ago`}`;
  } catch (err) {
    return `visitors read ${where} (DATABASE_REPLICA_URL), which does not answer yet (${(err as Error).message}); their pages fail until it does`;
  } finally {
    await client.end().catch(() => {});
  }
}
