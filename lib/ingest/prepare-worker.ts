// Entry of the importer's worker thread (prepare-thread.ts): parses a file and keeps it until the
// importer sends what the database holds of it, then analyses and fingerprints the new texts.
import { parentPort } from 'node:worker_threads';
import { loadLanguageDetector } from '@/lib/analysis/language';
import { userCatalog } from '@/lib/analysis/user-events';
import type { ParsedArticle } from '@/lib/parse/types';
import type { Fingerprint } from '@/lib/analysis/reprints';
import { analyseParsed, fingerprintParsed, parseInput, prepareKeys, type PrepareContext, type PrepareKeys } from './prepare-core';
import type { ThreadReply, ThreadRequest } from './prepare-thread';

const ready = loadLanguageDetector();
const files = new Map<number, { parsed: ParsedArticle[]; keys: PrepareKeys }>();
/** Compiled run contexts by id; an import run uses one, so a few are plenty. */
const contexts = new Map<number, Pick<PrepareContext, 'userEvents' | 'examples'>>();

function post(reply: ThreadReply) {
  parentPort!.postMessage(reply);
}

function failed(job: number, err: unknown): ThreadReply {
  const e = err as { name?: string; message?: string; fileName?: string };
  return { job, type: 'failed', error: { name: e?.name ?? 'Error', message: e?.message ?? String(err), ...(e?.fileName ? { fileName: e.fileName } : {}) } };
}

async function handle(m: ThreadRequest): Promise<ThreadReply> {
  await ready;
  if (m.type === 'parse') {
    try {
      const parsed = parseInput({ name: m.name, bytes: m.bytes }, m.opts);
      const keys = prepareKeys(parsed);
      files.set(m.job, { parsed, keys });
      return { job: m.job, type: 'parsed', parsed, hashes: keys.hashes, slugs: keys.slugs };
    } catch (err) {
      return failed(m.job, err);
    }
  }
  const file = files.get(m.job);
  files.delete(m.job);
  if (m.contextData) {
    contexts.set(m.context, { userEvents: userCatalog(m.contextData.userEventRows), examples: m.contextData.examples });
    for (const id of contexts.keys()) if (contexts.size > 4 && id !== m.context) contexts.delete(id);
  }
  const ctx = contexts.get(m.context);
  if (!file || !ctx) return failed(m.job, new Error('unknown file or context'));
  // The file's first `upTo` articles when the importer's thread analyses the rest (a shared file).
  const n = m.upTo ?? file.parsed.length;
  const parsed = file.parsed.slice(0, n);
  const keys = { hashes: file.keys.hashes.slice(0, n), sources: file.keys.sources.slice(0, n) };
  // The fingerprints first, ahead of the analysis: the importer starts detection's reads with them.
  const fingerprints = m.reprints ? fingerprintParsed(parsed, keys, m.stored) : new Map<string, Fingerprint | null>();
  if (m.reprints) post({ job: m.job, type: 'fingerprinted', fingerprints });
  const { analyses } = await analyseParsed(parsed, keys, m.stored, ctx, false);
  return { job: m.job, type: 'analysed', analyses, fingerprints };
}

ready.then(() => post({ job: 0, type: 'ready' }));

parentPort!.on('message', (m: ThreadRequest) => {
  handle(m).then(post, (err) => post(failed(m.job, err)));
});
