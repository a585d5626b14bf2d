// Who is quoted or cited: a speaker tied to a reporting verb ("said", "told", "according to",
// "wrote", …), in either order ("Herrell told Fox News", "…,” said Nathaniel Gleicher"),
// normalised to a known entity where data/entities.json has one. A pronoun speaker ("he
// said") takes the nearest preceding person already attributed in the text, or is skipped.
import { buildNameContext, mentionsIn, roleType, type EntityMention, type EntityType, type NameContext } from './entities';
import { splitParagraphs, splitSentences, STOPWORDS, type Span } from './tokenize';
import type { Gender } from './entities';
import { mayHavePersianSaying, PERSIAN_SAY_RE, PERSIAN_VERB_FIRST } from './claims-fa';
import { arabicIn, AsciiPrefixes, AtomMemo, C_LOWER, C_SPACE, classAt, classOf, foldAscii, lowerBound, tokenStream, type TokenStream } from './token-stream';

export interface Attribution {
  /** Normalised: "Amnesty International", "NCRI", "US State Department", … or the name as written. */
  entity: string;
  entityType: EntityType;
  /** The reporting verb as written, lower-cased ("said", "told", "according to"). */
  verb: string;
  sentence: string;
  sentenceSpan: Span;
  /** Speaker and verb. */
  span: Span;
  /** The sentence carries a direct quotation. */
  quoted: boolean;
  /** The organisation a quoted person speaks for, when the text or the entity list says. */
  affiliation: string | null;
}

export interface ExtractAttributionsOptions {
  sentences?: Span[];
  paragraphs?: Span[];
  names?: NameContext;
  /** Ignore sentences that end before this offset (a title that repeats the body's opening). */
  from?: number;
  /** The text's token stream, when the caller has read it already. */
  stream?: TokenStream;
}

const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'reported', 'reports', 'stated', 'states',
  'warned', 'warns', 'urged', 'urges', 'urging', 'recounted', 'recounts', 'tweeted', 'explained', 'explains', 'noted',
  'notes', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'suggested', 'suggests', 'recalled',
  'announced', 'confirmed', 'declared', 'emphasized', 'emphasised', 'highlighted', 'stressed', 'asserted',
  'acknowledged', 'admitted', 'alleged', 'testified', 'denied', 'denies', 'condemned', 'reiterated', 'outlined',
  'underscored', 'cautioned', 'commented', 'replied', 'responded', 'concluded', 'described', 'accused', 'called on',
  'called for', 'calls on', 'calls for', 'calling on', 'is calling on', 'has called', 'pointed out', 'shows',
  'showed', 'according to', 'quoted',
];
// A reporting verb is one or more whole letter runs of the token stream, separated by white
// space: looked up by its first word, longest first (the order of the one expression it replaced).
const VERBS_BY_FIRST = new Map<string, string[][]>();
for (const v of [...VERBS].sort((a, b) => b.length - a.length)) {
  const words = v.split(' ');
  const list = VERBS_BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  VERBS_BY_FIRST.set(words[0]!, list);
}

const VERB_FIRST_MAX = Math.max(...[...VERBS_BY_FIRST.keys()].map((w) => w.length));
const VERB_PREFIXES = new AsciiPrefixes(VERBS_BY_FIRST.keys(), 2);

/**
 * Whether a letter run may fold (foldAscii) to a verb's first word, from its length and first
 * two letters, without copying it: lower-casing never shortens a run (see AsciiPrefixes).
 */
function mayBeVerb(text: string, start: number, end: number): boolean {
  const len = end - start;
  return len <= VERB_FIRST_MAX && (len < 2 || VERB_PREFIXES.mayBegin(text, start));
}

/** The verbs a letter run may begin (VERBS_BY_FIRST), from its spelling: null for none. */
function verbForms(text: string, start: number, end: number): string[][] | null {
  return (mayBeVerb(text, start, end) ? VERBS_BY_FIRST.get(foldAscii(text.slice(start, end))) : undefined) ?? null;
}

/** verbForms of the runs that are whole atoms, by spelling id. */
const VERB_FORMS = new AtomMemo<string[][] | null>();

