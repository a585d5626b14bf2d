// One place that decides which Postgres the process talks to: DATABASE_URL when set (any
// Postgres), otherwise the embedded default server, started here when nothing runs yet.
import { z } from 'zod';
import { startEmbeddedPostgres, type EmbeddedHandle } from './embedded';

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
