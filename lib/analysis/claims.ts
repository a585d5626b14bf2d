// Numeric claims: figures attached to killing, execution, injury, arrest, detention,
// disappearance and sentencing ("over 30,000 political prisoners were executed", "security
// forces killed at least 304 men, women and children"), with the qualifier, the source the
// sentence names and the event the passage is about.
//
// Decisions (documented on the methodology page):
// - Vague quantities ("thousands", "hundreds", "dozens", "tens of thousands", "several hundred")
//   are kept with vague = true and value = null; no lower bound is invented.
//   "a dozen", "a hundred", "a thousand" are read as 12, 100, 1000 (not vague).
// - Qualifiers are normalised to: 'at least' (at least, no fewer/less than, a minimum of),
//   'more than' (more than, over, upwards of, in excess of), 'around' (around, about,
//   approximately, roughly, some, an estimated), 'nearly' (nearly, almost, close to, just under),
//   'up to' (up to, as many as, as high as), 'less than' (less than, fewer than, under),
//   'exactly' (a total of, exactly, precisely). 'over' and 'about' are never emitted.
// - Not claims: years (a four-digit 1900–2099 number not followed by a word for people), ages
//   ("as young as 12"), money, percentages, durations and other units, ordinals, and counts not
//   tied to a casualty/repression word ("11 different European countries").
// - Deaths from disease, disasters or accidents (the sentence mentions COVID, a pandemic, an
//   earthquake, ...) are left out when the trigger is a neutral death word (deaths, died, dead,
//   lives): they are not repression figures. "died"/"deaths"/"dead"/"lives" count as 'killed'
//   only when the sentence has violence or repression context, else 'other'.
// - kind 'other' covers torture, prosecution and unfair trials, and casualties not split into
//   killed/injured.
import { CATALOG, hasEventCue, type Catalog } from './catalog';
import { buildNameContext, mentionsIn, type EntityMention, type NameContext } from './entities';
import type { EventMatchDetail } from './events';
import { mayHavePersianSaying, PERSIAN_SAY_RE, PERSIAN_VERB_FIRST, persianClaimsInSentence } from './claims-fa';
import { arabicIn, AsciiPrefixes, AtomMemo, foldAscii, lowerBound, tokenStream, type TokenStream } from './token-stream';
import { splitSentences, type Span } from './tokenize';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

export type ClaimKind = 'killed' | 'executed' | 'injured' | 'arrested' | 'detained' | 'disappeared' | 'sentenced' | 'other';
export type Qualifier =
  | 'at least'
  | 'over'
  | 'around'
  | 'up to'
  | 'exactly'
  | 'about'
  | 'nearly'
  | 'more than'
  | 'less than'
  /** One end of a range ("between 2,800 and 5,000", «بین … تا …»). */
  | 'between';

export interface Claim {
  value: number | null;
  /** The quantity as written: "30,000", "thousands", "three". */
  valueText: string;
  vague: boolean;
  qualifier: Qualifier | null;
  kind: ClaimKind;
  /** The word or phrase that made the figure a claim ("executed", "dead", "arrested"). */
  trigger: string;
  sentence: string;
  sentenceSpan: Span;
  /** The claim phrase, from qualifier (or verb) to trigger. */
  span: Span;
  /** Normalised entity the sentence gives as the figure's source; null = the text's own voice. */
  source: string | null;
  sourceText: string | null;
  eventSlug: string | null;
}

export interface ExtractClaimsOptions {
  sentences?: Span[];
  events?: EventMatchDetail[];
  names?: NameContext;
  catalog?: Catalog;
  /** The text's token stream, when the caller has read it already. */
  stream?: TokenStream;
}

// ---- quantities -------------------------------------------------------------------------

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const MULT: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const QUAL_MAP: Array<[RegExp, Qualifier]> = [
  [/^(?:at least|no fewer than|no less than|a minimum of)$/, 'at least'],
  [/^(?:more than|over|upwards of|in excess of)$/, 'more than'],
  [/^(?:around|about|approximately|roughly|some|an estimated|estimated)$/, 'around'],
  [/^(?:nearly|almost|close to|just under)$/, 'nearly'],
  [/^(?:up to|as many as|as high as)$/, 'up to'],
  [/^(?:less than|fewer than|under)$/, 'less than'],
  [/^(?:a total of|exactly|precisely)$/, 'exactly'],
];

