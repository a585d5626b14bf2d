// Sessions under iron-session 9, through the app's own options (lib/auth/session.ts): a cookie
// sealed by iron-session 8 still signs its user in (no one is signed out by the upgrade), sign-out
// stays final even when something saves the session afterwards (iron-session 8 re-sealed it, so
// the logout silently did not happen), and a tampered cookie gives no session and a log line.
import { getIronSession, sealData } from 'iron-session';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAuthConfig } from '@/lib/auth/config';
import { actorOf, SESSION_COOKIE, sessionOptions, type SessionData } from '@/lib/auth/session';
import { TEST_ADMIN } from '../../helpers/curation';

// Sealed by iron-session 8.0.4: sealData({ user: 'admin', signedInAt: 1764633600000 }, { password: TEST_ADMIN.secret, ttl: 0 }).
const V8_SEAL =
  'Fe26.2*1*ba5349366f93b16707faa1560e077f75709e92d217dca53029e932f598fd0cff*D4bZyQ8n147CM8n_K7qUeA*3xlcwVwCpvYLaD8Ex9WAFBVkgjr5LJNNN9fG3iym20YVO_B3nP9fKss40yBWSOQu**18c2aaf8597aa38d75018d02950fded6b1243b8df5fa796b0b94e11e5f9f3f50*qKfrYW5VBsJMQOu3LMnmaa_rV4rHSKEiSR0etZ9U9o0~2';

const cfg = parseAuthConfig({
  NODE_ENV: 'test',
  STANCE_LENS_ADMIN_USER: TEST_ADMIN.user,
  STANCE_LENS_ADMIN_PASSWORD: TEST_ADMIN.password,
  SESSION_SECRET: TEST_ADMIN.secret,
});

async function open(cookie: string | null) {
  const request = new Request('http://localhost/', { headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {} });
  const response = new Response();
  const session = await getIronSession<SessionData>(request, response, sessionOptions(TEST_ADMIN.secret, false));
  return { session, response };
}

afterEach(() => vi.restoreAllMocks());

describe('sessions', () => {
  it('reads a cookie sealed by iron-session 8', async () => {
    const { session } = await open(V8_SEAL);
    expect(session.user).toBe('admin');
    expect(session.signedInAt).toBe(1764633600000);
    expect(actorOf(session, cfg)).toEqual({ user: 'admin' });
  });

  it('stays signed out when the session is saved after destroy()', async () => {
    const seal = await sealData({ user: 'admin', signedInAt: Date.now() }, { password: TEST_ADMIN.secret, ttl: 3600 });
    const { session, response } = await open(seal);
    expect(actorOf(session, cfg)).toEqual({ user: 'admin' });
    session.destroy();
    await session.save(); // a later step saving "the session" must not undo the sign-out
    const cookies = response.headers.getSetCookie().filter((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(cookies[0]).toMatch(/Max-Age=0/i);
    expect(actorOf(session, cfg)).toBeNull();
  });

  it('gives a tampered cookie no session and says why in the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seal = await sealData({ user: 'admin', signedInAt: Date.now() }, { password: TEST_ADMIN.secret, ttl: 3600 });
    const tampered = seal.replace(/\*([^*]{10})/, (_m, s: string) => `*${s.split('').reverse().join('')}`);
    const { session } = await open(tampered);
    expect(session.user).toBeUndefined();
    expect(actorOf(session, cfg)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/session cookie was refused \(invalid\)/));
  });
});
