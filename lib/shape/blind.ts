// The blind reading exercise (/events/<slug>/blind), pure: which passages a seed draws from an
// event's coverage, in which order, with the outlets' names masked; and, on reveal, the cues
// that tie each passage to its outlet's group. No I/O: lib/queries/blind.ts reads the articles.
//
// Decisions
// - Determinism: one seeded PRNG (lib/prng.ts) drives every choice, and its inputs are sorted by
//   article id first, so the same URL over the same coverage gives the same set on every machine.
//   New coverage of the event can change the set; the set code (a hash of what was drawn) lets a
//   class check that everyone sees the same passages.
// - Each group gets the same share of the passages (one more for some when n does not divide);
//   a group with too few passages gives its share to the others. Within a group, passages come
//   from as many different articles as possible.
// - Candidates are what the analysis stored: the headline, the event's evidence passages, the
//   sentences of the event's figures and, for articles about the event, of their quotes.
// - Masking hides every outlet in the set (name, aliases, domains, and the site it came via) in
//   every passage, so no outlet name is on the page before reveal. A name that is itself a
//   lexicon term (NCRI, PMOI, MEK: the group's names for itself) stays: finding it is the exercise.
import { analysedText } from '@/lib/analysis';
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { isAcronym, PhraseMatcher } from '@/lib/analysis/phrase-matcher';
import { matchTerms } from '@/lib/analysis/terms';
import type { Span } from '@/lib/analysis/tokenize';
import type { BlindFilter, RatedStance } from '@/lib/filters/blind';
import { rng, type Rng } from '@/lib/prng';
import { RATED_STANCES } from '@/lib/stance';
import { readerHref } from './links';
import { clipPassage, sentenceFinder } from './sentences';

export type PassageKind = 'headline' | 'passage' | 'figure' | 'quote';

/** Longest passage shown, in characters (a paragraph that reads in under a minute). */
export const MAX_PASSAGE = 480;
/** Shortest sentence worth judging on its own (headlines are exempt). */
export const MIN_PASSAGE = 60;

/** An article the exercise may draw from (lib/queries/blind.ts: blindArticles). */
export interface BlindArticleRef {
  id: number;
  stance: RatedStance;
}

/** A drawn article with what the analysis stored about it (lib/queries/blind.ts: blindSources). */
export interface BlindSource extends BlindArticleRef {
  language: string;
  role: 'about' | 'mention';
  title: string;
  body: string;
  /** The event's evidence passages, offsets into title + "\n\n" + body. */
  evidence: Span[];
  /** Spans of the figures placed on this event. */
  claims: Span[];
  /** Spans of the quoted or cited sources. */
  quotes: Span[];
  /** The outlet's and the via site's names, aliases and domains. */
  outletNames: string[];
}

export interface MaskedSegment {
  text: string;
  masked: boolean;
}

/** A passage as the class sees it: nothing in it names its outlet or its group. */
export interface BlindPassage {
  number: number;
  kind: 'headline' | 'passage';
  lang: string;
  /** The passage was cut to MAX_PASSAGE (at a sentence where possible). */
  clipped: boolean;
  segments: MaskedSegment[];
}

/** A drawn passage with where it came from: server-side only until reveal. */
export interface BlindItem {
  number: number;
  articleId: number;
  stance: RatedStance;
  kind: PassageKind;
  span: Span;
  clipped: boolean;
  lang: string;
  text: string;
  segments: MaskedSegment[];
}

export interface BlindSet {
  /** Four characters from a hash of what was drawn: the same code means the same passages. */
  code: string;
  items: BlindItem[];
  /** Groups that had something to draw from. */
  groups: RatedStance[];
}

