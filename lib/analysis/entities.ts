// Who is named in a text: known entities from data/entities.json, plus people's names found by
// their shape (two to four capitalised words, honorifics and job titles stripped). Shared by
// attributions.ts (who is quoted) and claims.ts (who a figure comes from).
import { z } from 'zod';
import entitiesData from '@/data/entities.json';
import { isAcronym, PhraseMatcher } from './phrase-matcher';
import { AtomMemo, C_LETTER, C_MARK, C_UPPER, classOf, tokenStream, type TokenStream } from './token-stream';
import type { Span } from './tokenize';

export type EntityType = 'person' | 'organisation' | 'government' | 'court' | 'un' | 'media' | 'unknown';
const EntityTypeSchema = z.enum(['person', 'organisation', 'government', 'court', 'un', 'media', 'unknown']);

const EntitiesSchema = z.object({
  version: z.string().min(1),
  notes: z.string().optional(),
  entities: z
    .array(
      z.object({
        name: z.string().min(1),
        type: EntityTypeSchema,
        aliases: z.array(z.string().min(1)).min(1),
        affiliation: z.string().optional(),
        gender: z.enum(['f', 'm']).optional(),
      }),
    )
    .min(1),
  roles: z.array(z.object({ noun: z.string().min(1), type: EntityTypeSchema })),
});

export type Gender = 'f' | 'm' | null;

export interface KnownEntity {
  name: string;
  type: EntityType;
  affiliation: string | null;
  gender: Gender;
}

export interface EntityMention extends Span {
  /** Normalised name: the known entity's name, or a person's full name as written. */
  name: string;
  type: EntityType;
  affiliation: string | null;
  known: boolean;
  /** Only used to resolve "he"/"she"; from the entity list or a Mr./Mrs./Ms. in the text. */
  gender: Gender;
}

export function loadEntities(data: unknown) {
  const parsed = EntitiesSchema.parse(data);
  const entries = parsed.entities.flatMap((e) =>
    e.aliases.map((a) => ({
      phrase: a,
      caseSensitive: isAcronym(a),
      payload: { name: e.name, type: e.type, affiliation: e.affiliation ?? null, gender: e.gender ?? null } satisfies KnownEntity,
    })),
  );
  return {
    version: parsed.version,
    matcher: new PhraseMatcher<KnownEntity>(entries),
    roles: new Map(parsed.roles.map((r) => [r.noun.toLowerCase(), r.type])),
  };
}

export const ENTITIES = loadEntities(entitiesData);

// Words that open or sit inside a capitalised run without being part of a person's name.
// Titles and honorifics end the prefix ("New Mexico Republican Rep. Yvette Herrell" →
// "Yvette Herrell"); institution words rule the run out as a person.
const TITLES = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'rep', 'representative', 'sen', 'senator', 'gov', 'governor',
    'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'president', 'president-elect',
    'vice', 'prime', 'minister', 'leader', 'supreme', 'ayatollah', 'imam', 'sheikh', 'prince', 'king', 'queen',
    'sir', 'lord', 'lady', 'judge', 'justice', 'ambassador', 'chairman', 'chairwoman', 'chair', 'congressman',
    'congresswoman', 'secretary', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'mullah', 'cleric',
    'activist', 'army', 'madam', 'madame', 'mme', 'st', 'saint', 'commander', 'chief', 'deputy', 'head',
  ].map((w) => w),
);

