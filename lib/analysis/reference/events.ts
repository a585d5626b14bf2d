// Event matching: which catalogued events a text covers ('about') or touches ('mention'), with
// the signals that decided each link.
//
// 1. Cues. The text is tokenised (lib/analysis/event-tokens.ts: inflections, name spellings)
//    and every event's cues are found in one pass: strong cues (names of the event), support
//    cues (its vocabulary), required cues, and patterns — word families that must meet within a
//    few words ("removed/taken off/delisted" near "terror list/FTO list"). Per paragraph an event
//    passes as before: a strong cue, a pattern, or enough distinct support cues inside its date
//    rules, with its required cues present.
// 2. Signals. Each event with any cue in the text becomes a candidate described by a handful of
//    numbers in 0..1 (FEATURES): where it passes (title, lead, how many paragraphs, how much of
//    the text), how strong the cues are, the article's date against the event's dates, whether
//    the text names the event's years, the text's similarity to the event's own description, and
//    to articles curators confirmed for the event (EventExamples), and how it ranks against the
//    article's other candidates.
// 3. One calibrated score. Two small logistic models whose weights are data
//    (data/event-model.json, fitted on the tune half of the development set by `npm run eval --
//    --fit`) turn the signals into the probability of a link (score; linked at ≥ threshold) and
//    of the 'about' role. Every signal's contribution is kept as the link's explanation.
import { z } from 'zod';
import eventModelData from '@/data/event-model.json';
import { CATALOG, type Catalog, type CatalogEvent, type CuePayload } from './catalog';
import { cosine, countTokens, termCounts, type EventExamples } from './event-similarity';
import { tokenizeForEvents, type TokenHit } from './event-tokens';
import { gregorianYearsInPersian, hasArabicScript } from './persian';
import { withoutOtherEditions } from '../other-edition';
import { splitParagraphs, splitSentences, wordsPerSpan, type Span } from './tokenize';

export type { EventExamples } from './event-similarity';

export interface EventEvidence extends Span {
  text: string;
  cues: string[];
}

/** One signal of a link: what it measured and how much it moved the score (log-odds). */
export interface LinkSignal {
  key: FeatureName;
  /** Plain-language reading of the signal, with the cues or figures behind it. */
  label: string;
  value: number;
  contribution: number;
  /** Set when this signal alone decided the link (a near copy of a curator-confirmed article). */
  decisive?: boolean;
}

export interface EventMatch {
  slug: string;
  /** 0..1: the model's probability that the article covers or mentions the event. */
  score: number;
  method: 'cue' | 'similarity' | 'manual';
  role: 'about' | 'mention';
  evidence: EventEvidence[];
  /** Why: the signals that fired, strongest first. */
  signals: LinkSignal[];
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
  /** How much of publishedAt is known: a month-precision date (2019-11-01) may be any day of November. */
  datePrecision?: 'day' | 'month' | 'year' | 'unknown';
  catalog?: Catalog;
  /** Curator-confirmed articles per event slug (term vectors). */
  examples?: EventExamples;
  /** Another model (the fitting step tries its own). */
  model?: EventModel;
  /** Precomputed by the caller to avoid splitting twice. */
  paragraphs?: Span[];
  sentences?: Span[];
}

