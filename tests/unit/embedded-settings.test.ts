// The embedded server's settings for bulk imports (lib/db/embedded.ts embeddedSettings).
import { describe, expect, it } from 'vitest';
import { embeddedSettings } from '@/lib/db/embedded';

const asMap = (flags: string[]) => new Map(flags.filter((_, i) => i % 2 === 1).map((kv) => kv.split('=') as [string, string]));

describe('embedded server settings', () => {
  it('spaces checkpoints for imports and sizes the buffer pool', () => {
    const flags = embeddedSettings({});
    expect(flags.filter((_, i) => i % 2 === 0).every((f) => f === '-c')).toBe(true);
    expect(asMap(flags)).toEqual(new Map([['shared_buffers', '512MB'], ['max_wal_size', '4GB'], ['checkpoint_timeout', '15min']]));
  });

  it('takes overrides and additions from STANCE_LENS_PG_SETTINGS, and refuses a malformed one', () => {
    const m = asMap(embeddedSettings({ STANCE_LENS_PG_SETTINGS: ' shared_buffers=128MB  work_mem=16MB ' }));
    expect(m.get('shared_buffers')).toBe('128MB');
    expect(m.get('work_mem')).toBe('16MB');
    expect(m.get('max_wal_size')).toBe('4GB');
    expect(() => embeddedSettings({ STANCE_LENS_PG_SETTINGS: 'shared_buffers' })).toThrow(/name=value/);
  });
});