const NON_NAME = new Set(
  [
    'the', 'a', 'an', 'in', 'on', 'at', 'for', 'of', 'and', 'but', 'or', 'to', 'by', 'from', 'with', 'as', 'after',
    'before', 'during', 'since', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
    'his', 'her', 'their', 'our', 'my', 'you', 'your', 'if', 'when', 'while', 'where', 'who', 'what', 'why', 'how',
    'there', 'here', 'so', 'yet', 'even', 'also', 'then', 'now', 'today', 'like', 'among', 'instead', 'however',
    'meanwhile', 'although', 'though', 'because', 'all', 'any', 'some', 'many', 'most', 'no', 'not', 'one', 'two',
    'iran', 'iranian', 'iranians', 'iraq', 'iraqi', 'american', 'americans', 'america', 'us', 'usa', 'u.s', 'united',
    'states', 'kingdom', 'islamic', 'republic', 'european', 'europe', 'union', 'un', 'eu', 'western', 'west', 'east',
    'middle', 'north', 'south', 'africa', 'asia', 'gulf', 'god', 'allah', 'international', 'national', 'resistance',
    'people', 'peoples', 'people’s', "people's", 'council', 'committee', 'commission', 'court', 'ministry',
    'department', 'organization', 'organisation', 'agency', 'service', 'office', 'bureau', 'institute', 'center',
    'centre', 'school', 'university', 'party', 'guards', 'corps', 'foundation', 'society', 'association', 'network',
    'news', 'times', 'journal', 'post', 'press', 'media', 'tv', 'radio', 'prison', 'province', 'camp', 'city',
    'street', 'square', 'house', 'senate', 'congress', 'parliament', 'assembly', 'republican', 'republicans',
    'democrat', 'democrats', 'democratic', 'administration', 'government', 'embassy', 'mission', 'force', 'forces',
    'air', 'navy', 'military', 'intelligence', 'security', 'police', 'foreign', 'affairs', 'justice', 'human', 'rights',
    'watch', 'amnesty', 'free', 'global', 'summit', 'world', 'war', 'revolution', 'revolutionary', 'monday', 'tuesday',
    'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december', 'twitter', 'facebook', 'covid', 'shiite',
    'sunni', 'muslim', 'muslims', 'christian', 'jewish', 'black', 'caucus', 'board', 'chapter', 'panel', 'plan',
    'act', 'bill', 'resolution', 'operation', 'massacre', 'movement', 'trial', 'case', 'report', 'policy', 'state',
    'federal', 'central', 'general', 'green', 'zone', 'mosque', 'air-force', 'station', 'base', 'garrison', 'dubai',
    'washington', 'new', 'york', 'paris', 'london', 'tehran', 'baghdad', 'brussels', 'antwerp', 'vienna', 'albania',
    'germany', 'france', 'britain', 'sweden', 'belgium', 'israel', 'israeli', 'russia', 'china', 'saudi', 'arabia',
    'syria', 'yemen', 'lebanon', 'turkey', 'ukraine', 'mexico', 'texas', 'california', 'massachusetts', 'minnesota',
    'arkansas', 'jersey', 'connecticut', 'denmark', 'netherlands', 'austria', 'luxembourg', 'norway', 'norwegian',
    'german', 'french', 'british', 'belgian', 'swedish', 'swiss', 'persian', 'farsi', 'english', 'arab', 'arabic',
    'kurdish', 'sub-committee', 'subcommittee', 'ba’athist', "ba'athist", 'marxist', 'islamist', 'death', 'commissions', 'ceremony', 'internet',
  ].map((w) => w),
);

