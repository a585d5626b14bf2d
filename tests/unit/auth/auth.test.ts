// The sign-in configuration, password hashes, the cross-site check and the audit diff: pure
// pieces of curation, table-driven.
import { describe, expect, it } from 'vitest';
import { parseAuthConfig } from '@/lib/auth/config';
import { childAuthEnv } from '@/lib/auth/dev-credentials';
import { crossSiteReason } from '@/lib/auth/origin';
import { constantTimeEqual, hashPassword, verifyPassword } from '@/lib/auth/password';
import { diffLines } from '@/lib/shape/audit-diff';

const SECRET = 's'.repeat(32);

describe('parseAuthConfig', () => {
  it('is off, not broken, when nothing is configured', () => {
    const c = parseAuthConfig({ NODE_ENV: 'production' });
    expect(c).toMatchObject({ enabled: false, misconfigured: false });
  });

  it('accepts a hash, a user and a secret in production', async () => {
    const hash = await hashPassword('a long password');
    const c = parseAuthConfig({ NODE_ENV: 'production', STANCE_LENS_ADMIN_USER: 'curator', STANCE_LENS_ADMIN_PASSWORD_HASH: hash, SESSION_SECRET: SECRET });
    expect(c).toMatchObject({ enabled: true, user: 'curator', credential: { kind: 'hash', hash } });
  });

  it.each([
    ['a plain password in production', { STANCE_LENS_ADMIN_USER: 'a', STANCE_LENS_ADMIN_PASSWORD: 'password1', SESSION_SECRET: SECRET }, /refused in production/],
    ['no session secret in production', { STANCE_LENS_ADMIN_USER: 'a', STANCE_LENS_ADMIN_PASSWORD_HASH: 'scrypt$16384$8$1$AAAA$AAAA' }, /SESSION_SECRET is required/],
    ['a short session secret', { STANCE_LENS_ADMIN_USER: 'a', STANCE_LENS_ADMIN_PASSWORD_HASH: 'scrypt$16384$8$1$AAAA$AAAA', SESSION_SECRET: 'short' }, /SESSION_SECRET: at least 32/],
    ['a hash that is not one', { STANCE_LENS_ADMIN_USER: 'a', STANCE_LENS_ADMIN_PASSWORD_HASH: 'hunter2', SESSION_SECRET: SECRET }, /not a scrypt hash/],
    ['no user in production', { STANCE_LENS_ADMIN_PASSWORD_HASH: 'scrypt$16384$8$1$AAAA$AAAA', SESSION_SECRET: SECRET }, /STANCE_LENS_ADMIN_USER is required/],
  ])('refuses %s', (_what, env, reason) => {
    const c = parseAuthConfig({ NODE_ENV: 'production', ...env });
    expect(c.enabled).toBe(false);
    expect(c).toMatchObject({ misconfigured: true });
    expect(!c.enabled && c.reason).toMatch(reason);
  });

  it('allows a plain password in production only through the explicit test escape hatch', () => {
    const env = { NODE_ENV: 'production', STANCE_LENS_ADMIN_USER: 'a', STANCE_LENS_ADMIN_PASSWORD: 'password1', SESSION_SECRET: SECRET };
    expect(parseAuthConfig({ ...env, STANCE_LENS_ALLOW_PLAIN_PASSWORD: '1' })).toMatchObject({ enabled: true, credential: { kind: 'plain' } });
  });

  it('in development defaults the user and generates the session secret', () => {
    const c = parseAuthConfig({ NODE_ENV: 'development', STANCE_LENS_ADMIN_PASSWORD: 'password1' }, () => 'g'.repeat(40));
    expect(c).toMatchObject({ enabled: true, user: 'admin', sessionSecret: 'g'.repeat(40) });
  });
});

describe('npm start credentials', () => {
  it('in development generates a password, prints it once and hands Next only its hash', async () => {
    const out = await childAuthEnv({});
    expect(out.fatal).toBeNull();
    const printed = out.messages.join('\n').match(/password (\S+)/)?.[1];
    expect(printed).toBeTruthy();
    expect(out.env.STANCE_LENS_ADMIN_PASSWORD).toBe('');
    expect(await verifyPassword(printed!, out.env.STANCE_LENS_ADMIN_PASSWORD_HASH!)).toBe(true);
    expect(out.env.SESSION_SECRET!.length).toBeGreaterThanOrEqual(32);
    expect(parseAuthConfig({ ...out.env, NODE_ENV: 'production' }).enabled).toBe(true);
  });

  it('in production generates nothing and stops on a missing secret', async () => {
    const hash = await hashPassword('a long password');
    const out = await childAuthEnv({ NODE_ENV: 'production', STANCE_LENS_ADMIN_USER: 'a', STANCE_LENS_ADMIN_PASSWORD_HASH: hash });
    expect(out.fatal).toMatch(/SESSION_SECRET is required in production/);
    expect(out.env).toEqual({});
  });
});

describe('passwords', () => {
  it('verifies its own hashes and nothing else', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batter', hash)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('compares strings of any length', () => {
    expect(constantTimeEqual('admin', 'admin')).toBe(true);
    expect(constantTimeEqual('admin', 'admin2')).toBe(false);
  });
});

describe('crossSiteReason', () => {
  const req = (headers: Record<string, string>) => new Request('http://localhost:3000/import/uploads', { method: 'POST', headers });
  it.each([
    [{ origin: 'http://localhost:3000', host: 'localhost:3000', 'sec-fetch-site': 'same-origin' }, null],
    [{ origin: 'http://localhost:3000', host: 'localhost:3000' }, null],
    [{ 'sec-fetch-site': 'same-origin' }, null],
    [{ origin: 'https://evil.example', host: 'localhost:3000' }, /not this site/],
    [{ origin: 'http://localhost:3000', host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }, /cross-site/],
    [{ 'sec-fetch-site': 'same-site' }, /same-site/],
    [{}, /no Origin/],
  ])('%j → %s', (headers, expected) => {
    const r = crossSiteReason(req(headers));
    if (expected === null) expect(r).toBeNull();
    else expect(r).toMatch(expected);
  });
});

describe('diffLines', () => {
  it('lists what changed, with readable names and values', () => {
    expect(diffLines({ stance: 'critical', aliases: [] }, { stance: 'mainstream', aliases: ['X', 'Y'] })).toEqual([
      { field: 'stance', from: 'critical', to: 'mainstream' },
      { field: 'aliases', from: null, to: 'X, Y' },
    ]);
    expect(diffLines(null, { reprintOfId: 4 })).toEqual([{ field: 'reprint of article', from: null, to: '4' }]);
    expect(diffLines({ a: 1 }, { a: 1 })).toEqual([]);
    expect(diffLines({ event: '1988-massacre', method: 'cue' }, { event: '1988-massacre', suppressed: true })).toEqual([
      { field: 'event', from: null, to: '1988-massacre', context: true },
      { field: 'method', from: 'cue', to: null },
      { field: 'suppressed', from: null, to: 'true' },
    ]);
  });
});