/** A string seed as the 32-bit number the PRNG takes (FNV-1a). */
export function seedNumber(seed: string): number {
  let h = 0x811c9dc5;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

function shuffle<T>(items: readonly T[], r: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Separate streams, so that how many articles were drawn does not change how passages are picked.
const STREAM = { articles: 1, quotas: 2, passages: 3, order: 4 } as const;

/**
 * The articles to read passages from: per group, in an order the seed decides, at most `n` (the
 * most the group could contribute). The rest of the event's coverage is never read.
 */
export function pickArticles<T extends BlindArticleRef>(articles: readonly T[], f: Pick<BlindFilter, 'seed' | 'n' | 'groups'>): T[] {
  const seed = seedNumber(f.seed ?? '');
  const out: T[] = [];
  for (const [g, stance] of f.groups.entries()) {
    const own = articles.filter((a) => a.stance === stance).sort((a, b) => a.id - b.id);
    out.push(...shuffle(own, rng(seed, STREAM.articles, g)).slice(0, f.n));
  }
  return out;
}

interface Candidate {
  kind: PassageKind;
  span: Span;
  clipped: boolean;
  text: string;
}

/** An article's passages worth judging, each once, in text order within each kind. */
export function candidatePassages(s: BlindSource): Candidate[] {
  const text = analysedText(s.title, s.body);
  const title = s.title.trim();
  const sentences = sentenceFinder(text);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (kind: PassageKind, span: Span) => {
    const { span: shown, clipped } = kind === 'headline' ? { span, clipped: false } : clipPassage(text, span, MAX_PASSAGE);
    const t = text.slice(shown.start, shown.end).trim();
    const key = t.toLowerCase();
    if (!t || seen.has(key) || (kind !== 'headline' && t.length < MIN_PASSAGE)) return;
    seen.add(key);
    out.push({ kind, span: shown, clipped, text: t });
  };
  if (title) add('headline', { start: 0, end: title.length });
  const body = (span: Span) => span.start > title.length && span.end <= text.length && span.end > span.start;
  for (const e of s.evidence.filter(body).sort((a, b) => a.start - b.start)) add('passage', e);
  for (const c of s.claims.filter(body).sort((a, b) => a.start - b.start)) add('figure', sentences.around(c));
  if (s.role === 'about') for (const q of s.quotes.filter(body).sort((a, b) => a.start - b.start)) add('quote', sentences.around(q));
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** How many passages each group gives: equal shares, the remainder by seed, shortfalls passed on. */
function quotas(n: number, available: Map<RatedStance, number>, r: Rng): Map<RatedStance, number> {
  const groups = shuffle(
    [...available].filter(([, k]) => k > 0).map(([g]) => g),
    r,
  );
  const out = new Map(groups.map((g) => [g, 0]));
  let left = n;
  // One passage at a time to each group that still has one, round after round: equal shares
  // while every group can give, the rest from those that can.
  while (left > 0) {
    let gave = false;
    for (const g of groups) {
      if (left === 0) break;
      if (out.get(g)! < available.get(g)!) {
        out.set(g, out.get(g)! + 1);
        left--;
        gave = true;
      }
    }
    if (!gave) break;
  }
  return out;
}

/** The exercise: passages drawn from the sources by the seed, shuffled, numbered and masked. */
export function buildBlindSet(sources: readonly BlindSource[], f: Pick<BlindFilter, 'seed' | 'n' | 'groups'>): BlindSet {
  const seed = seedNumber(f.seed ?? '');
  const byGroup = new Map<RatedStance, { source: BlindSource; candidates: Candidate[] }[]>();
  for (const stance of f.groups) {
    const own = sources.filter((s) => s.stance === stance);
    byGroup.set(
      stance,
      own.map((source) => ({ source, candidates: candidatePassages(source) })).filter((a) => a.candidates.length > 0),
    );
  }
  const available = new Map([...byGroup].map(([g, arts]) => [g, arts.reduce((k, a) => k + a.candidates.length, 0)]));
  const share = quotas(f.n, available, rng(seed, STREAM.quotas));

  const drawn: Omit<BlindItem, 'number' | 'segments'>[] = [];
  for (const [g, stance] of f.groups.entries()) {
    const quota = share.get(stance) ?? 0;
    const r = rng(seed, STREAM.passages, g);
    // Each article's remaining candidates by kind, so an article's first passage is as likely
    // to be its headline as one of its many sentences.
    const pools = (byGroup.get(stance) ?? []).map((a) => ({ source: a.source, left: a.candidates.slice(), taken: [] as Span[] }));
    let taken = 0;
    while (taken < quota && pools.some((p) => p.left.length > 0)) {
      for (const p of pools) {
        if (taken >= quota) break;
        const usable = p.left.filter((c) => !p.taken.some((t) => overlaps(t, c.span)));
        if (usable.length === 0) {
          p.left = [];
          continue;
        }
        const kinds = [...new Set(usable.map((c) => c.kind))];
        const kind = r.pick(kinds);
        const pick = r.pick(usable.filter((c) => c.kind === kind));
        p.left = p.left.filter((c) => c !== pick);
        p.taken.push(pick.span);
        drawn.push({ articleId: p.source.id, stance, kind: pick.kind, span: pick.span, clipped: pick.clipped, lang: p.source.language, text: pick.text });
        taken++;
      }
    }
  }

  const mask = outletMask(sources.flatMap((s) => s.outletNames));
  const items: BlindItem[] = shuffle(drawn, rng(seed, STREAM.order)).map((d, i) => ({ ...d, number: i + 1, segments: maskSegments(d.text, mask) }));
  return {
    code: setCode(items),
    items,
    groups: RATED_STANCES.filter((g) => (share.get(g) ?? 0) > 0),
  };
}

function setCode(items: readonly BlindItem[]): string {
  const h = seedNumber(items.map((i) => `${i.articleId}:${i.span.start}-${i.span.end}`).join('|'));
  return h.toString(36).toUpperCase().padStart(7, '0').slice(-4);
}

/**
 * What the class sees: the passage's kind and language and its text with each hidden name
 * removed (a masked segment keeps no text), nothing else.
 */
export function publicPassages(set: BlindSet): BlindPassage[] {
  return set.items.map((i) => ({
    number: i.number,
    kind: i.kind === 'headline' ? 'headline' : 'passage',
    lang: i.lang,
    clipped: i.clipped,
    segments: i.segments.map((s) => (s.masked ? { text: '', masked: true } : s)),
  }));
}

// ------------------------------------------------------------------------------------- masking

/** True when the whole name is a lexicon term (one of the group's names): it stays visible. */
export function isLexiconName(name: string): boolean {
  const n = name.trim();
  return matchTerms(n).some((h) => h.offsets.some((o) => o.start === 0 && o.end === n.length));
}

export function outletMask(names: readonly string[]): PhraseMatcher<true> | null {
  const phrases = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2 && !isLexiconName(n)))];
  if (phrases.length === 0) return null;
  return new PhraseMatcher(phrases.map((p) => ({ phrase: p, caseSensitive: isAcronym(p), payload: true as const })));
}

