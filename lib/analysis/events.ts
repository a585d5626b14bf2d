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
import { cosine, termCounts, termVectorOf, type EventExamples } from './event-similarity';
import { eventTokens, type TokenHit } from './event-tokens';
import { withoutOtherEditions } from './other-edition';
import { gregorianYearsInPersian, hasArabicScript } from './persian';
import type { TokenStream } from './token-stream';
import { letterStem, splitParagraphs, splitSentences, stemStartsWith, wordsPerSpan, type Span } from './tokenize';

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
  /** The text's token stream, when the caller has read it already. */
  stream?: TokenStream;
  /** The text is normalizeForAnalysis output: Persian folding would leave it as it is. */
  folded?: boolean;
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
  /** Pattern words' hits as (pattern, word family, token position) triples, in text order; null: none. */
  frameHits: number[] | null;
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
// The Assadi trial and the 2018 plot it tried are the same case: 21 rows about the trial mention
// the plot and none is about both (every set to fa-test13 and en-test2, counted from the labels).
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

  const tokens = eventTokens(text, catalog.variants, opts.stream);
  const found = catalog.index.findAllTokens(tokens);
  if (found.length === 0) return [];
  const hits = withoutOtherEditions(found, text, (i) => (i < tokens.length ? { start: tokens.start[i]!, norm: tokens.terms[i]!.norm } : null), catalog.events);

  // State per event and paragraph: slots[event * nParas + p], and per event its paragraphs in the
  // order their states were made (text order). Events in the order their first cue came up.
  const nParas = paragraphs.length;
  const slots: Array<ParaState | undefined> = new Array<ParaState | undefined>(catalog.events.length * nParas);
  const byEvent: Array<EventState | undefined> = new Array<EventState | undefined>(catalog.events.length);
  const eventOrder: number[] = [];
  const articleRequire = new Set<number>();
  // Required cues by event and paragraph: a paragraph with nothing else needs no state (it can
  // neither pass, as minSupport ≥ 1, nor give evidence); its event still takes its place in the
  // order, so the candidates come in the same order.
  const paraRequire = new Uint8Array(catalog.events.length * nParas);
  for (const hit of hits) {
    const p = indexOfSpan(paragraphs, hit.start);
    if (p < 0) continue;
    for (const payload of hit.payloads) {
      const event = payload.event;
      if (event < 0) continue;
      let es = byEvent[event];
      if (es === undefined) {
        byEvent[event] = es = { paras: [], states: [] };
        eventOrder.push(event);
      }
      if (payload.kind === 'require') {
        paraRequire[event * nParas + p] = 1;
        articleRequire.add(event);
        continue;
      }
      let st = slots[event * nParas + p];
      if (st === undefined) {
        slots[event * nParas + p] = st = { strong: NO_KEYS, support: NO_KEYS, require: false, frameHits: null, frames: NO_FRAMES, hits: [] };
        es.paras.push(p);
        es.states.push(st);
      }
      record(st, payload, hit);
    }
  }
  for (const event of eventOrder) {
    const es = byEvent[event]!;
    for (let j = 0; j < es.paras.length; j++) es.states[j]!.require = paraRequire[event * nParas + es.paras[j]!] === 1;
  }

  const paraWords = wordsPerSpan(text, paragraphs, opts.stream);
  const isTitle = paragraphs.map((s) => s.start < titleLength);
  // Importers often use the first sentence as the title when there is none; the paragraph that
  // repeats it is not a separate lead.
  const titleStem = letterStem(text.slice(0, titleLength));
  let bodyWords = 0;
  let lead = -1;
  /** Body words before each paragraph: where in the text an event first comes up. */
  const wordsBefore: number[] = [];
  paragraphs.forEach((span, i) => {
    wordsBefore[i] = bodyWords;
    if (isTitle[i]) return;
    bodyWords += paraWords[i] ?? 0;
    if (lead >= 0 || (paraWords[i] ?? 0) < LEAD_MIN_WORDS) return;
    const repeatsTitle = titleStem.length > 0 && stemStartsWith(text.slice(span.start, span.start + titleLength + 20), titleStem);
    if (!repeatsTitle) lead = i;
  });

  // Similarity to the events' own words and to curator-confirmed examples.
  const articleVector = catalog.profiles.articleVectorOf(tokens);
  const plainVector = opts.examples && opts.examples.size > 0 ? termVectorOf(articleVector) : null;
  const years = namedYears(text, opts.stream ? opts.stream.arabicAt.length > 0 : hasArabicScript(text), opts.folded);

  // A paragraph's own years, read as `years` is; asked for rarely, so read when asked.
  const yearsByParagraph = new Map<number, Set<string>>();
  const paragraphYears = (p: number): Set<string> => {
    let ys = yearsByParagraph.get(p);
    if (!ys) {
      const part = text.slice(paragraphs[p]!.start, paragraphs[p]!.end);
      ys = namedYears(part, hasArabicScript(part), opts.folded);
      yearsByParagraph.set(p, ys);
    }
    return ys;
  };

  const raw: Array<Omit<EventCandidate, 'features'> & { f: Omit<FeatureVector, 'top' | 'share'>; words: number }> = [];
  for (const eventIndex of eventOrder) {
    const ev = catalog.events[eventIndex];
    if (!ev) continue;
    const { paras, states } = byEvent[eventIndex]!;
    const stateAt = (p: number) => slots[eventIndex * nParas + p];
    const hasRequire = !ev.hasRequire || articleRequire.has(eventIndex);
    const strong = new Set<string>();
    const support = new Set<string>();
    const patterns = new Set<number>();
    for (const st of states) {
      resolveFrames(ev, st);
      if (!requireHolds(ev, st, articleRequire.has(eventIndex))) continue;
      for (const k of st.strong) strong.add(k);
      for (const k of st.support) support.add(k);
      for (const f of st.frames) patterns.add(f);
    }
    if (strong.size === 0 && patterns.size === 0 && support.size < 2) continue;

    const passing: number[] = [];
    for (let j = 0; j < paras.length; j++) {
      const st = states[j]!;
      if (!paragraphPasses(ev, st, articleRequire.has(eventIndex), published)) continue;
      // Support cues alone ("political prisoners", "executions", "Khomeini") in a paragraph that
      // dates what it tells to other years ("On June 20, 1981 …") tell of those years, not of the event's.
      // A paragraph with no year of its own is dated by the text's years. Not for an event that
      // recounts an earlier one (a trial tells of the crime's year).
      if (st.strong.size === 0 && st.frames.size === 0 && ev.years.length > 0 && ev.background.length === 0) {
        const own = paragraphYears(paras[j]!);
        if (namesOnlyEarlierYears(ev.years, own.size > 0 ? own : years)) continue;
      }
      passing.push(paras[j]!);
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
      const shown = passing.length > 0 ? passing : [...paras].sort((a, b) => cueCount(stateAt(b)!) - cueCount(stateAt(a)!) || a - b).slice(0, 2);
      const out: ReturnType<EventCandidate['evidence']> = { evidence: [], passages: [] };
      for (const p of [...shown].sort((a, b) => a - b)) {
        const st = stateAt(p);
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
    const similarity = catalog.profiles.cosineWith(articleVector, eventIndex);
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
      const similarity = catalog.profiles.cosineWith(articleVector, ev.index);
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
  // Labels only for the signals shown (most features of a link are 0 or weigh little).
  const label = (k: FeatureName): string => {
    switch (k) {
      case 'passes':
        return 'a paragraph meets the event’s cue rule';
      case 'title':
        return 'the title names the event';
      case 'lead':
        return 'the lead paragraph names the event';
      case 'paragraphs':
        return `${Math.round(f.paragraphs * 3)}${f.paragraphs >= 1 ? '+' : ''} body paragraphs name the event`;
      case 'coverage':
        return `${Math.round(f.coverage * 50)}%${f.coverage >= 1 ? '+' : ''} of the text is in those paragraphs`;
      case 'early':
        return f.early >= 1 ? 'comes up at the start of the text' : `first comes up ${Math.round((1 - f.early) * 100)}% into the text`;
      case 'named':
        return `names the event: ${list(c.why.strong)}`;
      case 'strong':
        return `${c.why.strong.length} distinct names of the event`;
      case 'pattern':
        return `pattern: ${list(c.why.patterns)}`;
      case 'support':
        return `event vocabulary: ${list(c.why.support)}`;
      case 'required':
        return 'the group or place the event needs is named';
      case 'inWindow':
        return 'published while the event was news';
      case 'beforeEvent':
        return 'published before the event began';
      case 'year':
        return `names the year (${c.event.years.join('/')})`;
      case 'description':
        return `wording close to the event’s description (cosine ${c.why.similarity.toFixed(2)})`;
      case 'examples':
        return `close to ${c.why.exampleCount} article(s) curators linked to it (cosine ${c.why.exampleSimilarity.toFixed(2)})`;
      case 'top':
        return 'the event the text says most about';
      case 'share':
        return 'share of the text compared with the article’s main event';
    }
  };
  return FEATURES.filter((k) => f[k] > 0 && Math.abs(contributions[k]) >= 0.05)
    .map((k) => ({ key: k, label: label(k), value: round3(f[k]), contribution: round3(contributions[k]) }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}

/** An event's paragraph states, in the order they were made (their paragraphs in text order). */
interface EventState {
  paras: number[];
  states: ParaState[];
}

// Most paragraph states have no pattern word, and many no strong or no support cue: they share
// these empty sets until their first (record and resolveFrames replace them before writing;
// nothing else writes to them).
const NO_FRAMES: Set<number> = new Set();
const NO_KEYS: Set<string> = new Set();

function record(st: ParaState, payload: CuePayload, hit: TokenHit<CuePayload>): void {
  if (payload.kind === 'frame') {
    const f = payload.frame ?? 0;
    (st.frameHits ??= []).push(f, payload.family ?? 0, hit.from);
    st.hits.push({ start: hit.start, end: hit.end, cue: payload.cue, key: `~${hit.key}`, from: hit.from, frame: f });
    return;
  }
  if (payload.kind === 'strong') (st.strong === NO_KEYS ? (st.strong = new Set()) : st.strong).add(hit.key);
  else if (payload.kind === 'support') (st.support === NO_KEYS ? (st.support = new Set()) : st.support).add(payload.alike ?? hit.key);
  else return;
  st.hits.push({ start: hit.start, end: hit.end, cue: payload.cue, key: hit.key, from: hit.from });
}

// A pattern fires where a hit of its first word family has a hit of every other family within
// `within` tokens. Only the words that took part in a firing are evidence. Patterns are tried in
// the order of their first hit in the paragraph, each family's hits in text order.
function resolveFrames(ev: CatalogEvent, st: ParaState): void {
  const fh = st.frameHits;
  // Without pattern hits every hit stays (the filter below would copy the list for nothing).
  if (fh === null) return;
  /** (pattern, token position) pairs that took part in a firing. */
  const used: number[] = [];
  const tried: number[] = [];
  for (let t = 0; t < fh.length; t += 3) {
    const f = fh[t]!;
    if (tried.includes(f)) continue;
    tried.push(f);
    const frame = ev.frames[f];
    if (!frame) continue;
    const families: number[] = [];
    for (let i = t; i < fh.length; i += 3) if (fh[i] === f && !families.includes(fh[i + 1]!)) families.push(fh[i + 1]!);
    if (families.length < frame.families) continue;
    for (let i = t; i < fh.length; i += 3) {
      if (fh[i] !== f || fh[i + 1] !== 0) continue;
      const pos = fh[i + 2]!;
      let all = true;
      for (let fam = 1; fam < frame.families && all; fam++) {
        all = false;
        for (let j = t; j < fh.length; j += 3) {
          if (fh[j] === f && fh[j + 1] === fam && Math.abs(fh[j + 2]! - pos) <= frame.within) {
            all = true;
            break;
          }
        }
      }
      if (!all) continue;
      if (st.frames === NO_FRAMES) st.frames = new Set();
      st.frames.add(f);
      used.push(f, pos);
      for (let j = t; j < fh.length; j += 3) {
        if (fh[j] === f && fh[j + 1]! >= 1 && fh[j + 1]! < frame.families && Math.abs(fh[j + 2]! - pos) <= frame.within) used.push(f, fh[j + 2]!);
      }
    }
  }
  st.hits = st.hits.filter((h) => {
    if (h.frame === undefined) return true;
    for (let u = 0; u < used.length; u += 2) if (used[u] === h.frame && used[u + 1] === h.from) return true;
    return false;
  });
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

/** Years as written (1988) and, in Persian text, Solar years as it writes them (۱۳۶۷, سال ۶۷, آبان ۹۸). */
function namedYears(text: string, persian: boolean, folded?: boolean): Set<string> {
  return new Set([...(text.match(/(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu) ?? []), ...(persian ? gregorianYearsInPersian(text, folded) : [])]);
}

/**
 * The text names years, all before the event's: it tells of an earlier time ("On June 20, 1981 …"
 * beside the 1988 executions, 2019's protests beside 2022's). Later years alone are the time of
 * writing (an anniversary), which says nothing against the event.
 */
function namesOnlyEarlierYears(eventYears: readonly string[], named: ReadonlySet<string>): boolean {
  if (named.size === 0) return false;
  const first = eventYears[0]!;
  for (const y of named) if (y >= first) return false;
  return true;
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

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function eventBySlug(slug: string, catalog: Catalog = CATALOG): CatalogEvent | undefined {
  return catalog.bySlug.get(slug);
}
