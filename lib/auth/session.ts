// Sealed-cookie sessions (iron-session): the cookie holds only the signed-in user name and the
// sign-in time, encrypted and authenticated with SESSION_SECRET. http-only, SameSite=Lax (a
// cross-site form post or fetch carries no session), Secure when the request came over https.
import { getIronSession, type IronSession, type SessionOptions } from 'iron-session';
import { authConfig, type AuthConfig } from './config';
import type { Actor } from './actor';
import { SESSION_COOKIE } from './session-cookie';
import { isHttps } from '@/lib/http/https';

export { isHttps };

export { SESSION_COOKIE };
/** Eight hours: a working day; signing in again is cheap. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

export interface SessionData {
  user?: string;
  signedInAt?: number;
}

export function sessionOptions(secret: string, secure: boolean): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: secret,
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
    // The request then simply has no session; an expired one is how sessions end, the other
    // reasons (a tampered cookie, a changed SESSION_SECRET) are worth a line in the log.
    onUnsealError: (reason) => {
      if (reason !== 'expired') console.warn(`stance-lens: a session cookie was refused (${reason}); the request has no session`);
    },
  };
}


/** The actor a session names, when it names the configured admin (a renamed account ends old sessions). */
export function actorOf(session: SessionData, cfg: AuthConfig): Actor | null {
  if (!cfg.enabled || !session.user || session.user !== cfg.user) return null;
  return { user: session.user };
}

/** Reads the session of a route handler's Request (no Next request context needed). */
export async function sessionFromRequest(request: Request): Promise<{ session: IronSession<SessionData>; actor: Actor | null } | null> {
  const cfg = authConfig();
  if (!cfg.enabled) return null;
  const session = await getIronSession<SessionData>(request, new Response(), sessionOptions(cfg.sessionSecret, isHttps(request.headers, request.url)));
  return { session, actor: actorOf(session, cfg) };
}