const CAP_TOKEN = /\p{Lu}[\p{L}\p{M}’'\-]*\.?/uy;
const INITIAL = /\p{Lu}\./uy;

export interface NameContext {
  /** Surname (lower-cased) → the first full name in the text with that surname. */
  surnames: Map<string, { name: string; type: EntityType; affiliation: string | null }>;
  /** All mentions in the text, in order. */
  mentions: EntityMention[];
}

/** Scans the whole text once: known entities and people's names, with surname back-references. */
export function buildNameContext(text: string, stream?: TokenStream): NameContext {
  const known = ENTITIES.matcher.findLongest(text, stream);
  const mentions: EntityMention[] = [];
  for (const h of known) {
    const e = h.payloads[0];
    if (e) mentions.push({ start: h.start, end: h.end, name: e.name, type: e.type, affiliation: e.affiliation, known: true, gender: e.gender });
  }
  const surnames: NameContext['surnames'] = new Map();
  for (const m of mentions) {
    if (m.type === 'person') {
      const last = m.name.split(/\s+/).pop()?.toLowerCase();
      if (last && !surnames.has(last)) surnames.set(last, { name: m.name, type: m.type, affiliation: m.affiliation });
    }
  }
  const runs = SURROGATE.test(text) ? capitalisedRuns(text) : capitalisedRunsOf(stream ?? tokenStream(text));
  const people: Array<{ m: EntityMention; titled: boolean; gender: Gender }> = [];
  // Known mentions do not overlap and are in order, so their ends are too: one pointer suffices.
  let kn = 0;
  for (const run of runs) {
    while (kn < known.length && known[kn]!.end <= run.start) kn++;
    if (kn < known.length && known[kn]!.start < run.end) continue;
    const person = personFromRun(run);
    if (!person) continue;
    people.push(person);
    const last = person.m.name.split(/\s+/).pop()?.toLowerCase();
    if (last && person.m.name.includes(' ') && !surnames.has(last)) {
      surnames.set(last, { name: person.m.name, type: 'person', affiliation: null });
    }
  }
  // A lone surname ("Herrell", "Mr. Assadi") refers back (or forward) to a full name in the
  // text; a lone capitalised word that resolves to nothing is kept only after a title.
  const resolved: EntityMention[] = [];
  const genders = new Map<string, Gender>();
  for (const { m, titled, gender } of people) {
    let r: EntityMention | null = null;
    if (m.name.includes(' ')) r = m;
    else {
      const full = surnames.get(m.name.toLowerCase());
      if (full) r = { ...m, name: full.name, type: full.type, affiliation: full.affiliation };
      else if (titled) r = m;
    }
    if (!r) continue;
    resolved.push(r);
    if (gender && !genders.has(r.name)) genders.set(r.name, gender);
  }
  for (const r of resolved) r.gender = genders.get(r.name) ?? r.gender;
  const all = [...mentions, ...resolved].sort((a, b) => a.start - b.start);
  return { surnames, mentions: all };
}

/** Mentions inside a span (e.g. one sentence). */
export function mentionsIn(ctx: NameContext, span: Span): EntityMention[] {
  // Mentions are in order of their start (buildNameContext sorts them): from the first that
  // starts inside the span, up to the last that could still end inside it.
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < ms.length && ms[k]!.start <= span.end; k++) if (ms[k]!.end <= span.end) out.push(ms[k]!);
  return out;
}

interface Run extends Span {
  tokens: Array<Span & { text: string }>;
}

// Maximal runs of capitalised tokens (and initials) separated by single spaces.
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  const re = /\p{Lu}/gu;
  let from = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index < from) continue;
    if (m.index > 0 && /[\p{L}\p{N}\p{M}]/u.test(text[m.index - 1] ?? '')) continue;
    const tokens: Run['tokens'] = [];
    let i = m.index;
    for (;;) {
      CAP_TOKEN.lastIndex = i;
      INITIAL.lastIndex = i;
      const t = INITIAL.exec(text) ?? CAP_TOKEN.exec(text);
      if (!t) break;
      tokens.push({ start: i, end: i + t[0].length, text: t[0] });
      i += t[0].length;
      // A full stop after a word that is neither an initial nor a title ends the sentence.
      const endsSentence = t[0].endsWith('.') && t[0].length > 2 && !TITLES.has(bare(t[0]));
      if (!endsSentence && text[i] === ' ' && /\p{Lu}/u.test(text[i + 1] ?? '')) {
        i++;
        continue;
      }
      break;
    }
    if (tokens.length > 0) {
      const last = tokens[tokens.length - 1]!;
      runs.push({ start: tokens[0]!.start, end: last.end, tokens });
      from = last.end;
      re.lastIndex = last.end;
    }
  }
  return runs;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * capitalisedRuns read off the token stream, for text without surrogates (all but a few texts):
 * there a capital that follows no letter, digit or mark is an atom's first character, and the
 * token expressions are a few class tests per character.
 */