/** Reporting verbs inside a sentence, left to right, never overlapping. */
function verbsIn(stream: TokenStream, sent: Span): Span[] {
  const { text, runs, runStart, runEnd, runId } = stream;
  const out: Span[] = [];
  const ids = VERB_FORMS.sync(stream);
  let k = lowerBound(runStart, runs, sent.start);
  outer: while (k < runs && runEnd[k]! <= sent.end) {
    const id = ids ? runId[k]! : -1;
    let forms = id >= 0 ? VERB_FORMS.get(id) : undefined;
    if (forms === undefined) {
      forms = verbForms(text, runStart[k]!, runEnd[k]!);
      if (id >= 0) VERB_FORMS.set(id, forms);
    }
    if (forms) {
      for (const words of forms) {
        let j = k;
        let ok = true;
        for (let w = 1; w < words.length && ok; w++) {
          j++;
          ok = j < runs && runEnd[j]! <= sent.end && onlySpace(text, runEnd[j - 1]!, runStart[j]!) && foldAscii(text.slice(runStart[j]!, runEnd[j]!)) === words[w];
        }
        if (!ok) continue;
        out.push({ start: runStart[k]!, end: runEnd[j]! });
        k = j + 1;
        continue outer;
      }
    }
    k++;
  }
  return out;
}

function onlySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if ((classAt(text, i) & C_SPACE) === 0) return false;
  return true;
}

