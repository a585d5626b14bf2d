// The production server's node arguments: a bounded V8 heap by default, an override, and a
// clear error for a value that is not a size.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_HEAP_MB, nextStartArgs, serverHeapMb } from '@/lib/server/next-server';

describe('the server heap limit', () => {
  it('bounds the heap by default and takes an override or 0 for V8’s default', () => {
    expect(serverHeapMb({})).toBe(DEFAULT_SERVER_HEAP_MB);
    expect(serverHeapMb({ STANCE_LENS_SERVER_HEAP_MB: '384' })).toBe(384);
    expect(serverHeapMb({ STANCE_LENS_SERVER_HEAP_MB: '0' })).toBeNull();
    expect(() => serverHeapMb({ STANCE_LENS_SERVER_HEAP_MB: '1.5GB' })).toThrow(/whole number of MB/);
  });

  it('passes the limit to node before next start', () => {
    expect(nextStartArgs('/app', 3000, {})).toEqual([`--max-old-space-size=${DEFAULT_SERVER_HEAP_MB}`, '/app/node_modules/next/dist/bin/next', 'start', '-p', '3000']);
    expect(nextStartArgs('/app', 3000, { STANCE_LENS_SERVER_HEAP_MB: '0' })).toEqual(['/app/node_modules/next/dist/bin/next', 'start', '-p', '3000']);
  });
});