export function maskSegments(text: string, mask: PhraseMatcher<true> | null): MaskedSegment[] {
  if (!mask) return [{ text, masked: false }];
  const out: MaskedSegment[] = [];
  let pos = 0;
  for (const h of mask.findLongest(text)) {
    if (h.start > pos) out.push({ text: text.slice(pos, h.start), masked: false });
    out.push({ text: text.slice(h.start, h.end), masked: true });
    pos = h.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), masked: false });
  return out;
}

// ------------------------------------------------------------------------------------- reveal

/** An article drawn into the set, with everything the reveal shows (lib/queries/blind.ts: blindAnswers). */
export interface BlindAnswerSource {
  id: number;
  title: string;
  body: string;
  publishedAt: string | null;
  publisher: string;
  publisherSlug: string;
  via: string | null;
  /** The article's group: its outlet's, or a curator's override. */
  stance: RatedStance;
  terms: { term: string; offsets: number[] }[];
  claims: { start: number; end: number; label: string; kind: string; source: string | null }[];
  quotes: { start: number; end: number; entity: string; verb: string; quoted: boolean }[];
  /** The article's text-cue leaning (lib/analysis/stance-cues.ts), when analysed. */
  leaning: 'advocacy' | 'critical' | 'neutral' | null;
}

export interface TermCue {
  term: string;
  label: string;
  leaning: 'advocacy' | 'critical' | null;
  count: number;
  href: string;
}
export interface FigureCue {
  label: string;
  kind: string;
  source: string | null;
  href: string;
}
export interface QuoteCue {
  entity: string;
  verb: string;
  quoted: boolean;
  href: string;
}
export interface CueSet {
  terms: TermCue[];
  figures: FigureCue[];
  quotes: QuoteCue[];
}