export const FEATURES = [
  'passes',
  'title',
  'lead',
  'paragraphs',
  'coverage',
  'early',
  'named',
  'strong',
  'pattern',
  'support',
  'required',
  'inWindow',
  'beforeEvent',
  'year',
  'description',
  'examples',
  'top',
  'share',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number>;

export interface LogisticModel {
  bias: number;
  weights: Record<FeatureName, number>;
}

export interface EventModel {
  version: string;
  /** Link when P(link) ≥ threshold. */
  threshold: number;
  link: LogisticModel;
  role: LogisticModel;
}

const Weights = z
  .record(z.string(), z.number())
  .transform((w) => Object.fromEntries(FEATURES.map((k) => [k, w[k] ?? 0])) as Record<FeatureName, number>);
const Logistic = z.object({ bias: z.number(), weights: Weights });
export const EventModelSchema = z.object({
  version: z.string().min(1),
  threshold: z.number().gt(0).lt(1),
  link: Logistic,
  role: Logistic,
});

/** The fitted weights (data/event-model.json); a signal the file does not weigh counts 0. */
export const EVENT_MODEL: EventModel = EventModelSchema.parse(eventModelData);

/** About when P(about | linked) ≥ this. */
export const ABOUT_THRESHOLD = 0.5;
/** The lead is the first body paragraph of at least this many words (skips by-lines, datelines). */
const LEAD_MIN_WORDS = 15;
const MAX_EVIDENCE = 6;
/** A candidate's text similarity saturates here (cosines of related news texts rarely pass 0.4). */
const DESCRIPTION_FULL = 0.25;
const EXAMPLE_FULL = 0.5;
/** Likeness to a confirmed example at which an event the text does not name becomes a candidate. */
const EXAMPLE_CANDIDATE = 0.3;
/**
 * Likeness to a confirmed example that links on its own. On the tune half, each article against
 * the others' labelled links (leave-one-out), a nearest example at cosine ≥ 0.5 was a true link
 * 10 times out of 10 (≥ 0.4: 26 of 28); the score given is that rate, smoothed: (10+1)/(10+2).
 */
export const EXAMPLE_LINK = 0.5;
const EXAMPLE_LINK_SCORE = 0.917;

interface ParaState {
  strong: Set<string>;
  support: Set<string>;
  require: boolean;
  /** Per pattern, per word family: token positions of its hits. */
  frameHits: Map<number, Map<number, number[]>>;
  frames: Set<number>;
  hits: Array<{ start: number; end: number; cue: string; key: string; from: number; frame?: number }>;
}

export interface EventCandidate {
  event: CatalogEvent;
  features: FeatureVector;
  /** The evidence passages, built only for the candidates that are linked. */
  evidence: () => { evidence: EventEvidence[]; passages: EventMatchDetail['passages'] };
  /** Names behind the signals, for their labels. */
  why: { strong: string[]; patterns: string[]; support: string[]; exampleCount: number; similarity: number; exampleSimilarity: number };
}

export function matchEvents(text: string, opts: MatchEventsOptions = {}): EventMatch[] {
  return matchEventsDetailed(text, opts).map(({ passages: _p, ...m }) => m);
}

export function matchEventsDetailed(text: string, opts: MatchEventsOptions = {}): EventMatchDetail[] {
  const model = opts.model ?? EVENT_MODEL;
  const out: EventMatchDetail[] = [];
  for (const c of eventCandidates(text, opts)) {
    const link = predict(model.link, c.features);
    // A text this close to an article a curator linked to the event is linked too, whatever its
    // cues: the curator's judgement carries over to near neighbours (see EXAMPLE_LINK).
    const byExample = c.why.exampleSimilarity >= EXAMPLE_LINK;
    if (link.p < model.threshold && !byExample) continue;
    const role = predict(model.role, c.features);
    const signals = explain(c, link.contributions);
    const shown = c.evidence();
    if (byExample) {
      signals.unshift({
        key: 'examples',
        label: `as close to an article curators linked to this event as articles of the same event are to each other (cosine ${c.why.exampleSimilarity.toFixed(2)})`,
        value: round3(c.features.examples),
        contribution: 0,
        decisive: link.p < model.threshold,
      });
    }
    out.push({
      slug: c.event.slug,
      score: round3(byExample ? Math.max(link.p, EXAMPLE_LINK_SCORE) : link.p),
      // A link that stands on likeness alone, with no paragraph meeting the cue rule.
      method: c.features.passes > 0 ? 'cue' : 'similarity',
      role: role.p >= ABOUT_THRESHOLD ? 'about' : 'mention',
      evidence: selectEvidence(shown.evidence),
      signals: signals.filter((x, i) => !(x.key === 'examples' && i > 0 && byExample)),
      passages: shown.passages,
    });
  }
  backgroundAsMention(out, opts.catalog ?? CATALOG);
  return out.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

// A report of the Nouri trial recounts the 1988 executions it tried; every labelled set has the
// trial's reports mention the executions, none cover them (0 of 55 rows, English and Persian).
// So an event the catalog lists as another's background is at most mentioned where that other
// event is the subject; its link and score stay.
function backgroundAsMention(out: Array<{ slug: string; role: 'about' | 'mention' }>, catalog: Catalog): void {
  const demoted = new Set<string>();
  for (const m of out) if (m.role === 'about') for (const b of catalog.bySlug.get(m.slug)?.background ?? []) demoted.add(b);
  if (demoted.size === 0) return;
  for (const m of out) if (demoted.has(m.slug)) m.role = 'mention';
}

/** The candidates and their signals, before any model: what the fitting step learns from. */
export function eventCandidates(text: string, opts: MatchEventsOptions = {}): EventCandidate[] {
  const catalog = opts.catalog ?? CATALOG;
  const titleLength = opts.titleLength ?? 0;
  const published = dateRange(opts.publishedAt ?? null, opts.datePrecision);
  const paragraphs = opts.paragraphs ?? splitParagraphs(text);
  if (paragraphs.length === 0) return [];
  const sentences = opts.sentences ?? splitSentences(text);

  const tokens = tokenizeForEvents(text, catalog.variants);
  const found = catalog.index.findAll(tokens);
  if (found.length === 0) return [];
  const hits = withoutOtherEditions(found, text, (i) => tokens[i] ?? null, catalog.events);

  // state[event][paragraph]
  const state = new Map<number, Map<number, ParaState>>();
  const articleRequire = new Set<number>();
  for (const hit of hits) {
    const p = indexOfSpan(paragraphs, hit.start);
    if (p < 0) continue;
    for (const payload of hit.payloads) {
      if (payload.event < 0) continue;
      record(state, payload, p, hit);
      if (payload.kind === 'require') articleRequire.add(payload.event);
    }
  }

  const paraWords = wordsPerSpan(text, paragraphs);
  const isTitle = paragraphs.map((s) => s.start < titleLength);
  // Importers often use the first sentence as the title when there is none; the paragraph that
  // repeats it is not a separate lead.
  const titleStem = stem(text.slice(0, titleLength));
  let bodyWords = 0;
  let lead = -1;
  /** Body words before each paragraph: where in the text an event first comes up. */
  const wordsBefore: number[] = [];
  paragraphs.forEach((span, i) => {
    wordsBefore[i] = bodyWords;
    if (isTitle[i]) return;
    bodyWords += paraWords[i] ?? 0;
    if (lead >= 0 || (paraWords[i] ?? 0) < LEAD_MIN_WORDS) return;
    const repeatsTitle = titleStem.length > 0 && stem(text.slice(span.start, span.start + titleLength + 20)).startsWith(titleStem);
    if (!repeatsTitle) lead = i;
  });

  // Similarity to the events' own words and to curator-confirmed examples.
  const counts = countTokens(tokens);
  const articleVector = catalog.profiles.articleVector(counts);
  const plainVector = opts.examples && opts.examples.size > 0 ? articleVector : null;
  const years = yearsIn(text);

  const raw: Array<Omit<EventCandidate, 'features'> & { f: Omit<FeatureVector, 'top' | 'share'>; words: number }> = [];
  for (const [eventIndex, byPara] of state) {
    const ev = catalog.events[eventIndex];
    if (!ev) continue;
    const hasRequire = !ev.hasRequire || articleRequire.has(eventIndex);
    const strong = new Set<string>();
    const support = new Set<string>();
    const patterns = new Set<number>();
    for (const st of byPara.values()) {
      resolveFrames(ev, st);
      if (!requireHolds(ev, st, articleRequire.has(eventIndex))) continue;
      for (const k of st.strong) strong.add(k);
      for (const k of st.support) support.add(k);
      for (const f of st.frames) patterns.add(f);
    }
    if (strong.size === 0 && patterns.size === 0 && support.size < 2) continue;

    const passing: number[] = [];
    for (const [p, st] of byPara) {
      if (!paragraphPasses(ev, st, articleRequire.has(eventIndex), published)) continue;
      // Support cues alone in a paragraph (or, with no year of its own, a text) that names only
      // years before the event's: it tells of an earlier time. Not for an event with a background.
      if (st.strong.size === 0 && st.frames.size === 0 && ev.years.length > 0 && ev.background.length === 0) {
        const own = yearsIn(text.slice(paragraphs[p]!.start, paragraphs[p]!.end));
        const named = own.size > 0 ? own : years;
        if (named.size > 0 && [...named].every((y) => y < ev.years[0]!)) continue;
      }
      passing.push(p);
    }
    passing.sort((a, b) => a - b);

    let titlePass = false;
    let leadPass = false;
    let bodyPassing = 0;
    let matchedWords = 0;
    for (const p of passing) {
      if (isTitle[p]) titlePass = true;
      else {
        matchedWords += paraWords[p] ?? 0;
        bodyPassing++;
        if (p === lead) leadPass = true;
      }
    }
    // Evidence: the passing paragraphs; when none passes, the paragraphs with the most cues.
    const evidence = () => {
      const shown = passing.length > 0 ? passing : [...byPara.keys()].sort((a, b) => cueCount(byPara.get(b)!) - cueCount(byPara.get(a)!) || a - b).slice(0, 2);
      const out: ReturnType<EventCandidate['evidence']> = { evidence: [], passages: [] };
      for (const p of [...shown].sort((a, b) => a - b)) {
        const st = byPara.get(p);
        const span = paragraphs[p];
        if (!st || !span) continue;
        const e = evidenceFor(text, span, sentences, st);
        if (e) {
          out.evidence.push(e);
          out.passages.push({ start: e.start, end: e.end, cues: cueCount(st), paragraph: span });
        }
      }
      return out;
    };
    const coverage = bodyWords > 0 ? matchedWords / bodyWords : 0;
    const firstBody = passing.find((p) => !isTitle[p]);
    const early = titlePass ? 1 : firstBody !== undefined && bodyWords > 0 ? 1 - (wordsBefore[firstBody] ?? 0) / bodyWords : 0;
    const similarity = cosine(articleVector, catalog.profiles.vectors[eventIndex] ?? new Map());
    const examples = opts.examples?.get(ev.slug) ?? [];
    let exampleSimilarity = 0;
    if (plainVector) for (const ex of examples) exampleSimilarity = Math.max(exampleSimilarity, cosine(plainVector, ex));
    const inWindow = published !== null && insideWindow(ev, published);
    raw.push({
      event: ev,
      evidence,
      words: matchedWords + (titlePass ? 1 : 0),
      why: {
        strong: [...strong],
        patterns: [...patterns].map((f) => ev.frames[f]?.name ?? ''),
        support: [...support],
        exampleCount: examples.length,
        similarity,
        exampleSimilarity,
      },
      f: {
        passes: passing.length > 0 ? 1 : 0,
        title: titlePass ? 1 : 0,
        lead: leadPass ? 1 : 0,
        paragraphs: Math.min(1, bodyPassing / 3),
        coverage: Math.min(1, coverage / 0.5),
        early,
        named: strong.size > 0 ? 1 : 0,
        strong: Math.min(1, strong.size / 2),
        pattern: Math.min(1, patterns.size),
        support: Math.min(1, support.size / 4),
        required: hasRequire ? 1 : 0,
        inWindow: inWindow ? 1 : 0,
        beforeEvent: published !== null && ev.dateStart !== null && published.latest < ev.dateStart ? 1 : 0,
        year: ev.years.some((y) => years.has(y)) ? 1 : 0,
        description: Math.min(1, similarity / DESCRIPTION_FULL),
        examples: Math.min(1, exampleSimilarity / EXAMPLE_FULL),
      },
    });
  }
  // Events the text names nowhere but that curators linked to texts like this one: candidates on
  // the strength of that likeness alone (their cue signals are all 0).
  if (plainVector && opts.examples) {
    const seen = new Set(raw.map((r) => r.event.slug));
    for (const [slug, examples] of opts.examples) {
      const ev = catalog.bySlug.get(slug);
      if (!ev || seen.has(slug) || examples.length === 0) continue;
      let best = 0;
      for (const ex of examples) best = Math.max(best, cosine(plainVector, ex));
      if (best < EXAMPLE_CANDIDATE) continue;
      const similarity = cosine(articleVector, catalog.profiles.vectors[ev.index] ?? new Map());
      raw.push({
        event: ev,
        evidence: () => ({ evidence: [], passages: [] }),
        words: 0,
        why: { strong: [], patterns: [], support: [], exampleCount: examples.length, similarity, exampleSimilarity: best },
        f: {
          passes: 0, title: 0, lead: 0, paragraphs: 0, coverage: 0, early: 0, named: 0, strong: 0, pattern: 0, support: 0,
          required: 0,
          inWindow: published !== null && insideWindow(ev, published) ? 1 : 0,
          beforeEvent: published !== null && ev.dateStart !== null && published.latest < ev.dateStart ? 1 : 0,
          year: ev.years.some((y) => years.has(y)) ? 1 : 0,
          description: Math.min(1, similarity / DESCRIPTION_FULL),
          examples: Math.min(1, best / EXAMPLE_FULL),
        },
      });
    }
  }
  const bestWords = Math.max(0, ...raw.map((r) => r.words));
  return raw.map(({ f, words, ...rest }) => ({
    ...rest,
    features: { ...f, top: bestWords > 0 && words === bestWords ? 1 : 0, share: bestWords > 0 ? words / bestWords : 0 },
  }));
}

/** The vector of an article as curators' examples store it (same weighting as the live side). */
export function articleExampleVector(text: string, catalog: Catalog = CATALOG) {
  return catalog.profiles.articleVector(termCounts(text, catalog.variants));
}

export function predict(m: LogisticModel, x: FeatureVector): { p: number; contributions: Record<FeatureName, number> } {
  let z = m.bias;
  const contributions = {} as Record<FeatureName, number>;
  for (const k of FEATURES) {
    const c = (m.weights[k] ?? 0) * x[k];
    contributions[k] = c;
    z += c;
  }
  return { p: 1 / (1 + Math.exp(-z)), contributions };
}

function explain(c: EventCandidate, contributions: Record<FeatureName, number>): LinkSignal[] {
  const f = c.features;
  const list = (xs: string[]) => xs.slice(0, 4).join(', ');
  const label: Record<FeatureName, string> = {
    passes: 'a paragraph meets the event’s cue rule',
    title: 'the title names the event',
    lead: 'the lead paragraph names the event',
    paragraphs: `${Math.round(f.paragraphs * 3)}${f.paragraphs >= 1 ? '+' : ''} body paragraphs name the event`,
    coverage: `${Math.round(f.coverage * 50)}%${f.coverage >= 1 ? '+' : ''} of the text is in those paragraphs`,
    early: f.early >= 1 ? 'comes up at the start of the text' : `first comes up ${Math.round((1 - f.early) * 100)}% into the text`,
    named: `names the event: ${list(c.why.strong)}`,
    strong: `${c.why.strong.length} distinct names of the event`,
    pattern: `pattern: ${list(c.why.patterns)}`,
    support: `event vocabulary: ${list(c.why.support)}`,
    required: 'the group or place the event needs is named',
    inWindow: 'published while the event was news',
    beforeEvent: 'published before the event began',
    year: `names the year (${c.event.years.join('/')})`,
    description: `wording close to the event’s description (cosine ${c.why.similarity.toFixed(2)})`,
    examples: `close to ${c.why.exampleCount} article(s) curators linked to it (cosine ${c.why.exampleSimilarity.toFixed(2)})`,
    top: 'the event the text says most about',
    share: 'share of the text compared with the article’s main event',
  };
  return FEATURES.filter((k) => f[k] > 0 && Math.abs(contributions[k]) >= 0.05)
    .map((k) => ({ key: k, label: label[k], value: round3(f[k]), contribution: round3(contributions[k]) }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}

function record(state: Map<number, Map<number, ParaState>>, payload: CuePayload, p: number, hit: TokenHit<CuePayload>): void {
  let byPara = state.get(payload.event);
  if (!byPara) state.set(payload.event, (byPara = new Map()));
  let st = byPara.get(p);
  if (!st) byPara.set(p, (st = { strong: new Set(), support: new Set(), require: false, frameHits: new Map(), frames: new Set(), hits: [] }));
  if (payload.kind === 'require') {
    st.require = true;
    return;
  }
  if (payload.kind === 'frame') {
    const f = payload.frame ?? 0;
    let fams = st.frameHits.get(f);
    if (!fams) st.frameHits.set(f, (fams = new Map()));
    const list = fams.get(payload.family ?? 0) ?? [];
    list.push(hit.from);
    fams.set(payload.family ?? 0, list);
    st.hits.push({ start: hit.start, end: hit.end, cue: payload.cue, key: `~${hit.key}`, from: hit.from, frame: f });
    return;
  }
  if (payload.kind === 'strong') st.strong.add(hit.key);
  else if (payload.kind === 'support') st.support.add(payload.alike ?? hit.key);
  else return;
  st.hits.push({ start: hit.start, end: hit.end, cue: payload.cue, key: hit.key, from: hit.from });
}

// A pattern fires where a hit of its first word family has a hit of every other family within
// `within` tokens. Only the words that took part in a firing are evidence.
function resolveFrames(ev: CatalogEvent, st: ParaState): void {
  const used = new Set<string>();
  for (const [f, fams] of st.frameHits) {
    const frame = ev.frames[f];
    if (!frame || fams.size < frame.families) continue;
    for (const pos of fams.get(0) ?? []) {
      const near: number[][] = [];
      for (let fam = 1; fam < frame.families; fam++) near.push((fams.get(fam) ?? []).filter((q) => Math.abs(q - pos) <= frame.within));
      if (near.some((list) => list.length === 0)) continue;
      st.frames.add(f);
      for (const q of [pos, ...near.flat()]) used.add(`${f}:${q}`);
    }
  }
  st.hits = st.hits.filter((h) => h.frame === undefined || used.has(`${h.frame}:${h.from}`));
}

function requireHolds(ev: CatalogEvent, st: ParaState, articleRequire: boolean): boolean {
  return !ev.hasRequire || (ev.requireScope === 'article' ? articleRequire : st.require);
}

/** The days a publication date may stand for, given its precision. */
interface DateRange {
  earliest: string;
  latest: string;
}

function dateRange(date: string | null, precision: MatchEventsOptions['datePrecision']): DateRange | null {
  if (!date || precision === 'unknown') return null;
  if (precision === 'month') return { earliest: date, latest: `${date.slice(0, 7)}-31` };
  if (precision === 'year') return { earliest: date, latest: `${date.slice(0, 4)}-12-31` };
  return { earliest: date, latest: date };
}

/** Years as written (1988) and Solar years as Persian text writes them (۱۳۶۷, سال ۶۷, آبان ۹۸). */
function yearsIn(text: string): Set<string> {
  return new Set([...(text.match(/(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu) ?? []), ...(hasArabicScript(text) ? gregorianYearsInPersian(text) : [])]);
}

function paragraphPasses(ev: CatalogEvent, st: ParaState, articleRequire: boolean, published: DateRange | null): boolean {
  if (!requireHolds(ev, st, articleRequire)) return false;
  if (st.strong.size > 0 || st.frames.size > 0) return true;
  // A text cannot report an event before it happened, and for events with generic support cues
  // ("protesters", "2019") the date is what tells them apart: an undated text must then show one
  // more distinct cue.
  if (published !== null && ev.dateStart !== null && published.latest < ev.dateStart) return false;
  if (ev.window) {
    if (published === null) return st.support.size >= ev.minSupport + 1;
    if (published.latest < ev.window.from || (ev.window.to !== null && published.earliest > ev.window.to)) return false;
  }
  return st.support.size >= ev.minSupport;
}

function insideWindow(ev: CatalogEvent, published: DateRange): boolean {
  if (ev.window) return published.latest >= ev.window.from && (ev.window.to === null || published.earliest <= ev.window.to);
  if (!ev.dateStart) return false;
  // News of a dated event: from its start to a year after its end.
  const end = ev.dateEnd ?? ev.dateStart;
  const until = `${Number(end.slice(0, 4)) + 1}${end.slice(4)}`;
  return published.latest >= ev.dateStart && published.earliest <= until;
}

function cueCount(st: ParaState): number {
  return st.strong.size + st.support.size + st.frames.size;
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

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function eventBySlug(slug: string, catalog: Catalog = CATALOG): CatalogEvent | undefined {
  return catalog.bySlug.get(slug);
}