function capitalisedRunsOf(stream: TokenStream): Run[] {
  const { text, atoms, atomStart, atomEnd, atomFirst, atomId } = stream;
  const n = text.length;
  const runs: Run[] = [];
  let from = 0;
  const ids = NO_PERSON.sync(stream);
  for (let k = 0; k < atoms; k++) {
    if ((atomFirst[k]! & C_UPPER) === 0 || atomStart[k]! < from) continue;
    const tokens: Run['tokens'] = [];
    let i = atomStart[k]!;
    for (;;) {
      // CAP_TOKEN (INITIAL is the case of no letters before the full stop).
      let j = i + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if ((classOf(c) & (C_LETTER | C_MARK)) === 0 && c !== 0x2019 && c !== 0x27 && c !== 0x2d) break;
        j++;
      }
      // A run of this one atom alone (no full stop after it, no capitalised word next): when its
      // spelling names no person (most capitalised words), it is passed over without a copy.
      if (ids && tokens.length === 0 && j === atomEnd[k] && text.charCodeAt(j) !== 0x2e && !(text.charCodeAt(j) === 0x20 && j + 1 < n && (classOf(text.charCodeAt(j + 1)) & C_UPPER) !== 0)) {
        const id = atomId[k]!;
        let none = NO_PERSON.get(id);
        if (none === undefined) {
          const t = text.slice(i, j);
          none = personFromRun({ start: i, end: j, tokens: [{ start: i, end: j, text: t }] }) === null;
          NO_PERSON.set(id, none);
        }
        if (none) {
          from = j;
          break;
        }
      }
      if (text.charCodeAt(j) === 0x2e) j++;
      const t = text.slice(i, j);
      tokens.push({ start: i, end: j, text: t });
      i = j;
      const endsSentence = t.length > 2 && t.charCodeAt(t.length - 1) === 0x2e && !TITLES.has(bare(t));
      if (!endsSentence && text.charCodeAt(i) === 0x20 && i + 1 < n && (classOf(text.charCodeAt(i + 1)) & C_UPPER) !== 0) {
        i++;
        continue;
      }
      break;
    }
    if (tokens.length === 0) continue;
    const last = tokens[tokens.length - 1]!;
    runs.push({ start: tokens[0]!.start, end: last.end, tokens });
    from = last.end;
  }
  return runs;
}

/** Spellings that, as a run of one atom, name no person (personFromRun gives null), by atom id. */
const NO_PERSON = new AtomMemo<boolean>();

/** A token without its final full stop, then its possessive 's or ’s, lower-cased. */
function bare(token: string): string {
  let t = token.endsWith('.') ? token.slice(0, -1) : token;
  if (isPossessive(t)) t = t.slice(0, -2);
  return t.toLowerCase();
}

const GENDER_TITLES: Record<string, Gender> = { mr: 'm', mrs: 'f', ms: 'f', madam: 'f', madame: 'f', mme: 'f', sir: 'm', lady: 'f' };

/** Ends in 's or ’s. */
function isPossessive(token: string): boolean {
  return token.endsWith("'s") || token.endsWith('’s');
}

function personFromRun(run: Run): { m: EntityMention; titled: boolean; gender: Gender } | null {
  // Keep what follows the last title or non-name word.
  let startIdx = 0;
  let titled = false;
  let gender: Gender = null;
  run.tokens.forEach((t, i) => {
    const b = bare(t.text);
    if (TITLES.has(b)) {
      startIdx = i + 1;
      titled = true;
      gender = GENDER_TITLES[b] ?? null;
    } else if (NON_NAME.has(b)) {
      startIdx = i + 1;
      titled = false;
      gender = null;
    }
  });
  let toks = run.tokens.slice(startIdx);
  // A possessive ends the name: "Assadi’s lawyer".
  const possessiveAt = toks.findIndex((t) => isPossessive(t.text));
  if (possessiveAt >= 0) toks = toks.slice(0, possessiveAt + 1);
  if (toks.length === 0 || toks.length > 4) return null;
  // Without a possessive, and without a full stop unless the token is an initial ("E.").
  const words = toks.map((t) => {
    const w = isPossessive(t.text) ? t.text.slice(0, -2) : t.text;
    return w.endsWith('.') && t.text.length !== 2 ? w.slice(0, -1) : w;
  });
  // Acronyms are organisations, not people; a trailing initial is not a surname.
  if (words.some((w) => (w.endsWith('.') ? w.length - 1 : w.length) > 1 && !/\p{Ll}/u.test(w))) return null;
  if (/^\p{Lu}\.$/u.test(words[words.length - 1] ?? '')) return null;
  const last = toks[toks.length - 1]!;
  const end = last.end - (isPossessive(last.text) ? 2 : last.text.endsWith('.') ? 1 : 0);
  const name = words.join(' ');
  return { m: { start: toks[0]!.start, end, name, type: 'person', affiliation: null, known: false, gender: null }, titled, gender };
}

/** Type for a generic speaker noun ("the prosecutor", "officials"), or null if not a role. */
export function roleType(noun: string): EntityType | null {
  return ENTITIES.roles.get(noun.toLowerCase()) ?? null;
}
