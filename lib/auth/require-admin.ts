// The one gate for changes. Server actions and server components read the session from Next's
// cookies(); route handlers pass their Request (which also gets the cross-site check). Either
// way the result is an Actor handed to the lib/curation function, which asserts it again.
import { cookies, headers } from 'next/headers';
import { getIronSession, type IronSession } from 'iron-session';
import { AuthError, type Actor } from './actor';
import { authConfig } from './config';
import { crossSiteReason } from './origin';
import { actorOf, isHttps, sessionFromRequest, sessionOptions, type SessionData } from './session';

/** The session of the current server request (actions and server components), or null when sign-in is off. */
export async function serverSession(): Promise<IronSession<SessionData> | null> {
  const cfg = authConfig();
  if (!cfg.enabled) return null;
  const secure = isHttps(await headers());
  return getIronSession<SessionData>(await cookies(), sessionOptions(cfg.sessionSecret, secure));
}

/** The signed-in curator, or null: pages use it to decide whether to show Edit controls. */
export async function currentActor(): Promise<Actor | null> {
  const session = await serverSession();
  return session ? actorOf(session, authConfig()) : null;
}

export async function requireAdmin(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AuthError(401);
  return actor;
}

/** For route handlers: refuses cross-site requests (403) and requests without a session (401). */
export async function requireAdminRequest(request: Request, opts: { mutation: boolean } = { mutation: true }): Promise<Actor> {
  if (opts.mutation) {
    const reason = crossSiteReason(request);
    if (reason) throw new AuthError(403, `Cross-site request refused (${reason}).`);
  }
  const s = await sessionFromRequest(request);
  if (!s?.actor) throw new AuthError(401);
  return s.actor;
}