const QUAL_SRC =
  'at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of|more\\s+than|over|upwards\\s+of|in\\s+excess\\s+of|' +
  'nearly|almost|close\\s+to|just\\s+under|around|about|approximately|roughly|some|an\\s+estimated|estimated|' +
  'up\\s+to|as\\s+many\\s+as|as\\s+high\\s+as|less\\s+than|fewer\\s+than|under|a\\s+total\\s+of|exactly|precisely';
const WORD_NUM_SRC = `(?:${Object.keys(TENS).join('|')})(?:[\\s-](?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${Object.keys(UNITS).join('|')}`;
const VAGUE_SRC =
  'tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|several\\s+(?:hundred|thousand)|a\\s+few\\s+(?:hundred|thousand)|dozens|hundreds|thousands|millions|scores';
const QTY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}$€£.,])(?:(?<qual>${QUAL_SRC})\\s+)?` +
    `(?:(?<vague>${VAGUE_SRC})|(?<a>a\\s+(?:dozen|hundred|thousand))|` +
    `(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD_NUM_SRC})(?:\\s+(?<mult>hundred|thousand|million))?)` +
    `(?![\\p{L}\\p{N}%]|,\\d)`,
  'giu',
);

const UNIT_AFTER_RE =
  /^[\s-]*(?:%|percent\b|per\s?cent\b|years?\b|year-old|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|seconds?\b|decades?\b|centuries\b|km\b|kilomet(?:er|re)s?\b|miles?\b|met(?:er|re)s?\b|kg\b|tons?\b|tonnes?\b|dollars?\b|euros?\b|rials?\b|tomans?\b|pounds?\b|billion\b|trillion\b|times\b|am\b|pm\b|a\.m\.|p\.m\.|o'clock)/iu;
const BEFORE_EXCLUDE_RE =
  /(?:as young as|as old as|aged|age of|ages of|ages|no\.|number|resolution|article|h\.\s?res\.|[$€£]|us\$|page|chapter|section|paragraph|between|from)\s*$/iu;
const PEOPLE_NOUN_RE =
  /^\s+(?:people|persons|protesters|protestors|prisoners|political prisoners|individuals|men|women|children|detainees|members|civilians|demonstrators|supporters|activists|students|workers)\b/iu;

interface Qty extends Span {
  value: number | null;
  valueText: string;
  vague: boolean;
  qualifier: Qualifier | null;
}

function parseQty(m: RegExpExecArray): Qty {
  const g = m.groups ?? {};
  const qualRaw = g.qual?.toLowerCase().replace(/\s+/g, ' ') ?? null;
  const qualifier = qualRaw ? (QUAL_MAP.find(([re]) => re.test(qualRaw))?.[1] ?? null) : null;
  // The match starts with the qualifier when there is one.
  const valueText = text(m[0].slice(g.qual ? g.qual.length : 0));
  let value: number | null = null;
  let vague = false;
  if (g.vague) vague = true;
  else if (g.a) value = MULT[g.a.toLowerCase().split(/\s+/)[1] ?? ''] ?? (g.a.toLowerCase().endsWith('dozen') ? 12 : null);
  else if (g.num) {
    const raw = g.num.toLowerCase();
    let n: number;
    if (/^\d/.test(raw)) n = Number(raw.replace(/,/g, ''));
    else {
      const parts = raw.split(/[\s-]+/);
      n = (TENS[parts[0] ?? ''] ?? UNITS[parts[0] ?? ''] ?? 0) + (UNITS[parts[1] ?? ''] ?? 0);
    }
    if (g.mult) n *= MULT[g.mult.toLowerCase()] ?? 1;
    value = n;
  }
  return { start: m.index, end: m.index + m[0].length, value, valueText, vague, qualifier };
}

function text(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// ---- triggers ---------------------------------------------------------------------------

// Neutral death words ("dead", "died", "lives") whose kind depends on the sentence's context.
type DeathWord = 'context';
interface Trigger {
  kind: ClaimKind | DeathWord;
}

function triggerTable(entries: Array<[ClaimKind | DeathWord, string[]]>): Map<string, Trigger> {
  const m = new Map<string, Trigger>();
  for (const [kind, words] of entries) for (const w of words) m.set(w, { kind });
  return m;
}

// After the figure ("304 people killed", "9 people were killed", "two killings", "304 dead").
const FORWARD = triggerTable([
  ['killed', ['killed', 'murdered', 'massacred', 'slain', 'slaughtered', 'assassinated', 'shot dead', 'gunned down', 'killings', 'murders', 'assassinations', 'lost their lives']],
  ['executed', ['executed', 'extrajudicially executed', 'extra judicially executed', 'hanged', 'put to death', 'executions', 'hangings']],
  ['injured', ['injured', 'wounded', 'injuries']],
  ['arrested', ['arrested', 'rounded up', 'arrests']],
  ['detained', ['detained', 'imprisoned', 'jailed', 'held incommunicado', 'taken into custody', 'detainees', 'detentions']],
  ['disappeared', ['disappeared', 'forcibly disappeared', 'abducted', 'cases of enforced disappearance', 'ongoing cases of enforced disappearance', 'enforced disappearances']],
  ['sentenced', ['sentenced', 'condemned to death', 'flogged', 'death sentences', 'flogging sentences']],
  ['other', ['tortured', 'prosecuted', 'charged', 'indicted', 'subjected to unfair criminal proceedings', 'subjected to unfair proceedings', 'subjected to unfair trials', 'subjected to grossly unfair trials', 'casualties']],
  ['context', ['dead', 'deaths', 'died', 'lives', 'fatalities']],
]);
// Before the figure ("killed at least 304", "executed over 30,000", "massacre of thousands").
const BACKWARD = triggerTable([
  ['killed', ['killed', 'killing', 'murdered', 'murdering', 'massacred', 'massacring', 'slaughtered', 'assassinated', 'assassinating', 'shot dead', 'massacre of', 'killing of', 'killings of', 'murder of', 'deaths of', 'death of']],
  ['executed', ['executed', 'executing', 'hanged', 'hanging', 'execution of', 'executions of', 'hanging of']],
  ['injured', ['injured', 'injuring', 'wounded', 'wounding']],
  ['arrested', ['arrested', 'arresting', 'rounded up', 'arrest of', 'arrests of']],
  ['detained', ['detained', 'detaining', 'imprisoned', 'jailed', 'detention of']],
  ['disappeared', ['disappeared', 'abducted', 'abducting', 'disappearance of']],
  ['sentenced', ['sentenced', 'flogged']],
  ['other', ['tortured', 'torturing', 'prosecuted', 'prosecuting', 'charged', 'indicted']],
]);

function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|');
}

// Nouns that make a figure a claim on their own ("two killings") but give way to a verb further
// on ("dozens of detainees were tortured" is about torture).
const WEAK_FORWARD = new Set([
  'killings', 'murders', 'assassinations', 'executions', 'hangings', 'injuries', 'arrests', 'detainees', 'detentions',
  'death sentences', 'flogging sentences', 'casualties', 'deaths', 'lives', 'fatalities', 'enforced disappearances',
]);
const FORWARD_AT = new RegExp(`(?:${alternation(FORWARD.keys())})(?![\\p{L}\\p{N}])`, 'iuy');
const BACKWARD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(BACKWARD.keys())})\\s+(?:the\\s+)?$`, 'iu');
const ANAPHOR_BEFORE = /(?<![\p{L}])(?:naming|named|identified|identifying|listing|listed|counting|counted)\s+$/iu;
const ANAPHOR_AFTER = /^\s+of\s+(?:those|them|these|the victims)\b/iu;
// A figure is a claim only with one of these words, and each begins a letter run of the token
// stream: a sentence none of whose letter runs begins with a trigger's first word has no claim and
// is passed over (the one expression this replaced was a looser test of the same thing).
const TRIGGER_FIRST = new Set([...FORWARD.keys(), ...BACKWARD.keys()].map((k) => k.split(' ')[0]!));
const TRIGGER_PREFIX = new Set([...TRIGGER_FIRST].map((w) => w.slice(0, 3)));
const TRIGGER_LENGTHS = [...new Set([...TRIGGER_FIRST].map((w) => w.length))].sort((a, b) => a - b);

