// Password hashes for the one admin account: scrypt from node:crypto, self-describing so the
// cost can be raised later without invalidating hashes already in someone's environment.
//   scrypt$<N>$<r>$<p>$<salt base64>$<key base64>
import { randomBytes, scrypt, timingSafeEqual, createHash, type ScryptOptions } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
// N × r × 128 bytes is 16 MiB at these settings; Node's default cap is 32 MiB.
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, keyLength: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, { ...opts, maxmem: MAX_MEMORY }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export const PASSWORD_HASH_PATTERN = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (!PASSWORD_HASH_PATTERN.test(stored)) return false;
  const [, n, r, p, saltB64, keyB64] = stored.split('$');
  const expected = Buffer.from(keyB64!, 'base64');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  // Refuse absurd parameters rather than let a pasted hash exhaust memory.
  if (cost.N > 1 << 20 || cost.r > 32 || cost.p > 16 || expected.length < 16) return false;
  const actual = await derive(password, Buffer.from(saltB64!, 'base64'), expected.length, cost);
  return timingSafeEqual(actual, expected);
}

/** Equal strings in time independent of where they differ (hashing first evens out the lengths). */
export function constantTimeEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a, 'utf8').digest();
  const db = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(da, db);
}
