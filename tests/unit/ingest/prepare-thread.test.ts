// The importer's worker thread (lib/ingest/prepare-thread.ts) prepares a file exactly as the
// importer's own thread does: the same articles, hashes, analyses and fingerprints, and the same
// reported reason when a file cannot be read.
import { beforeAll, describe, expect, it } from 'vitest';
import { SyntheticCorpus } from '@/lib/bench/synthetic';
import { analyseParsed, parseInput, prepareKeys, type PrepareContext, type StoredState } from '@/lib/ingest/prepare-core';
import { readyPrepareThread, startPrepareThread } from '@/lib/ingest/prepare-thread';
import { ImportFileError } from '@/lib/parse/types';
import type { StoredEvent } from '@/lib/analysis/user-events';
import { userCatalog } from '@/lib/analysis/user-events';

// A curator's event, so that the thread's own compiled copy of the run's events is exercised.
const userEventRows: StoredEvent[] = [
  {
    slug: 'test-hunger-strike',
    name: 'Hunger strike at the test camp',
    period: '2030',
    description: 'An event written for this test: residents of a camp refuse food for a week.',
    cues: { strong: ['hunger strike at the test camp'], support: ['hunger strike', 'residents'], minSupport: 1 },
    dateStart: null,
    dateEnd: null,
  } as unknown as StoredEvent,
];
const ctx: PrepareContext = { userEvents: userCatalog(userEventRows), userEventRows, examples: new Map() };

const corpus = new SyntheticCorpus(7);
const file = {
  name: 'synthetic-thread.jsonl',
  // Synthetic articles, and one written for this test that names the curator's event.
  bytes: Buffer.from(
    corpus.jsonLines(0, 60) +
      JSON.stringify({
        title: '[synthetic] A hunger strike at the test camp',
        publisher: 'synthetic-test-outlet',
        date: '2030-03-02',
        body: 'Residents began a hunger strike at the test camp on Monday, the organisers said. The hunger strike continued for a week while officials declined to comment on the demands of the residents.',
      }) +
      '\n',
    'utf8',
  ),
};

describe("the importer's worker thread", () => {
  beforeAll(async () => {
    expect(readyPrepareThread()).toBeNull();
    expect(await startPrepareThread()).toBe(true);
  }, 60_000);

  it('prepares a file exactly as the main thread does', async () => {
    const thread = readyPrepareThread();
    expect(thread).not.toBeNull();
    const parsed = parseInput(file, {});
    const keys = prepareKeys(parsed);
    // One text "already stored" and one outlet with a stored stance other than the registry's.
    const stored: StoredState = { existing: [keys.hashes[3]!], outlets: [[keys.slugs[0]!, { id: 1, stance: 'unrated' }]] };
    const asked: { hashes: string[]; slugs: string[] }[] = [];
    let early: Map<string, unknown> | null = null;
    const viaThread = await thread!.prepare(
      file,
      {},
      ctx,
      true,
      async (k) => {
        asked.push(k);
        return stored;
      },
      (fingerprints) => (early = fingerprints),
    );
    const here = await analyseParsed(parsed, keys, stored, ctx, true);

    expect(asked).toEqual([{ hashes: keys.hashes, slugs: keys.slugs }]);
    expect(viaThread).not.toBeNull();
    if (!viaThread?.ok) throw new Error('the thread did not prepare the file');
    expect(viaThread.parsed).toEqual(parsed);
    expect(viaThread.hashes).toEqual(keys.hashes);
    expect(viaThread.analyses.size).toBe(parsed.length - 1);
    expect(viaThread.analyses.has(keys.hashes[3]!)).toBe(false);
    expect([...viaThread.analyses]).toEqual([...here.analyses]);
    expect([...viaThread.fingerprints]).toEqual([...here.fingerprints]);
    // The fingerprints sent ahead of the analysis (for reprint detection's early reads) are the same.
    expect(early).not.toBeNull();
    expect([...early!]).toEqual([...here.fingerprints]);
    // The stored stance was used, and the curator's event was matched on the thread.
    expect(viaThread.analyses.get(keys.hashes[keys.sources.findIndex((s) => s.publisher.slug === keys.slugs[0])]!)?.publisherStance).toBe('unrated');
    const own = viaThread.analyses.get(keys.hashes.at(-1)!)!;
    expect(own.analysis.events.map((e) => e.slug)).toContain('test-hunger-strike');
  });

  it('prepares a shared file (its first half on the thread, the rest here) exactly as one thread does', async () => {
    // One text twice, once in each half: it keeps its first place in the maps, as when one thread
    // prepares the whole file.
    const lines = corpus.jsonLines(100, 160).trimEnd().split('\n');
    const shared = { name: 'synthetic-shared.jsonl', bytes: Buffer.from([...lines, lines[2]].join('\n') + '\n', 'utf8') };
    const parsed = parseInput(shared, {});
    const keys = prepareKeys(parsed);
    expect(keys.hashes.at(-1)).toBe(keys.hashes[2]);
    const stored: StoredState = { existing: [keys.hashes[40]!], outlets: [[keys.slugs[0]!, { id: 1, stance: 'unrated' }]] };
    let early: Map<string, unknown> | null = null;
    const split = await readyPrepareThread()!.prepare(shared, {}, ctx, true, async () => stored, (fps) => (early = fps), true);
    const here = await analyseParsed(parsed, keys, stored, ctx, true);

    if (!split?.ok) throw new Error('the shared file was not prepared');
    expect(split.analyses.size).toBe(parsed.length - 2);
    expect([...split.analyses]).toEqual([...here.analyses]);
    expect([...split.fingerprints]).toEqual([...here.fingerprints]);
    expect([...early!]).toEqual([...here.fingerprints]);
  });

  it("reports a file it cannot read with the parser's own reason", async () => {
    const broken = { name: 'broken.jsonl', bytes: Buffer.from('{"title": "[synthetic] no body"\n{not json\n', 'utf8') };
    let expected: unknown;
    try {
      parseInput(broken, {});
    } catch (err) {
      expected = err;
    }
    expect(expected).toBeInstanceOf(Error);
    const r = await readyPrepareThread()!.prepare(broken, {}, ctx, true, async () => ({ existing: [], outlets: [] }));
    expect(r?.ok).toBe(false);
    const error = (r as { error: Error }).error;
    expect(error.message).toBe((expected as Error).message);
    expect(error instanceof ImportFileError).toBe(expected instanceof ImportFileError);
  });
});
