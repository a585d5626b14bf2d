// lib/db/read-route.ts on its own: which requests may write, that nothing outside a request
// reads the standby, and a clear error for a malformed DATABASE_REPLICA_URL. Requests themselves
// are routed in tests/browser/replica.test.ts against a real standby.
import { afterEach, describe, expect, it } from 'vitest';
import { mayWrite, readTarget, replicaUrl } from '@/lib/db/read-route';

const saved = process.env.DATABASE_REPLICA_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_REPLICA_URL;
  else process.env.DATABASE_REPLICA_URL = saved;
});

describe('read routing', () => {
  it.each([
    [{}, false],
    [{ accept: 'text/html', cookie: 'theme=dark' }, false],
    [{ 'content-length': '0' }, false],
    [{ 'next-action': 'abc123' }, true],
    [{ 'content-type': 'multipart/form-data; boundary=x' }, true],
    [{ 'content-type': 'application/json', 'content-length': '12' }, true],
    [{ 'content-length': '5' }, true],
    [{ 'transfer-encoding': 'chunked' }, true],
  ])('headers %j may write: %s', (headers, expected) => {
    expect(mayWrite(new Headers(headers))).toBe(expected);
  });

  it('reads the primary outside a request, replica or not', () => {
    delete process.env.DATABASE_REPLICA_URL;
    expect(replicaUrl()).toBeNull();
    expect(readTarget()).toBe('primary');
    process.env.DATABASE_REPLICA_URL = 'postgresql://u:p@127.0.0.1:5433/stance_lens';
    expect(replicaUrl()).toBe('postgresql://u:p@127.0.0.1:5433/stance_lens');
    expect(readTarget()).toBe('primary'); // the CLI, the worker, start-up
  });

  it('refuses a DATABASE_REPLICA_URL that is not a postgres URL', () => {
    process.env.DATABASE_REPLICA_URL = 'mysql://127.0.0.1/x';
    expect(() => replicaUrl()).toThrow(/DATABASE_REPLICA_URL must be a postgres/);
  });
});
