// The decisions of reprint detection for a batch of new articles, in import order, over what is
// already stored: which stored or earlier articles each new one is a reprint of, quotes, or is
// the original of. Pure and synchronous: the caller (lib/ingest/reprints.ts for the database, the
// dry run for a run of files) preloads what the batch can touch — the stored articles behind the
// batch's band keys (plannedCandidates says which) and the roots of their clusters — and writes the
// result back. The same decisions whoever calls, so an import, `npm run analyze`, the benchmark
// generator and the dry run agree.
//
// The rules:
// - Candidates: stored or earlier articles sharing a band key, unless the key is crowded (more
//   than CROWDED_BAND texts already share it: a stock phrase, not a copy), and sharing two keys or
//   a quiet one (QUIET_BAND). Those whose signatures agree on at least MIN_ESTIMATE of their
//   values are compared exactly (compare.ts).
// - Reprints form clusters; every copy points at the cluster's original (one level, so a copy is
//   counted once whatever chain brought it). A new copy that matches a cluster joins it; the
//   original is the best copy by compareCopies (earliest date, then authorship, then import order),
//   so an earlier copy imported later takes over and the others are re-pointed to it. Copies of
//   two clusters merge them. A curator's decisions stand: an article kept "own" (a detection
//   undone) is left out of detection altogether — never linked, never a candidate — and a
//   curator's link stays a reprint.
// - A shorter text inside a longer one (compare.ts pairShape): a reprint when the longer has
//   little of its own or is dated first (the shorter is an excerpt of it); otherwise the longer
//   quotes the shorter: a 'quotes' link to the shorter text's original, with the passages they
//   share, unless a curator removed that link.
import { compareCopies, compareDates, type CopyOrder } from './original';
import { isSameText, overlap, pairShape, sharedSpans, textShingles, type Overlap, type TextShingles } from './compare';
import { estimatedJaccard, type Fingerprint } from './fingerprint';
import type { Range } from './boilerplate';

/**
 * A band key shared by more texts than this stops producing candidates and is not extended. Keys
 * of 2 values crowd more often than keys of 3 (two stock shingles side by side suffice): in the
 * benchmark's 1M synthetic corpus 27% of the stored keys sit in crowded buckets against 5%, and
 * 0.19% of its copies become no candidate (0.02% without the cap). A higher cap buys little for
 * what each probe then reads: at 64 or 128, 0.14% and 0.10% of the copies, for 1.7 and 3 times the
 * rows per probe.
 */
export const CROWDED_BAND = 32;
/**
 * A text sharing a single band key with the new one is a candidate only when that key is held
 * by at most this many texts; sharing two or more keys always makes it one. Copies share several
 * keys (a Jaccard of 0.7 gives five of ten on average) and a text quoted in a commentary
 * shares its keys with little else, while a single collision in a busy key is a stock phrase.
 * With keys of 2 values such collisions are commoner (one key in 10% of pairs at Jaccard 0.1,
 * against 1.6% with 16 × 3): a signature read each, which MIN_ESTIMATE then rejects. On the
 * labelled corpus 1 instead of 2 loses a copy and four quoting texts, 4 finds two more quoting
 * texts for half again as many signature reads.
 */
export const QUIET_BAND = 2;
/** Signatures must agree on at least this share of values for an exact comparison (all SIGNATURE_SIZE values: the banding does not change it). */
export const MIN_ESTIMATE = 0.3;

export type Curated = 'reprint' | 'own' | null;

/** An article as the linker sees it. `order` is its import order (stored articles: their id). */
export interface LinkCopy extends CopyOrder {
  id: number;
  title: string;
  body: string;
  reprintOfId: number | null;
  curated: Curated;
}

export interface NewCopy extends LinkCopy {
  fingerprint: Fingerprint | null;
}

/**
 * Stored articles per band key, or null for a crowded key (more than CROWDED_BAND share it): which
 * ones does not matter then, so the database need not send them (lib/ingest/reprints.ts bandHits).
 */
export type BandHits = ReadonlyMap<number, readonly number[] | null>;

