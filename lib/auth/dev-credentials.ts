// What `npm start` hands to the Next and worker children. Next always runs with
// NODE_ENV=production, where a plain password is refused, so a development password (set, or
// generated for this run) travels only as its scrypt hash; the session secret is generated per
// run when unset. In production (`NODE_ENV=production npm start`) nothing is generated: the
// environment must be complete, or start-up stops with the reason.
import { hashPassword } from './password';
import { parseAuthConfig, randomSecret } from './config';
import { randomBytes } from 'node:crypto';

export interface ChildAuthEnv {
  env: Record<string, string>;
  /** Lines to print once at start-up. */
  messages: string[];
  /** Set when start-up must stop. */
  fatal: string | null;
}

export async function childAuthEnv(env: Record<string, string | undefined>): Promise<ChildAuthEnv> {
  const production = env.NODE_ENV === 'production';
  if (production) {
    const cfg = parseAuthConfig(env);
    if (cfg.enabled) return { env: {}, messages: [`curator sign-in enabled for "${cfg.user}"`], fatal: null };
    return cfg.misconfigured ? { env: {}, messages: [], fatal: cfg.reason } : { env: {}, messages: [cfg.reason], fatal: null };
  }
  const out: Record<string, string> = {};
  const messages: string[] = [];
  const user = env.STANCE_LENS_ADMIN_USER?.trim() || 'admin';
  out.STANCE_LENS_ADMIN_USER = user;
  if (!env.STANCE_LENS_ADMIN_PASSWORD_HASH?.trim()) {
    let password = env.STANCE_LENS_ADMIN_PASSWORD;
    if (!password) {
      password = randomBytes(15).toString('base64url');
      messages.push(
        `curator sign-in for this run only: user "${user}", password ${password}`,
        '  (generated because no STANCE_LENS_ADMIN_PASSWORD_HASH is set; see README "Curation" to choose one)',
      );
    }
    out.STANCE_LENS_ADMIN_PASSWORD_HASH = await hashPassword(password);
  }
  // The child must not see the plain password (it runs as production and would refuse it).
  out.STANCE_LENS_ADMIN_PASSWORD = '';
  if (!env.SESSION_SECRET?.trim()) out.SESSION_SECRET = randomSecret();
  const check = parseAuthConfig({ ...env, ...out, NODE_ENV: 'production' });
  if (!check.enabled) return { env: out, messages, fatal: check.reason };
  return { env: out, messages, fatal: null };
}
