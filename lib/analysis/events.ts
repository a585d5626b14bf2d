// Event matching: which catalogued events a text covers ('about') or touches ('mention').
//
// The text is cut into paragraphs and each paragraph is tested against each event's cues (see
// data/events.json for the rule). An article that passes in at least one paragraph is matched;
// its score blends where, how much and how often it talks about the event:
//   0.30 × title passes
// + 0.20 × lead paragraph passes (first body paragraph of 15+ words that is not the title again)
// + 0.30 × min(1, coverage / 0.4)
// + 0.20 × min(1, (passing body paragraphs − 1) / 3)
// where coverage averages the share of body words in passing paragraphs and the share in the
// cue-bearing sentences of those paragraphs (the second keeps a one-paragraph item that only
// names the event in passing from counting as full coverage), and the last term rewards an
// event that keeps coming back through the text. Score ≥ ABOUT_THRESHOLD → 'about'.
import { CATALOG, type Catalog, type CatalogEvent, type CuePayload } from './catalog';
import { countWords, splitParagraphs, splitSentences, wordsPerSpan, type Span } from './tokenize';

export interface EventEvidence extends Span {
  text: string;
  cues: string[];
}

export interface EventMatch {
  slug: string;
  /** 0..1 */
  score: number;
  method: 'cue' | 'similarity' | 'manual';
  role: 'about' | 'mention';
  evidence: EventEvidence[];
}

export interface EventMatchDetail extends EventMatch {
  /**
   * Every evidence passage (not only the ones kept for display) with the number of distinct
   * cues in its paragraph; claims.ts places figures with it.
   */
  passages: Array<Span & { cues: number; paragraph: Span }>;
}

export interface MatchEventsOptions {
  /** Characters at the start of the text that are the title (text = title + "\n\n" + body). */
  titleLength?: number;
  publishedAt?: string | null;
  catalog?: Catalog;
  /** Precomputed by the caller to avoid splitting twice. */
  paragraphs?: Span[];
  sentences?: Span[];
}

export const ABOUT_THRESHOLD = 0.45;
const TITLE_WEIGHT = 0.3;
const LEAD_WEIGHT = 0.2;
const COVERAGE_WEIGHT = 0.3;
const REPEAT_WEIGHT = 0.2;
/** Coverage at which the coverage term saturates. */
const COVERAGE_FULL = 0.4;
/** Extra passing paragraphs (beyond the first) at which the repeat term saturates. */
const REPEAT_FULL = 3;
/** The lead is the first body paragraph of at least this many words (skips by-lines, datelines). */
const LEAD_MIN_WORDS = 15;
const MAX_EVIDENCE = 6;

interface ParaState {
  strong: Set<string>;
  support: Set<string>;
  require: boolean;
  hits: Array<{ start: number; end: number; cue: string; key: string }>;
}

export function matchEvents(text: string, opts: MatchEventsOptions = {}): EventMatch[] {
  return matchEventsDetailed(text, opts).map(({ passages: _p, ...m }) => m);
}