export interface LinkerBase {
  /** Stored articles per band key of the batch (null or more than CROWDED_BAND: crowded). */
  bandHits: BandHits;
  /** Signatures of the stored candidates. */
  signatures: ReadonlyMap<number, ArrayLike<number>>;
  /** Stored candidates that pass MIN_ESTIMATE and the roots of their clusters. */
  copies: ReadonlyMap<number, LinkCopy>;
  /** "quoting:quoted" pairs a curator removed. */
  suppressedQuotes: ReadonlySet<string>;
}

export interface ReprintLink {
  /** The original; null: the article is (again) an original. */
  reprintOfId: number | null;
  /** Share of the article's shingles found in the original. */
  similarity: number | null;
}

export interface QuoteLink {
  articleId: number;
  /** The quoted text's original. */
  quotedId: number;
  /** Share of the quoted text's shingles found in the quoting article. */
  containment: number;
  /** Passages of the quoting article's body shared with the quoted text. */
  spans: Range[];
}

export interface LinkerResult {
  /** New link state of batch articles and of stored roots that became reprints. */
  links: Map<number, ReprintLink>;
  /**
   * Originals that became reprints: every reprint of `from` now points at `to`. Includes batch
   * articles, which have stored reprints only when they were stored before (re-detection).
   */
  repoints: { from: number; to: number }[];
  quotes: QuoteLink[];
  /** Band keys to store, per batch article. */
  bands: { key: number; articleId: number }[];
}

/**
 * The stored articles a batch's band keys found (not crowded keys): without signatures, all of
 * them (whose signatures to read); with them, those agreeing enough with a batch article's (whose
 * texts to read).
 */
