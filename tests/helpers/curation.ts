// What the curation tests share: the admin environment and a sealed session cookie for it.
import { sealData } from 'iron-session';
import { resetAuthConfig } from '@/lib/auth/config';
import { SESSION_COOKIE } from '@/lib/auth/session';

export const TEST_ADMIN = { user: 'admin', password: 'correct horse battery', secret: 'test-session-secret-of-at-least-32-characters' };

/** Points the app's lazily read configuration (auth, prisma()) at this test's database. */
export function useCurationEnv(databaseUrl: string): void {
  process.env.DATABASE_URL = databaseUrl;
  process.env.STANCE_LENS_ADMIN_USER = TEST_ADMIN.user;
  process.env.STANCE_LENS_ADMIN_PASSWORD = TEST_ADMIN.password;
  process.env.SESSION_SECRET = TEST_ADMIN.secret;
  resetAuthConfig();
}

export async function sessionCookie(user = TEST_ADMIN.user): Promise<string> {
  const seal = await sealData({ user, signedInAt: Date.now() }, { password: TEST_ADMIN.secret, ttl: 3600 });
  return `${SESSION_COOKIE}=${seal}`;
}

export const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });
