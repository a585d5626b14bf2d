// Sign-in rate limit, kept in Postgres so every app process shares it and a restart does not
// reset it: at most FAILURES failed attempts per IP and per user name within WINDOW_MINUTES
// (a success clears that IP's and that name's failures). The IP is the first X-Forwarded-For
// entry, which Next fills from the socket when no proxy set it; a client that forges the header
// escapes the per-IP limit but not the per-user one.
import type { Db } from '@/lib/db/prisma';

export const LOGIN_LIMIT = { failures: 5, windowMinutes: 15 } as const;

const key = (s: string) => s.trim().toLowerCase().slice(0, 128);

export async function loginBlocked(db: Db, ip: string, username: string): Promise<boolean> {
  const [row] = await db.$queryRaw<[{ byIp: number; byUser: number }]>`
    SELECT count(*) FILTER (WHERE ip = ${key(ip)})::int AS "byIp",
           count(*) FILTER (WHERE username = ${key(username)})::int AS "byUser"
    FROM login_attempts
    WHERE NOT success AND at > now() - make_interval(mins => ${LOGIN_LIMIT.windowMinutes})
      AND (ip = ${key(ip)} OR username = ${key(username)})`;
  return row.byIp >= LOGIN_LIMIT.failures || row.byUser >= LOGIN_LIMIT.failures;
}

export async function recordLoginAttempt(db: Db, ip: string, username: string, success: boolean): Promise<void> {
  await db.$transaction([
    ...(success
      ? [db.loginAttempt.deleteMany({ where: { success: false, OR: [{ ip: key(ip) }, { username: key(username) }] } })]
      : []),
    db.loginAttempt.create({ data: { ip: key(ip), username: key(username), success } }),
    // Old rows decide nothing.
    db.loginAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 3600_000) } } }),
  ]);
}

export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim() || 'unknown';
}