export function matchEventsDetailed(text: string, opts: MatchEventsOptions = {}): EventMatchDetail[] {
  const catalog = opts.catalog ?? CATALOG;
  const titleLength = opts.titleLength ?? 0;
  const published = opts.publishedAt ?? null;
  const paragraphs = opts.paragraphs ?? splitParagraphs(text);
  if (paragraphs.length === 0) return [];
  const sentences = opts.sentences ?? splitSentences(text);

  const hits = catalog.matcher.findAll(text);
  if (hits.length === 0) return [];

  // state[event][paragraph]
  const state = new Map<number, Map<number, ParaState>>();
  const articleRequire = new Set<number>();
  for (const hit of hits) {
    const p = indexOfSpan(paragraphs, hit.start);
    if (p < 0) continue;
    for (const payload of hit.payloads) record(state, payload, p, hit);
    for (const payload of hit.payloads) if (payload.kind === 'require') articleRequire.add(payload.event);
  }

  const paraWords = wordsPerSpan(text, paragraphs);
  const isTitle = paragraphs.map((s) => s.start < titleLength);
  // Importers often use the first sentence as the title when there is none; the paragraph that
  // repeats it is not a separate lead.
  const titleStem = stem(text.slice(0, titleLength));
  let bodyWords = 0;
  let lead = -1;
  paragraphs.forEach((span, i) => {
    if (isTitle[i]) return;
    bodyWords += paraWords[i] ?? 0;
    if (lead >= 0 || (paraWords[i] ?? 0) < LEAD_MIN_WORDS) return;
    const repeatsTitle = titleStem.length > 0 && stem(text.slice(span.start, span.start + titleLength + 20)).startsWith(titleStem);
    if (!repeatsTitle) lead = i;
  });

  const out: EventMatchDetail[] = [];
  for (const [eventIndex, byPara] of state) {
    const ev = catalog.events[eventIndex];
    if (!ev) continue;
    const passing: number[] = [];
    for (const [p, st] of byPara) {
      if (paragraphPasses(ev, st, articleRequire.has(eventIndex), published)) passing.push(p);
    }
    if (passing.length === 0) continue;
    passing.sort((a, b) => a - b);

    let titlePass = false;
    let leadPass = false;
    let bodyPassing = 0;
    let matchedWords = 0;
    let cueSentenceWords = 0;
    const evidence: EventEvidence[] = [];
    const passages: EventMatchDetail['passages'] = [];
    for (const p of passing) {
      const st = byPara.get(p);
      const span = paragraphs[p];
      if (!st || !span) continue;
      if (isTitle[p]) {
        titlePass = true;
      } else {
        matchedWords += paraWords[p] ?? 0;
        bodyPassing++;
        if (p === lead) leadPass = true;
      }
      const ev2 = evidenceFor(text, span, sentences, st);
      if (ev2) {
        if (!isTitle[p]) cueSentenceWords += countWords(ev2.text);
        evidence.push(ev2);
        passages.push({ start: ev2.start, end: ev2.end, cues: st.strong.size + st.support.size, paragraph: span });
      }
    }
    const coverage = bodyWords > 0 ? (matchedWords / bodyWords + cueSentenceWords / bodyWords) / 2 : 0;
    const score = clamp01(
      TITLE_WEIGHT * (titlePass ? 1 : 0) +
        LEAD_WEIGHT * (leadPass ? 1 : 0) +
        COVERAGE_WEIGHT * Math.min(1, coverage / COVERAGE_FULL) +
        REPEAT_WEIGHT * Math.min(1, Math.max(0, bodyPassing - 1) / REPEAT_FULL),
    );
    out.push({
      slug: ev.slug,
      score: round3(score),
      method: 'cue',
      role: score >= ABOUT_THRESHOLD ? 'about' : 'mention',
      evidence: selectEvidence(evidence),
      passages,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

function record(
  state: Map<number, Map<number, ParaState>>,
  payload: CuePayload,
  p: number,
  hit: { start: number; end: number; key: string },
): void {
  let byPara = state.get(payload.event);
  if (!byPara) state.set(payload.event, (byPara = new Map()));
  let st = byPara.get(p);
  if (!st) byPara.set(p, (st = { strong: new Set(), support: new Set(), require: false, hits: [] }));
  if (payload.kind === 'require') {
    st.require = true;
    return;
  }
  (payload.kind === 'strong' ? st.strong : st.support).add(hit.key);
  st.hits.push({ start: hit.start, end: hit.end, cue: payload.cue, key: hit.key });
}

function paragraphPasses(ev: CatalogEvent, st: ParaState, articleRequire: boolean, published: string | null): boolean {
  if (ev.hasRequire && !(ev.requireScope === 'article' ? articleRequire : st.require)) return false;
  if (st.strong.size > 0) return true;
  // A text cannot report an event before it happened, and for events with generic support cues
  // ("protesters", "2019") the date is what tells them apart: an undated text must then show one
  // more distinct cue.
  if (published !== null && ev.dateStart !== null && published < ev.dateStart) return false;
  if (ev.window) {
    if (published === null) return st.support.size >= ev.minSupport + 1;
    if (published < ev.window.from || (ev.window.to !== null && published > ev.window.to)) return false;
  }
  return st.support.size >= ev.minSupport;
}

// The sentences of the paragraph that carry cues, as one passage from the first to the last.
function evidenceFor(text: string, para: Span, sentences: Span[], st: ParaState): EventEvidence | null {
  if (st.hits.length === 0) return null;
  let start = para.end;
  let end = para.start;
  for (const h of st.hits) {
    const s = sentences[indexOfSpan(sentences, h.start)];
    const sp = s && s.start >= para.start && s.end <= para.end ? s : para;
    start = Math.min(start, sp.start);
    end = Math.max(end, sp.end);
  }
  // One name per phrase key ("six US citizens" and "six U.S. citizens" are the same cue), and
  // none for a cue inside a longer one ("1988" inside "1988 massacre").
  const byKey = new Map<string, string>();
  for (const h of st.hits) {
    const inside = st.hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
    if (!inside && !byKey.has(h.key)) byKey.set(h.key, h.cue);
  }
  const cues = [...byKey.values()];
  return { start, end, text: text.slice(start, end), cues };
}

// Strongest passages first for display, but never more than MAX_EVIDENCE; returned in text order.
function selectEvidence(all: EventEvidence[]): EventEvidence[] {
  if (all.length <= MAX_EVIDENCE) return all;
  return all
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.cues.length - a.e.cues.length || a.i - b.i)
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.e);
}

/** Index of the span containing offset `pos` (spans sorted, non-overlapping), or -1. */
export function indexOfSpan(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// Letters and digits only, lower-cased: compares a title with a paragraph that starts with a
// bullet or ends where the title was cut with "…".
function stem(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function eventBySlug(slug: string, catalog: Catalog = CATALOG): CatalogEvent | undefined {
  return catalog.bySlug.get(slug);
}