// The first three letters of the triggers, as a table: a run beginning otherwise with ASCII
// letters is passed over without a copy.
const TRIGGER_PREFIXES = new AsciiPrefixes(TRIGGER_FIRST, 3);

/** Whether the letter run's first len letters from s begin with a trigger's first word. */
function beginsTrigger(text: string, s: number, len: number): boolean {
  if (len < 3 || !TRIGGER_PREFIXES.mayBegin(text, s)) return false;
  if (!TRIGGER_PREFIX.has(foldAscii(text.slice(s, s + 3)))) return false;
  const w = foldAscii(text.slice(s, s + len));
  for (const l of TRIGGER_LENGTHS) if (l <= w.length && TRIGGER_FIRST.has(w.slice(0, l))) return true;
  return false;
}

/** beginsTrigger of the runs that are whole atoms (taken whole), by spelling id. */
const BEGINS_TRIGGER = new AtomMemo<boolean>();

function mayHaveTrigger(stream: TokenStream, sent: Span): boolean {
  const { text, runs, runStart, runEnd, runId } = stream;
  const ids = BEGINS_TRIGGER.sync(stream);
  for (let k = lowerBound(runStart, runs, sent.start); k < runs && runStart[k]! < sent.end; k++) {
    const s = runStart[k]!;
    const e = runEnd[k]!;
    // A run that reaches past the sentence is read up to its end, not by its spelling.
    const id = ids && e <= sent.end ? runId[k]! : -1;
    let begins = id >= 0 ? BEGINS_TRIGGER.get(id) : undefined;
    if (begins === undefined) {
      begins = beginsTrigger(text, s, Math.min(e, sent.end) - s);
      if (id >= 0) BEGINS_TRIGGER.set(id, begins);
    }
    if (begins) return true;
  }
  return false;
}