// Between a subject and its verb: a possessive "research/report", a parenthesis, one
// appositive between commas, auxiliaries and adverbs ("Amnesty International's research shows",
// "Tahar Boumedra, the former head of …, said", "Mr. Biden has said").
const SUBJECT_GAP_RE =
  /^(?:['’]s\s+(?:own\s+)?(?:research|report|reports|investigation|data|figures|findings|statement|website)\s*)?(?:\s*\([^)]{1,60}\))?(?:\s*,[^,;]{1,200},)?\s*(?:(?:has|have|had|is|was|also|first|recently|again|previously|now|repeatedly|later|then|today|once|already|\p{L}+ly)\s+)*$/iu;
// "Mr. Assadi’s lawyer said": the speaker is the person's lawyer/spokesman, kept as written.
const POSSESSIVE_ROLE_RE =
  /^['’]s\s+(lawyer|lawyers|attorney|spokesman|spokeswoman|spokesperson|office|representative|wife|husband|son|daughter|family|mother|father)\s*(?:(?:has|had|also|later|\p{L}+ly)\s+)*$/iu;
const AFTER_VERB_GAP_RE = /^\s+(?:the\s+|an?\s+)?$/iu;
// The inverted order ("…,” said Nathaniel Gleicher") follows a comma or a closing quote; "he
// said Raisi did not …" is not an inversion. "told X" names the listener, never the speaker.
const INVERSION_BEFORE_RE = /[,”"’]\s*$/u;
const LISTENER_VERBS = new Set(['told', 'tells']);
const PRONOUN_BEFORE_RE = /(?<![\p{L}])(he|she)\s+(?:(?:has|had|also|later|then|again|already|\p{L}+ly)\s+)*$/iu;
// Generic speakers: "the prosecutor", "a spokesman for Iran's Foreign Ministry", "company officials".
const ROLE_RE =
  /(?<![\p{L}])(?:(?:the|a|an)\s+)?(?:[\p{Ll}\-]+\s+){0,3}?(prosecutors?|public prosecutor|court|judges?|spokes(?:man|woman|person)|officials|authorities|police|agency|ministry|report|organi[sz]ation|witnesses|activists|sources)(?![\p{L}])/gu;
const ROLE_FOR_RE = /^\s+(?:for|of|at)\s+$/iu;
const QUOTE_RE = /[“”"«»]/u;
const PRONOUN_REACH = 2000;

interface Speaker extends Span {
  name: string;
  type: EntityType;
  affiliation: string | null;
  gender: Gender;
}

export function extractAttributions(text: string, opts: ExtractAttributionsOptions = {}): Attribution[] {
  const sentences = opts.sentences ?? splitSentences(text);
  const ctx = opts.names ?? buildNameContext(text);
  const from = opts.from ?? 0;
  const stream = opts.stream ?? tokenStream(text);
  const out: Attribution[] = [];
  let prevStart = 0;
  for (const sent of sentences) {
    const windowStart = prevStart;
    prevStart = sent.start;
    if (sent.end <= from) continue;
    const s = text.slice(sent.start, sent.end);
    if (arabicIn(stream, sent.start, sent.end) && mayHavePersianSaying(s)) persianAttributions(text, sent, mentionsIn(ctx, sent), out);
    const verbs = verbsIn(stream, sent);
    if (verbs.length === 0) continue;
    const mentions = mentionsIn(ctx, sent);
    const roles = roleMentions(text, sent, mentions, stream);
    const speakers: Speaker[] = [...mentions.map(asSpeaker), ...roles].sort((a, b) => a.start - b.start);
    for (const { start: vs, end: ve } of verbs) {
      const verb = text.slice(vs, ve).toLowerCase().replace(/\s+/g, ' ');
      const speaker =
        verb === 'according to'
          ? speakerAfter(text, speakers, ve)
          : findSpeaker(text, sent, speakers, vs, ve, verb, out, ctx, windowStart);
      if (!speaker) continue;
      if (out.some((a) => a.entity === speaker.name && a.sentenceSpan.start === sent.start)) continue;
      out.push({
        entity: speaker.name,
        entityType: speaker.type,
        verb,
        sentence: s,
        sentenceSpan: { start: sent.start, end: sent.end },
        span: { start: Math.min(speaker.start, vs), end: Math.max(speaker.end, ve) },
        quoted: QUOTE_RE.test(s),
        affiliation: speaker.affiliation ?? affiliationOf(text, sent, speaker, mentions),
      });
    }
  }
  addPullQuotes(text, opts.paragraphs ?? splitParagraphs(text), ctx, out, from);
  // An affiliation stated once holds for the person's other attributions in the text.
  for (const a of out) {
    if (a.entityType === 'person' && !a.affiliation) {
      a.affiliation = out.find((o) => o.entity === a.entity && o.affiliation)?.affiliation ?? null;
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Persian reporting verbs («گفت», «اعلام کرد», «افزود», «به گزارش …», «به گفته …»): the speaker is
 * the named source right after a verb-first phrase, else the nearest named source before the verb
 * (Persian puts the verb at the end of its clause, often far from its subject).
 */
function persianAttributions(text: string, sent: Span, mentions: EntityMention[], out: Attribution[]): void {
  const s = text.slice(sent.start, sent.end);
  PERSIAN_SAY_RE.lastIndex = 0;
  for (let m = PERSIAN_SAY_RE.exec(s); m !== null; m = PERSIAN_SAY_RE.exec(s)) {
    const vs = sent.start + m.index;
    const ve = vs + m[0].length;
    const verbFirst = PERSIAN_VERB_FIRST.test(m[0]);
    const speaker = verbFirst
      ? mentions.find((x) => x.start >= ve && /^[\s\u200c]*(?:(?:خبرنگار|گزارشگر|سخنگوی|سایت|وب[\s\u200c]*سایت)[\s\u200c]+)?$/u.test(text.slice(ve, x.start)))
      : [...mentions].reverse().find((x) => x.end <= vs);
    if (!speaker || out.some((a) => a.entity === speaker.name && a.sentenceSpan.start === sent.start)) continue;
    out.push({
      entity: speaker.name,
      entityType: speaker.type,
      verb: m[0].replace(/[\s\u200c]+/gu, ' '),
      sentence: s,
      sentenceSpan: { start: sent.start, end: sent.end },
      span: { start: Math.min(speaker.start, vs), end: Math.max(speaker.end, ve) },
      quoted: QUOTE_RE.test(s),
      affiliation: speaker.affiliation,
    });
  }
}

function asSpeaker(m: EntityMention): Speaker {
  return { start: m.start, end: m.end, name: m.name, type: m.type, affiliation: m.affiliation, gender: m.gender };
}

function findSpeaker(
  text: string,
  sent: Span,
  speakers: Speaker[],
  vs: number,
  ve: number,
  verb: string,
  prior: Attribution[],
  ctx: NameContext,
  windowStart: number,
): Speaker | null {
  const before = speakers.filter((x) => x.end <= vs);
  for (let k = before.length - 1; k >= 0; k--) {
    const x = before[k]!;
    const gap = text.slice(x.end, vs);
    if (SUBJECT_GAP_RE.test(gap)) return x;
    const pr = POSSESSIVE_ROLE_RE.exec(gap);
    if (pr && x.type === 'person') {
      const name = `${x.name}'s ${pr[1]!.toLowerCase()}`;
      return { start: x.start, end: x.end + gap.trimEnd().length, name, type: 'person', affiliation: null, gender: null };
    }
  }
  // The sentence's subject, separated from its verb by several interpolated clauses:
  // "Morgan Ortagus, the spokesperson of …, in a video message on Twitter, while …, called on".
  const first = before[0];
  if (first && text.slice(sent.start, first.start).trim() === '') {
    const gap = text.slice(first.end, vs);
    if (/^\s*,/u.test(gap) && /,\s*$/u.test(gap)) return first;
  }
  if (!LISTENER_VERBS.has(verb) && INVERSION_BEFORE_RE.test(text.slice(sent.start, vs))) {
    const after = speakerAfter(text, speakers, ve);
    if (after) return after;
  }
  const pron = PRONOUN_BEFORE_RE.exec(text.slice(sent.start, vs));
  if (pron) {
    const start = sent.start + pron.index;
    const want: Gender = pron[1]!.toLowerCase() === 'she' ? 'f' : 'm';
    const person = resolvePronoun(ctx, windowStart, start, want, prior);
    if (person) return { start, end: start + pron[1]!.length, ...person };
  }
  return null;
}

// "He"/"she": the one person (of a compatible gender) named in this sentence before the pronoun
// or in the previous sentence; failing that, the last person attributed in the text within
// PRONOUN_REACH. Two different candidates nearby means it is not simple: skip.
function resolvePronoun(
  ctx: NameContext,
  windowStart: number,
  pronounStart: number,
  want: Gender,
  prior: Attribution[],
): Omit<Speaker, 'start' | 'end'> | null {
  const near = ctx.mentions.filter(
    (m) => m.type === 'person' && m.start >= windowStart && m.end <= pronounStart && (m.gender === null || m.gender === want),
  );
  const names = new Set(near.map((m) => m.name));
  if (names.size === 1) {
    const m = near[near.length - 1]!;
    return { name: m.name, type: 'person', affiliation: m.affiliation, gender: m.gender };
  }
  if (names.size > 1) return null;
  for (let k = prior.length - 1; k >= 0; k--) {
    const a = prior[k]!;
    if (pronounStart - a.span.end > PRONOUN_REACH) break;
    if (a.entityType !== 'person' || a.entity.includes("'s ")) continue;
    const g = ctx.mentions.find((m) => m.name === a.entity && m.gender)?.gender ?? null;
    if (g !== null && g !== want) continue;
    return { name: a.entity, type: 'person', affiliation: a.affiliation, gender: g };
  }
  return null;
}

function speakerAfter(text: string, speakers: Speaker[], ve: number): Speaker | null {
  return speakers.find((x) => x.start >= ve && AFTER_VERB_GAP_RE.test(text.slice(ve, x.start))) ?? null;
}

// The nouns ROLE_RE ends on. Each is a whole letter run as written (the expression is case-
// sensitive, has a non-letter or white space before the noun and a non-letter after it), so a
// sentence without one of them as a run of the token stream has no role mention.
const ROLE_NOUNS = new Set([
  'prosecutor', 'prosecutors', 'court', 'judge', 'judges', 'spokesman', 'spokeswoman', 'spokesperson', 'officials',
  'authorities', 'police', 'agency', 'ministry', 'report', 'organisation', 'organization', 'witnesses', 'activists', 'sources',
]);
const ROLE_NOUN_MAX = Math.max(...[...ROLE_NOUNS].map((w) => w.length));
const ROLE_INITIALS = new Set([...ROLE_NOUNS].map((w) => w.charCodeAt(0)));

/** Whether the letter run [s, e) is a role noun, as written. */
function isRoleNoun(text: string, s: number, e: number): boolean {
  return e - s <= ROLE_NOUN_MAX && ROLE_INITIALS.has(text.charCodeAt(s)) && ROLE_NOUNS.has(text.slice(s, e));
}

/** isRoleNoun of the runs that are whole atoms, by spelling id. */
const ROLE_NOUN_RUN = new AtomMemo<boolean>();

/** Where the first role noun of the sentence starts, or −1. */
function firstRoleNoun(stream: TokenStream, sent: Span): number {
  const { text, runs, runStart, runEnd, runId } = stream;
  const ids = ROLE_NOUN_RUN.sync(stream);
  for (let k = lowerBound(runStart, runs, sent.start); k < runs && runEnd[k]! <= sent.end; k++) {
    const s = runStart[k]!;
    const id = ids ? runId[k]! : -1;
    let is = id >= 0 ? ROLE_NOUN_RUN.get(id) : undefined;
    if (is === undefined) {
      is = isRoleNoun(text, s, runEnd[k]!);
      if (id >= 0) ROLE_NOUN_RUN.set(id, is);
    }
    if (is) return s;
  }
  return -1;
}

function roleMentions(text: string, sent: Span, mentions: EntityMention[], stream: TokenStream): Speaker[] {
  const noun = firstRoleNoun(stream, sent);
  if (noun < 0) return [];
  // What ROLE_RE may take in before its noun is lower-case letters, hyphens and white space: no
  // match starts before the run of those that ends at the first noun, so the scan starts there
  // (going back over any surrogate too, which is only ever earlier than needed).
  let from = noun;
  for (; from > sent.start; from--) {
    const c = text.charCodeAt(from - 1);
    if (c !== 0x2d && (c < 0xd800 || c > 0xdfff) && (classOf(c) & (C_LOWER | C_SPACE)) === 0) break;
  }
  const s = text.slice(sent.start, sent.end);
  const out: Speaker[] = [];
  ROLE_RE.lastIndex = from - sent.start;
  for (let m = ROLE_RE.exec(s); m !== null; m = ROLE_RE.exec(s)) {
    const start = sent.start + m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => start < x.end && x.start < end)) continue;
    // "a spokesman for Iran's Foreign Ministry" speaks for the ministry.
    const owner = mentions.find((x) => x.start >= end && ROLE_FOR_RE.test(text.slice(end, x.start)));
    if (owner && owner.type !== 'person') {
      out.push({ start, end: owner.end, name: owner.name, type: owner.type, affiliation: null, gender: null });
      continue;
    }
    const noun = m[1]!.toLowerCase();
    // Drop leading function words the pattern swept in ("while authorities", "about it the …").
    const words = m[0].toLowerCase().split(/\s+/);
    while (words.length > 1 && STOPWORDS.has(words[0]!)) words.shift();
    const lead = m[0].length - words.join(' ').length;
    out.push({
      start: start + Math.max(0, lead),
      end,
      name: words.join(' '),
      type: roleType(noun) ?? roleType(noun.replace(/s$/, '')) ?? 'unknown',
      affiliation: null,
      gender: null,
    });
  }
  return out;
}

// A person's organisation from an appositive ("Diana Eltahawy, Deputy Regional Director … at
// Amnesty International") or a preceding possessive ("Facebook’s head of cybersecurity policy").
function affiliationOf(text: string, sent: Span, speaker: Speaker, mentions: EntityMention[]): string | null {
  if (speaker.type !== 'person') return null;
  const rest = text.slice(speaker.end, sent.end);
  if (!/^\s*,/u.test(rest)) return null;
  const close = rest.slice(1).search(/[,.;:]/u);
  const appEnd = speaker.end + 1 + (close < 0 ? rest.length - 1 : close + 1);
  const org = mentions.find((x) => x.start >= speaker.end && x.end <= appEnd && x.type !== 'person');
  return org ? org.name : null;
}

// Amnesty-style pull quotes: a paragraph that is only a person's name, right after the quoted
// passage. Only names quoted elsewhere in the same text count, so headings are not mistaken
// for speakers.
function addPullQuotes(text: string, paragraphs: Span[], ctx: NameContext, out: Attribution[], from: number): void {
  const speakersSeen = new Set(out.filter((a) => a.entityType === 'person').map((a) => a.entity));
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const prev = paragraphs[i - 1]!;
    if (prev.start < from) continue;
    const ms = mentionsIn(ctx, p);
    const only = ms.length === 1 ? ms[0] : undefined;
    if (!only || only.type !== 'person' || only.start !== p.start || only.end !== p.end) continue;
    if (!speakersSeen.has(only.name)) continue;
    out.push({
      entity: only.name,
      entityType: 'person',
      verb: 'quoted',
      sentence: text.slice(prev.start, prev.end),
      sentenceSpan: { start: prev.start, end: prev.end },
      span: { start: only.start, end: only.end },
      quoted: true,
      affiliation: out.find((a) => a.entity === only.name && a.affiliation)?.affiliation ?? only.affiliation,
    });
  }
}
