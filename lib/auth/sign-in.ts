// Checks a sign-in: rate limit first (a blocked client learns nothing about the password), then
// user name and password compared in constant time, always both, so timing does not tell
// whether the name was right.
import { prisma, type Db } from '@/lib/db/prisma';
import type { Actor } from './actor';
import { authConfig, type AuthConfig } from './config';
import { constantTimeEqual, verifyPassword } from './password';
import { LOGIN_LIMIT, loginBlocked, recordLoginAttempt } from './rate-limit';

export type SignInResult = { ok: true; actor: Actor } | { ok: false; status: 400 | 401 | 429 | 503; error: string };

// A well-formed hash nobody knows the password of: wrong user names still pay for one scrypt.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function checkSignIn(
  db: Db,
  cfg: AuthConfig,
  input: { username: string; password: string; ip: string },
): Promise<SignInResult> {
  if (!cfg.enabled) return { ok: false, status: 503, error: cfg.reason };
  const username = input.username.trim();
  if (!username || !input.password) return { ok: false, status: 400, error: 'Enter the user name and the password.' };
  if (await loginBlocked(db, input.ip, username)) {
    return {
      ok: false,
      status: 429,
      error: `Too many failed sign-ins. Try again in ${LOGIN_LIMIT.windowMinutes} minutes.`,
    };
  }
  const userOk = constantTimeEqual(username, cfg.user);
  const passOk =
    cfg.credential.kind === 'hash'
      ? await verifyPassword(input.password, userOk ? cfg.credential.hash : DUMMY_HASH)
      : constantTimeEqual(input.password, cfg.credential.password);
  const ok = userOk && passOk;
  await recordLoginAttempt(db, input.ip, username, ok);
  return ok ? { ok: true, actor: { user: cfg.user } } : { ok: false, status: 401, error: 'Wrong user name or password.' };
}

/** The sign-in form's check, against the app's database and configuration. */
export function signIn(input: { username: string; password: string; ip: string }): Promise<SignInResult> {
  return checkSignIn(prisma(), authConfig(), input);
}
