// The importer's worker thread: it parses, analyses and fingerprints files (prepare-core.ts)
// while the importer's own thread writes the previous file. Without it, one thread takes turns
// between preparing the next file and answering Postgres for this one, and each side waits on
// the other; with it, preparing runs on the second core beside the writing.
//
// One thread per process, started by an import big enough to gain from it and kept (unreferenced
// while idle, so that it never keeps a process alive). Until it has started (a second or two:
// it loads the analysis and the language detector), files are prepared in the importer's thread.
// Preparing a file takes two round trips: the thread parses and returns the articles with their
// content hashes and outlets; the importer asks the database what it already holds of them; the
// thread analyses what is new. A run's first file is prepared while nothing is written, so the
// importer's thread then analyses the second half of it beside the worker (`share`). If the
// thread cannot start or dies, the importer prepares in its own thread (prepare-file.ts), as it
// does where no TypeScript loader is at hand (a bundled server): the results are the same.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Fingerprint } from '@/lib/analysis/reprints';
import { ImportFileError, type ImportOptions, type ParsedArticle } from '@/lib/parse/types';
import { analyseParsed, articleSources, fingerprintParsed, slicedPause, type PreAnalysis, type PrepareContext, type StoredState } from './prepare-core';
import type { PreparedFile } from './prepare-file';

/** Messages to the thread. */
export type ThreadRequest =
  | { type: 'parse'; job: number; name: string; bytes: Uint8Array; opts: ImportOptions }
  | {
      type: 'analyse';
      job: number;
      stored: StoredState | null;
      reprints: boolean;
      context: number;
      /** Only the file's first `upTo` articles: the importer's thread analyses the rest. */
      upTo?: number;
      /** Sent the first time a context is used. */
      contextData?: Pick<PrepareContext, 'userEventRows' | 'examples'>;
    };

/** Messages from the thread. */
export type ThreadReply =
  | { job: 0; type: 'ready' }
  | { job: number; type: 'parsed'; parsed: ParsedArticle[]; hashes: string[]; slugs: string[] }
  /** Sent ahead of 'analysed' when fingerprints are asked for: the same fingerprints. */
  | { job: number; type: 'fingerprinted'; fingerprints: Map<string, Fingerprint | null> }
  | { job: number; type: 'analysed'; analyses: Map<string, PreAnalysis>; fingerprints: Map<string, Fingerprint | null> }
  | { job: number; type: 'failed'; error: { name: string; message: string; fileName?: string } };

const ENTRY = path.join(__dirname, 'prepare-worker.ts');
/** A shared file (prepare's `share`) has at least this many articles; smaller ones go whole to the thread. */
const SHARE_MIN_ARTICLES = 40;

class PrepareThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (reply: ThreadReply | null) => void>();
  private readonly fingerprinted = new Map<number, (fingerprints: Map<string, Fingerprint | null>) => void>();
  private readonly contexts = new WeakMap<PrepareContext, number>();
  private jobs = 0;
  dead = false;
  ready = false;
  /** Settles when the thread has started (true) or could not (false). */
  readonly started: Promise<boolean>;
  private onStarted: (ok: boolean) => void = () => {};

  constructor() {
    this.started = new Promise((resolve) => (this.onStarted = resolve));
    this.worker = new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(ENTRY)});`, { eval: true });
    this.worker.unref();
    this.worker.on('message', (reply: ThreadReply) => {
      if (reply.type === 'ready') {
        this.ready = true;
        this.onStarted(true);
      } else if (reply.type === 'fingerprinted') this.fingerprinted.get(reply.job)?.(reply.fingerprints);
      else this.settle(reply.job, reply);
    });
    this.worker.on('error', (err) => this.die(`the import's worker thread failed (${err.message}); preparing files on the main thread`));
    this.worker.on('exit', (code) => this.die(`the import's worker thread exited (code ${code}); preparing files on the main thread`));
  }

  private settle(job: number, reply: ThreadReply | null) {
    const done = this.pending.get(job);
    if (!done) return;
    this.pending.delete(job);
    if (this.pending.size === 0) this.worker.unref();
    done(reply);
  }

  private die(why: string) {
    if (this.dead) return;
    this.dead = true;
    this.onStarted(false);
    console.error(`stance-lens: ${why}`);
    for (const job of [...this.pending.keys()]) this.settle(job, null);
  }

  /** One round trip; null when the thread is gone. */
  private call(request: ThreadRequest): Promise<ThreadReply | null> {
    if (this.dead) return Promise.resolve(null);
    return new Promise((resolve) => {
      // Referenced while a reply is awaited, or a process with nothing else to do would exit.
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(request.job, resolve);
      this.worker.postMessage(request);
    });
  }

  /**
   * Prepares a file on the thread; `ask` reads what the database holds of its texts and outlets.
   * Null when the thread is gone: the caller prepares the file itself.
   */
  async prepare(
    file: { name: string; bytes: Uint8Array },
    opts: ImportOptions,
    ctx: PrepareContext,
    reprints: boolean,
    ask: (keys: { hashes: string[]; slugs: string[] }) => Promise<StoredState>,
    /** Called with the fingerprints as soon as the thread has them, before the analysis is done. */
    onFingerprints?: (fingerprints: Map<string, Fingerprint | null>) => void,
    /**
     * The importer's thread has nothing else to do (its run's first file: nothing is written yet),
     * so it analyses the second half of the file while the thread analyses the first.
     */
    share = false,
  ): Promise<PreparedFile | null> {
    const job = ++this.jobs;
    const first = await this.call({ type: 'parse', job, name: file.name, bytes: file.bytes, opts: { publisher: opts.publisher, via: opts.via, url: opts.url } });
    if (first === null) return null;
    if (first.type === 'failed') return { ok: false, error: revive(first.error) };
    if (first.type !== 'parsed') throw new Error(`the import's worker thread answered ${first.type} to parse`);
    // Only an optimisation: without the database's answer the transaction analyses everything.
    const stored = await ask({ hashes: first.hashes, slugs: first.slugs }).catch(() => null);
    let context = this.contexts.get(ctx);
    const fresh = context === undefined;
    if (context === undefined) this.contexts.set(ctx, (context = job));
    const { parsed, hashes } = first;
    // Below this the halves' overhead (a second message, the merge) outweighs the gain.
    const upTo = share && stored && parsed.length >= SHARE_MIN_ARTICLES ? Math.ceil(parsed.length / 2) : parsed.length;
    const own = { parsed: parsed.slice(upTo), keys: { hashes: hashes.slice(upTo), sources: articleSources(parsed.slice(upTo)) } };
    // Set before the thread's fingerprints can arrive (no await between the request and this).
    let ownFingerprints = new Map<string, Fingerprint | null>();
    // The thread's fingerprints come first in file order, as when it fingerprints the whole file.
    if (onFingerprints) this.fingerprinted.set(job, (fps) => onFingerprints(upTo < parsed.length ? new Map([...fps, ...ownFingerprints]) : fps));
    const analysed = this.call({
      type: 'analyse',
      job,
      stored,
      reprints,
      context,
      ...(upTo < parsed.length ? { upTo } : {}),
      ...(fresh ? { contextData: { userEventRows: ctx.userEventRows, examples: ctx.examples } } : {}),
    });
    if (reprints && upTo < parsed.length) ownFingerprints = fingerprintParsed(own.parsed, own.keys, stored);
    const here = upTo < parsed.length ? await analyseParsed(own.parsed, own.keys, stored, ctx, false, slicedPause()) : null;
    const second = await analysed;
    this.fingerprinted.delete(job);
    if (second === null) return null;
    if (second.type !== 'analysed') return { ok: true, parsed, hashes, analyses: new Map(), fingerprints: new Map() };
    if (!here) return { ok: true, parsed, hashes, analyses: second.analyses, fingerprints: second.fingerprints };
    // In file order, as the whole file's maps are: a text in both halves keeps its first place.
    return { ok: true, parsed, hashes, analyses: new Map([...second.analyses, ...here.analyses]), fingerprints: new Map([...second.fingerprints, ...ownFingerprints]) };
  }
}

/** A file's parse error as the importer reports it: an ImportFileError keeps its plain reason. */
function revive(e: { name: string; message: string; fileName?: string }): Error {
  if (e.name === 'ImportFileError') return new ImportFileError(e.message, e.fileName);
  return Object.assign(new Error(e.message), { name: e.name });
}

let thread: PrepareThread | null | undefined;

/**
 * Starts the process's worker thread if it is not running; resolves true once it is ready, false
 * where it cannot run (no TypeScript loader or source beside this module, as in a bundled server;
 * STANCE_LENS_IMPORT_THREAD=off) or died.
 */
export function startPrepareThread(): Promise<boolean> {
  if (thread === undefined) thread = available() ? new PrepareThread() : null;
  return thread && !thread.dead ? thread.started : Promise.resolve(false);
}

/** The worker thread if it is ready to take a file, else null (the caller prepares the file itself). */
export function readyPrepareThread(): PrepareThread | null {
  return thread && thread.ready && !thread.dead ? thread : null;
}

function available(): boolean {
  if (process.env.STANCE_LENS_IMPORT_THREAD === 'off') return false;
  try {
    if (!fs.existsSync(ENTRY)) return false;
    createRequire(ENTRY).resolve('tsx/cjs/api');
    return true;
  } catch {
    return false;
  }
}