export interface BlindAnswer {
  number: number;
  stance: RatedStance;
  mark: RatedStance | null;
  kind: PassageKind;
  /** The passage unmasked. */
  text: string;
  passageHref: string;
  articleId: number;
  title: string;
  publishedAt: string | null;
  publisher: string;
  publisherSlug: string;
  via: string | null;
  leaning: BlindAnswerSource['leaning'];
  /** Cues inside the passage. */
  here: CueSet;
  /** The article's other cues: its leaning terms, and the figures and sources elsewhere in it. */
  elsewhere: CueSet;
}

/** Cues listed per kind outside the passage. */
const ELSEWHERE = { terms: 5, figures: 3, quotes: 3 };

function cuesOf(src: BlindAnswerSource, inside: (s: Span) => boolean, opts: { leaningOnly: boolean; capped: boolean }): CueSet {
  const text = analysedText(src.title, src.body);
  const sentences = sentenceFinder(text);
  const link = (s: Span) => readerHref(src.id, sentences.around(s));
  const terms: TermCue[] = [];
  for (const t of src.terms) {
    const lex = TERMS_BY_ID.get(t.term);
    if (opts.leaningOnly && !lex?.leaning) continue;
    const spans: Span[] = [];
    for (let i = 0; i + 1 < t.offsets.length; i += 2) spans.push({ start: t.offsets[i]!, end: t.offsets[i + 1]! });
    const hits = spans.filter(inside);
    if (hits.length === 0) continue;
    terms.push({ term: t.term, label: lex?.label ?? t.term, leaning: lex?.leaning ?? null, count: hits.length, href: link(hits[0]!) });
  }
  // Leaning terms first (they are the cue), then by how often the text uses them.
  terms.sort((a, b) => Number(!!b.leaning) - Number(!!a.leaning) || b.count - a.count || a.label.localeCompare(b.label));
  const figures = src.claims.filter(inside).map((c) => ({ label: c.label, kind: c.kind, source: c.source, href: link(c) }));
  const seen = new Set<string>();
  const quotes = src.quotes.filter(inside).flatMap((q) => {
    if (seen.has(q.entity)) return [];
    seen.add(q.entity);
    return [{ entity: q.entity, verb: q.verb, quoted: q.quoted, href: link(q) }];
  });
  if (!opts.capped) return { terms, figures, quotes };
  return { terms: terms.slice(0, ELSEWHERE.terms), figures: figures.slice(0, ELSEWHERE.figures), quotes: quotes.slice(0, ELSEWHERE.quotes) };
}

/** The answers: each passage's group, outlet and article, and the cues in and around it. */
export function revealSet(set: BlindSet, sources: readonly BlindAnswerSource[], marks: Record<number, RatedStance>): BlindAnswer[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return set.items.flatMap((item) => {
    const src = byId.get(item.articleId);
    if (!src) return [];
    const inPassage = (s: Span) => s.start >= item.span.start && s.end <= item.span.end;
    return [
      {
        number: item.number,
        stance: item.stance,
        mark: marks[item.number] ?? null,
        kind: item.kind,
        text: item.text,
        passageHref: item.kind === 'headline' ? readerHref(src.id) : readerHref(src.id, item.span),
        articleId: src.id,
        title: src.title,
        publishedAt: src.publishedAt,
        publisher: src.publisher,
        publisherSlug: src.publisherSlug,
        via: src.via,
        leaning: src.leaning,
        here: cuesOf(src, inPassage, { leaningOnly: false, capped: false }),
        elsewhere: cuesOf(src, (s) => !overlaps(s, item.span), { leaningOnly: true, capped: true }),
      },
    ];
  });
}

export interface BlindScore {
  marked: number;
  matching: number;
  total: number;
  /** Per group: passages, marked, matching. */
  byGroup: { stance: RatedStance; passages: number; marked: number; matching: number }[];
}

export function scoreMarks(answers: readonly BlindAnswer[]): BlindScore {
  const byGroup = RATED_STANCES.map((stance) => {
    const own = answers.filter((a) => a.stance === stance);
    return { stance, passages: own.length, marked: own.filter((a) => a.mark).length, matching: own.filter((a) => a.mark === stance).length };
  }).filter((g) => g.passages > 0);
  return {
    marked: answers.filter((a) => a.mark).length,
    matching: answers.filter((a) => a.mark === a.stance).length,
    total: answers.length,
    byGroup,
  };
}