export function plannedCandidates(
  batch: readonly Pick<NewCopy, 'fingerprint'>[],
  bandHits: BandHits,
  signatures?: ReadonlyMap<number, ArrayLike<number>>,
): number[] {
  const ids = new Set<number>();
  for (const n of batch) {
    if (!n.fingerprint) continue;
    // A crowded key (null) stays crowded: `?? []` would make it an empty one.
    const hitsOf = (k: number) => {
      const hits = bandHits.get(k);
      return hits === undefined ? [] : hits;
    };
    for (const id of promising(n.fingerprint.bands, hitsOf)) {
      if (ids.has(id)) continue;
      const sig = signatures?.get(id);
      if (!signatures || (sig && estimatedJaccard(n.fingerprint.signature, sig) >= MIN_ESTIMATE)) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * The texts behind a fingerprint's band keys worth an estimate (not crowded keys; two shared keys,
 * or one quiet key: QUIET_BAND), in id order.
 */
function promising(bands: readonly number[], hitsOf: (key: number) => readonly number[] | null): number[] {
  const shared = new Map<number, number>();
  const quiet = new Set<number>();
  for (const k of bands) {
    const hits = hitsOf(k);
    if (hits === null || hits.length > CROWDED_BAND) continue;
    for (const id of hits) {
      shared.set(id, (shared.get(id) ?? 0) + 1);
      if (hits.length <= QUIET_BAND) quiet.add(id);
    }
  }
  return [...shared].filter(([id, n]) => n >= 2 || quiet.has(id)).map(([id]) => id).sort((a, b) => a - b);
}

export class ReprintLinker {
  private readonly copies = new Map<number, LinkCopy>();
  private readonly signatures = new Map<number, ArrayLike<number>>();
  private readonly texts = new Map<number, TextShingles>();
  private readonly sets = new Map<number, Set<number>>();
  /** Current reprint_of of every copy touched (overlay over the stored state). */
  private readonly reprintOf = new Map<number, number | null>();
  /** Old root → new root, for stored clusters re-pointed during the batch. */
  private readonly moved = new Map<number, number>();
  private readonly batchBands = new Map<number, number[]>();
  private readonly quotes = new Map<string, QuoteLink>();
  private readonly batchIds = new Set<number>();
  private readonly bandRows: { key: number; articleId: number }[] = [];
  /**
   * The work the band keys made so far: fingerprinted articles added, candidates (texts whose
   * signatures were estimated: the database reads their signatures) and texts compared exactly (the
   * database reads their bodies). What a change of the banding trades against recall.
   */
  readonly work = { articles: 0, candidates: 0, compared: 0 };

  constructor(private readonly base: LinkerBase) {
    for (const [id, c] of base.copies) this.copies.set(id, c);
    for (const [id, s] of base.signatures) this.signatures.set(id, s);
  }

  /** A copy's shingle set, from its fingerprint's hashes when it has them (the same hashes). */
  private set(id: number): Set<number> {
    const known = this.texts.get(id) ?? this.sets.get(id);
    if (known) return known instanceof Set ? known : known.set;
    const hashes = (this.copies.get(id) as NewCopy | undefined)?.fingerprint?.hashes;
    if (hashes) {
      const set = new Set(hashes);
      this.sets.set(id, set);
      return set;
    }
    return this.text(id).set;
  }

  /** A copy's shingles with the offsets of their words (for the passages it shares). */
  private text(id: number): TextShingles {
    let t = this.texts.get(id);
    if (!t) {
      const c = this.copies.get(id)!;
      this.texts.set(id, (t = textShingles(c.body, c.title)));
    }
    return t;
  }

  private linkOf(id: number): number | null {
    return this.reprintOf.has(id) ? this.reprintOf.get(id)! : (this.copies.get(id)?.reprintOfId ?? null);
  }

  /** The original of the cluster the article is in (itself when it is one). */
  root(id: number): number {
    let r = this.linkOf(id) ?? id;
    for (let guard = 0; this.moved.has(r) && guard < 1000; guard++) r = this.moved.get(r)!;
    return r;
  }

  private best(ids: number[]): number {
    return ids.reduce((a, b) => (compareCopies(this.copies.get(a)!, this.copies.get(b)!) <= 0 ? a : b));
  }

  /** Makes `root` (an original) and its cluster part of `to`'s cluster. */
  private move(root: number, to: number) {
    if (root === to) return;
    this.moved.set(root, to);
    this.reprintOf.set(root, to);
  }

  /** Processes one new article; call in import order. */
  add(n: NewCopy): void {
    this.copies.set(n.id, n);
    this.batchIds.add(n.id);
    this.reprintOf.set(n.id, n.reprintOfId);
    const fp = n.fingerprint;
    // A curator's "own" text is left out of detection: it is neither linked nor found as a candidate.
    if (!fp || n.curated === 'own') return;
    this.signatures.set(n.id, fp.signature);

    const hitsOf = (k: number): readonly number[] | null => {
      const stored = this.base.bandHits.get(k);
      const batch = this.batchBands.get(k);
      if (stored === null) return null;
      return batch ? [...(stored ?? []), ...batch.filter((id) => id !== n.id)] : (stored ?? []);
    };
    const crowded = new Set(fp.bands.filter((k) => isCrowded(hitsOf(k))));
    const candidates = promising(fp.bands, hitsOf);
    this.work.articles++;
    this.work.candidates += candidates.length;

    const partners = new Set<number>();
    // A cluster's copies share their bands only once (see the band rows below), so a candidate
    // stands for its cluster: its original is compared too.
    const compared = new Set<number>();
    for (const c of candidates) {
      const sig = this.signatures.get(c);
      if (!sig || !this.copies.has(c) || estimatedJaccard(fp.signature, sig) < MIN_ESTIMATE) continue;
      const r = this.root(c);
      // Band keys stored before a curator's "own" decision still point at its text until `npm run analyze`.
      if (this.isOwn(c) || this.isOwn(r)) continue;
      compared.add(c);
      if (r !== n.id && this.copies.has(r)) compared.add(r);
    }
    this.work.compared += compared.size;
    // First the copies of the same text (the dates do not matter), then texts inside one another,
    // judged by the dates of the two texts' first copies: a copy made after n of a text older than
    // n does not make n's text the older one.
    const contained: { c: number; o: Overlap }[] = [];
    const same: number[] = [];
    for (const c of [...compared].sort((a, b) => a - b)) {
      const o = overlap(this.set(n.id), this.set(c));
      if (isSameText(o)) same.push(c);
      else if (pairShape(o, 0) !== null) contained.push({ c, o });
    }
    for (const c of same) partners.add(c);
    this.joinClusters(n, [...new Set(same.map((c) => this.root(c)))]);
    const quoted: { quoting: number; quoted: number }[] = [];
    for (const { c, o } of contained) {
      const first = (id: number) => this.copies.get(this.root(id)) ?? this.copies.get(id)!;
      const shape = pairShape(o, compareDates(first(n.id), first(c)));
      if (shape === 'reprint') {
        partners.add(c);
        this.joinClusters(n, [this.root(c)]);
      } else if (shape === 'a-quotes-b') quoted.push({ quoting: n.id, quoted: c });
      else if (shape === 'b-quotes-a') quoted.push({ quoting: c, quoted: n.id });
    }
    for (const q of quoted) this.addQuote(q.quoting, q.quoted);

    const heldByPartner = (ids: readonly number[] | null | undefined) => !!ids && ids.some((id) => partners.has(id));
    for (const k of fp.bands) {
      if (crowded.has(k) || (partners.size > 0 && (heldByPartner(this.base.bandHits.get(k)) || heldByPartner(this.batchBands.get(k))))) continue;
      const list = this.batchBands.get(k);
      if (list) list.push(n.id);
      else this.batchBands.set(k, [n.id]);
      this.bandRows.push({ key: k, articleId: n.id });
    }
  }

  /**
   * Puts the new article and the clusters it matched into one cluster under the best original. A
   * curator's reprint link stays; the cluster it points into takes part as a whole, unless it is a
   * curator's "own" text, which nothing joins automatically.
   */
  private joinClusters(n: NewCopy, matched: number[]) {
    const fixed = this.linkOf(n.id) !== null;
    const current = fixed ? this.root(n.id) : n.id;
    const others = [...new Set(matched.filter((r) => r !== current))];
    if (others.length === 0 || this.isOwn(current)) return;
    const original = this.best([current, ...others]);
    for (const r of [current, ...others]) if (r !== original) this.move(r, original);
  }

  private isOwn(id: number): boolean {
    return this.copies.get(id)?.curated === 'own';
  }

  private addQuote(quoting: number, quotedCopy: number) {
    const spans = sharedSpans(this.text(quoting), this.set(quotedCopy));
    if (spans.length === 0) return;
    const containment = overlap(this.set(quotedCopy), this.set(quoting)).aInB;
    const quoted = this.root(quotedCopy);
    if (quoted === this.root(quoting)) return;
    const key = `${quoting}:${quoted}`;
    if (this.base.suppressedQuotes.has(key) || this.base.suppressedQuotes.has(`${quoting}:${quotedCopy}`)) return;
    const prev = this.quotes.get(key);
    this.quotes.set(key, { articleId: quoting, quotedId: quoted, containment: Math.max(containment, prev?.containment ?? 0), spans: mergeRanges([...(prev?.spans ?? []), ...spans]) });
  }

  /** Share of a copy's shingles found in another's. */
  similarity(copy: number, original: number): number {
    return overlap(this.set(copy), this.set(original)).aInB;
  }

  result(): LinkerResult {
    const links = new Map<number, ReprintLink>();
    const touched = new Set([...this.batchIds, ...this.moved.keys()]);
    for (const id of touched) {
      const link = this.linkOf(id);
      const original = link === null ? null : this.root(id);
      links.set(id, { reprintOfId: original, similarity: original === null ? null : round(this.similarity(id, original)) });
    }
    const repoints = [...this.moved.keys()].map((from) => ({ from, to: this.root(from) }));
    const quotes = [...this.quotes.values()].map((q) => ({ ...q, quotedId: this.root(q.quotedId), containment: round(q.containment) }));
    return { links, repoints, quotes: dedupeQuotes(quotes), bands: this.bandRows };
  }
}

const isCrowded = (hits: readonly number[] | null) => hits === null || hits.length > CROWDED_BAND;

const round = (x: number) => Math.round(x * 1000) / 1000;

export function mergeRanges(spans: Range[]): Range[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function dedupeQuotes(quotes: QuoteLink[]): QuoteLink[] {
  const by = new Map<string, QuoteLink>();
  for (const q of quotes) {
    const key = `${q.articleId}:${q.quotedId}`;
    const prev = by.get(key);
    by.set(key, prev ? { ...q, containment: Math.max(q.containment, prev.containment), spans: mergeRanges([...prev.spans, ...q.spans]) } : q);
  }
  return [...by.values()];
}
