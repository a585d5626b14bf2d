// The admin account and session secret, read from the environment and validated once. There is
// no default password: `npm start` in development generates one per run (lib/auth/dev-credentials.ts)
// and passes only its hash to Next; a plain STANCE_LENS_ADMIN_PASSWORD is refused in production
// unless STANCE_LENS_ALLOW_PLAIN_PASSWORD=1 (meant for the test server only).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PASSWORD_HASH_PATTERN } from './password';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const MIN_SECRET_LENGTH = 32;

const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  STANCE_LENS_ADMIN_USER: optional(z.string().trim().min(1).max(64).regex(/^[^\s:]+$/, 'no spaces or colons')),
  STANCE_LENS_ADMIN_PASSWORD_HASH: optional(
    z.string().trim().regex(PASSWORD_HASH_PATTERN, 'not a scrypt hash from `npm run hash-password`'),
  ),
  STANCE_LENS_ADMIN_PASSWORD: optional(z.string().min(8, 'at least 8 characters')),
  STANCE_LENS_ALLOW_PLAIN_PASSWORD: optional(z.enum(['1', 'true'])),
  SESSION_SECRET: optional(z.string().min(MIN_SECRET_LENGTH, `at least ${MIN_SECRET_LENGTH} characters`)),
});

export type Credential = { kind: 'hash'; hash: string } | { kind: 'plain'; password: string };

export type AuthConfig =
  | { enabled: true; user: string; credential: Credential; sessionSecret: string; production: boolean }
  | {
      enabled: false;
      /** Shown on /login and at start-up. */
      reason: string;
      /** true when something is set but wrong (start-up refuses), false when nothing is configured. */
      misconfigured: boolean;
    };

export const HOW_TO_CONFIGURE =
  'Set STANCE_LENS_ADMIN_USER, STANCE_LENS_ADMIN_PASSWORD_HASH (from `npm run hash-password`) and SESSION_SECRET (32+ characters).';

export function parseAuthConfig(env: Record<string, string | undefined>, generatedSecret?: () => string): AuthConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { enabled: false, misconfigured: true, reason: `Sign-in is misconfigured: ${problems}.` };
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  let credential: Credential;
  if (e.STANCE_LENS_ADMIN_PASSWORD_HASH) {
    credential = { kind: 'hash', hash: e.STANCE_LENS_ADMIN_PASSWORD_HASH };
  } else if (e.STANCE_LENS_ADMIN_PASSWORD) {
    if (production && !e.STANCE_LENS_ALLOW_PLAIN_PASSWORD) {
      return {
        enabled: false,
        misconfigured: true,
        reason: 'STANCE_LENS_ADMIN_PASSWORD is refused in production: set STANCE_LENS_ADMIN_PASSWORD_HASH instead (`npm run hash-password`).',
      };
    }
    credential = { kind: 'plain', password: e.STANCE_LENS_ADMIN_PASSWORD };
  } else {
    return { enabled: false, misconfigured: false, reason: `Sign-in is off: no admin account is configured. ${HOW_TO_CONFIGURE}` };
  }
  const user = e.STANCE_LENS_ADMIN_USER ?? (production ? undefined : 'admin');
  if (!user) {
    return { enabled: false, misconfigured: true, reason: 'STANCE_LENS_ADMIN_USER is required in production.' };
  }
  let sessionSecret = e.SESSION_SECRET;
  if (!sessionSecret) {
    if (production || !generatedSecret) {
      return {
        enabled: false,
        misconfigured: true,
        reason: `SESSION_SECRET is required in production (${MIN_SECRET_LENGTH}+ random characters, e.g. \`openssl rand -base64 48\`).`,
      };
    }
    sessionSecret = generatedSecret();
  }
  return { enabled: true, user, credential, sessionSecret, production };
}

export function randomSecret(): string {
  return randomBytes(36).toString('base64url');
}

const globalForAuth = globalThis as unknown as { __stanceLensAuth?: AuthConfig; __stanceLensDevSecret?: string };

/** The process's configuration; in development an unset SESSION_SECRET is generated once per process. */
export function authConfig(): AuthConfig {
  if (!globalForAuth.__stanceLensAuth) {
    globalForAuth.__stanceLensAuth = parseAuthConfig(process.env, () => (globalForAuth.__stanceLensDevSecret ??= randomSecret()));
  }
  return globalForAuth.__stanceLensAuth;
}

/** Tests change the environment between cases. */
export function resetAuthConfig(): void {
  delete globalForAuth.__stanceLensAuth;
}