// Words allowed between a figure's noun phrase and its trigger ("have been", "reportedly").
const AUX = new Set([
  'have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'being', 'be', 'will', 'would', 'who', 'that', 'which',
  'since', 'also', 'then', 'later', 'all', 'now', 'subsequently', 'reportedly', 'allegedly', 'reported', 'believed',
  'extra', 'judicially', 'brutally', 'summarily', 'forcibly', 'violently', 'either', 'each',
]);
// Words that end the figure's noun phrase without a trigger.
const NP_STOP = new Set([
  'for', 'to', 'in', 'at', 'by', 'from', 'with', 'on', 'during', 'into', 'against', 'after', 'before',
  'under', 'over', 'per', 'than', 'as', 'within', 'across', 'through', 'about', 'among', 'between', 'if', 'but',
  'because', 'while', 'when', 'where', 'whose',
]);
// A place inside the noun phrase is allowed: "thousands of political prisoners in Iran were …".
const PLACE_PREP = new Set(['in', 'across', 'inside', 'throughout', 'from']);
const CAPITALISED_AT = /\s+\p{Lu}[\p{L}\p{M}'’\-]*/uy;
const MAX_NP_WORDS = 10;
const MAX_AUX_WORDS = 5;

const REPRESSION_CONTEXT =
  /kill|shot|shoot|crackdown|security forces|protest|execut|massacr|tortur|custody|prison|bomb|attack|murder|exterminat|repress|uprising|lethal|militia|troops|gunfire|violence|war\b|strike/iu;
const NATURAL_DEATH_CONTEXT =
  /\b(?:covid(?:-19)?|coronavirus|pandemic|virus|vaccines?|earthquakes?|floods?|flooding|road accidents?|traffic accidents?|plane crash|air crash|overdoses?|cancer)\b/iu;

const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/uy;

// Scans forward from the end of a figure for its trigger; null if the phrase goes elsewhere.
function forwardTrigger(s: string, from: number): { start: number; end: number; word: string } | null {
  let i = from;
  let npWords = 0;
  let auxWords = 0;
  let first = true;
  let weak: { start: number; end: number; word: string } | null = null;
  while (i < s.length) {
    const ch = s[i] ?? '';
    if (/[\s,“”"‘’]/u.test(ch)) {
      i++;
      continue;
    }
    FORWARD_AT.lastIndex = i;
    const t = FORWARD_AT.exec(s);
    if (t) {
      const hit = { start: i, end: i + t[0].length, word: t[0] };
      if (!WEAK_FORWARD.has(normal(t[0]))) return hit;
      weak ??= hit;
      i = hit.end;
      continue;
    }
    WORD_AT.lastIndex = i;
    const w = WORD_AT.exec(s);
    if (!w) return weak; // other punctuation: ; : . ( ) ends the phrase
    const lw = w[0].toLowerCase();
    if (/^\d/.test(lw)) return weak;
    if (first && lw === 'of') {
      i += w[0].length;
      first = false;
      continue;
    }
    first = false;
    if (lw === 'to' && auxWords > 0) {
      // "believed to have been killed"
    } else if (auxWords === 0 && PLACE_PREP.has(lw) && placeEnd(s, i + w[0].length) !== null) {
      npWords += 2;
      i = placeEnd(s, i + w[0].length) ?? i + w[0].length;
      continue;
    } else if (NP_STOP.has(lw)) {
      return weak;
    } else if (AUX.has(lw) || (/ly$/.test(lw) && lw.length > 4)) {
      if (++auxWords > MAX_AUX_WORDS) return weak;
    } else {
      if (auxWords > 0) return weak; // "400 people have left them": a new phrase after the verb group
      if (++npWords > MAX_NP_WORDS) return weak;
    }
    i += w[0].length;
  }
  return weak;
}

function placeEnd(s: string, from: number): number | null {
  let end: number | null = null;
  let i = from;
  for (let n = 0; n < 3; n++) {
    CAPITALISED_AT.lastIndex = i;
    const m = CAPITALISED_AT.exec(s);
    if (!m) break;
    i += m[0].length;
    end = i;
  }
  return end;
}

// ---- sources ----------------------------------------------------------------------------

// Verbs that attribute every figure in the sentence to the speaker.
const SAY_RE =
  /(?<![\p{L}])(?:said|says|say|told|tells|reported|reports|report|stated|states|estimated|estimates|estimate|claimed|claims|wrote|writes|warned|warns|shows|showed|show|found|finds|announced|confirmed|according to)(?![\p{L}])/giu;
// Verbs that attribute only the figure that follows them ("… naming over 380 of those").
const OBJECT_RE =
  /(?<![\p{L}])(?:documented|documenting|documents|recorded|recording|records|verified|verifying|counted|counting|named|naming|identified|identifying|listed|listing|registered)(?![\p{L}])/giu;
const SUBJECT_GAP_RE =
  /^(?:['’]s\s+(?:own\s+)?(?:research|report|reports|investigation|data|figures|findings|count|tally)\s*)?(?:\s*\([^)]{1,40}\))?(?:\s*,[^,;]{1,200},)?\s*(?:(?:has|have|had|is|was|also|first|recently|again|previously|now|repeatedly|later|then|today|\p{L}+ly)\s+)*$/iu;
const AFTER_VERB_GAP_RE = /^\s+(?:(?:the|an?|خبرنگار|گزارشگر|سخنگوی|وب[\s\u200c]*سایت|سایت)\s+)?$/iu;
const OBJECT_REACH = 80;

interface SourceCue {
  mention: EntityMention;
  verbStart: number;
  verbEnd: number;
  scope: 'sentence' | 'object';
}

function sourceCues(textAll: string, sentence: Span, mentions: EntityMention[]): SourceCue[] {
  const s = textAll.slice(sentence.start, sentence.end);
  const out: SourceCue[] = [];
  const visit = (re: RegExp, scope: SourceCue['scope']) => {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const vs = sentence.start + m.index;
      const ve = vs + m[0].length;
      const isAccording = /^according/i.test(m[0]) || PERSIAN_VERB_FIRST.test(m[0]);
      let speaker: EntityMention | undefined;
      if (!isAccording) {
        // Subject before the verb: the nearest mention whose gap to the verb is an appositive,
        // a possessive "research"/"report", auxiliaries or adverbs.
        const before = mentions.filter((x) => x.end <= vs);
        for (let k = before.length - 1; k >= 0; k--) {
          const x = before[k]!;
          if (SUBJECT_GAP_RE.test(textAll.slice(x.end, vs))) {
            speaker = x;
            break;
          }
        }
        if (!speaker && scope === 'object') speaker = before[before.length - 1];
        // Persian puts the verb last, often far from its subject: the nearest named source before it.
        if (!speaker && re === PERSIAN_SAY_RE) speaker = before[before.length - 1];
      }
      if (!speaker && scope === 'sentence') {
        // Verb first: "…, said Amnesty International", "according to the NCRI".
        speaker = mentions.find((x) => x.start >= ve && AFTER_VERB_GAP_RE.test(textAll.slice(ve, x.start)));
      }
      if (speaker) out.push({ mention: speaker, verbStart: vs, verbEnd: ve, scope });
    }
  };
  visit(SAY_RE, 'sentence');
  visit(OBJECT_RE, 'object');
  if (ARABIC_SCRIPT.test(s) && mayHavePersianSaying(s)) visit(PERSIAN_SAY_RE, 'sentence');
  return out;
}

function pickSource(cues: SourceCue[], claim: Span, claimsBefore: Span[]): SourceCue | null {
  let best: SourceCue | null = null;
  for (const c of cues) {
    if (c.scope !== 'object' || c.verbEnd > claim.start || claim.start - c.verbEnd > OBJECT_REACH) continue;
    if (claimsBefore.some((o) => o.start >= c.verbEnd && o.start < claim.start)) continue;
    if (!best || c.verbEnd > best.verbEnd) best = c;
  }
  if (best) return best;
  for (const c of cues) {
    if (c.scope !== 'sentence') continue;
    if (!best || Math.abs(c.verbStart - claim.start) < Math.abs(best.verbStart - claim.start)) best = c;
  }
  return best;
}

// ---- events -----------------------------------------------------------------------------

const YEAR_RE = /(?<![\p{N}])(1[89]\d\d|20\d\d)(?![\p{N}])/gu;

function eventFor(
  claim: Span,
  sentenceText: string,
  events: EventMatchDetail[],
  catalog: Catalog,
): string | null {
  // Inside an evidence passage of any matched event; for the article's main event (listed
  // first) anywhere in a paragraph that supports it.
  let best: { slug: string; cues: number; score: number } | null = null;
  for (const [i, ev] of events.entries()) {
    for (const p of ev.passages) {
      const area = i === 0 ? p.paragraph : p;
      if (claim.start >= area.start && claim.start < area.end) {
        if (!best || p.cues > best.cues || (p.cues === best.cues && ev.score > best.score)) {
          best = { slug: ev.slug, cues: p.cues, score: ev.score };
        }
      }
    }
  }
  if (best) return best.slug;
  const top = events[0];
  if (!top) return null;
  const cat = catalog.bySlug.get(top.slug);
  if (!cat) return null;
  // Outside the event's passages the claim goes to the article's main event only when the
  // sentence itself points there: one of the event's cues, or a year inside its period.
  if (hasEventCue(catalog, sentenceText, cat.index)) return top.slug;
  if (!cat.dateStart) return null;
  const from = Number(cat.dateStart.slice(0, 4));
  const to = cat.dateEnd ? Number(cat.dateEnd.slice(0, 4)) : 9999;
  const years = [...sentenceText.matchAll(YEAR_RE)].map((m) => Number(m[1]));
  return years.some((y) => y >= from && y <= to) ? top.slug : null;
}

// ---- main -------------------------------------------------------------------------------

export function extractClaims(textAll: string, opts: ExtractClaimsOptions = {}): Claim[] {
  const sentences = opts.sentences ?? splitSentences(textAll);
  const names = opts.names ?? null;
  const events = opts.events ?? [];
  const catalog = opts.catalog ?? CATALOG;
  const out: Claim[] = [];
  let ctx: NameContext | null = names;
  const stream = opts.stream ?? tokenStream(textAll);
  for (const sent of sentences) {
    const s = textAll.slice(sent.start, sent.end);
    const persian = arabicIn(stream, sent.start, sent.end);
    // An English claim needs its trigger in any script's sentence (Persian text quotes English).
    const english = mayHaveTrigger(stream, sent);
    if (!persian && !english) continue;
    // Persian sentences have their own grammar of figures (lib/analysis/claims-fa.ts).
    const found: FoundClaim[] = persian ? [...persianClaimsInSentence(s), ...(english ? claimsInSentence(s) : [])] : claimsInSentence(s);
    if (found.length === 0) continue;
    ctx ??= buildNameContext(textAll);
    const cues = sourceCues(textAll, sent, mentionsIn(ctx, sent));
    const spans: Span[] = [];
    for (const f of found) {
      const span = { start: sent.start + f.start, end: sent.start + f.end };
      const src = pickSource(cues, span, spans);
      spans.push(span);
      out.push({
        value: f.qty.value,
        valueText: f.qty.valueText,
        vague: f.qty.vague,
        qualifier: f.qty.qualifier,
        kind: f.kind,
        trigger: text(f.trigger),
        sentence: s,
        sentenceSpan: { start: sent.start, end: sent.end },
        span,
        source: src ? src.mention.name : null,
        sourceText: src ? textAll.slice(src.mention.start, src.mention.end) : null,
        eventSlug: eventFor(span, s, events, catalog),
      });
    }
  }
  return out;
}

interface FoundClaim extends Span {
  qty: Qty;
  kind: ClaimKind;
  trigger: string;
}

/** Claims in one sentence; offsets relative to the sentence. */
export function claimsInSentence(s: string): FoundClaim[] {
  const out: FoundClaim[] = [];
  // The sentence's context decides only a neutral death word's kind: read when one comes up.
  let natural: boolean | null = null;
  let violent: boolean | null = null;
  QTY_RE.lastIndex = 0;
  for (let m = QTY_RE.exec(s); m !== null; m = QTY_RE.exec(s)) {
    const qty = parseQty(m);
    const before = s.slice(0, qty.start);
    const after = s.slice(qty.end);
    if (UNIT_AFTER_RE.test(after) || BEFORE_EXCLUDE_RE.test(before)) continue;
    if (!qty.vague && qty.qualifier === null && /^\d{4}$/.test(qty.valueText) && (qty.value ?? 0) >= 1900 && (qty.value ?? 0) <= 2099 && !PEOPLE_NOUN_RE.test(after)) continue;
    if (/^one$/i.test(qty.valueText) && (/(?:no|any|every|each|the|this|that|which|only)\s+$/i.test(before) || /^\s+of\b/i.test(after))) continue;

    let kind: ClaimKind | 'context' | null = null;
    let trigger = '';
    let start = qty.start;
    let end = qty.end;

    // "… naming over 380 of those": the kind of the figure just before in the sentence.
    if (ANAPHOR_BEFORE.test(before) && ANAPHOR_AFTER.test(after)) {
      const prev = out[out.length - 1];
      if (prev) {
        kind = prev.kind;
        trigger = prev.trigger;
        end = qty.end + (ANAPHOR_AFTER.exec(after)?.[0].length ?? 0);
      }
    }
    if (kind === null) {
      const b = BACKWARD_BEFORE.exec(before);
      if (b && b[1]) {
        kind = BACKWARD.get(normal(b[1]))?.kind ?? null;
        trigger = b[1];
        start = b.index;
        end = qty.end + objectPhraseLength(after);
      }
    }
    if (kind === null) {
      const f = forwardTrigger(s, qty.end);
      if (f) {
        kind = FORWARD.get(normal(f.word))?.kind ?? null;
        trigger = f.word;
        end = f.end;
      }
    }
    if (kind === null) continue;
    if (kind === 'context') {
      if ((natural ??= NATURAL_DEATH_CONTEXT.test(s))) continue;
      kind = (violent ??= REPRESSION_CONTEXT.test(s)) ? 'killed' : 'other';
    }
    out.push({ start, end, qty, kind, trigger });
  }
  return out;
}

function normal(w: string): string {
  return w.toLowerCase().replace(/\s+/g, ' ');
}

// The people a backward trigger's figure counts ("political prisoners"), up to a stop word.
function objectPhraseLength(after: string): number {
  const m = /^(?:\s+of)?(?:\s+(?!(?:for|to|in|at|by|from|with|on|during|since|and|who|that|which|as)\b)[\p{L}'’\-]+){0,5}/iu.exec(after);
  return m ? m[0].length : 0;
}
