// Normalised tokens for event matching. Event cues are matched on tokens, not on raw strings, so
// one cue covers its inflections and spellings: every token is lower-cased, stripped of Latin
// accents and of a possessive 's, mapped through the catalog's name variants (Mujahedeen →
// mojahedin, Khalgh → khalq, Manëz/Manza → manez, Noury → nouri, III → 3) and stemmed (Porter:
// removed/removal/removing → remov). Hyphens and spaces separate tokens alike, and "U.S." is one
// token "us". Offsets stay UTF-16 indices into the analysed text, so evidence passages point at
// what the reader sees.
//
// Persian (any Arabic-script word): the text arrives folded (lib/analysis/persian.ts: one spelling
// for letters and digits). A word's parts joined by ZWNJ are separate tokens, as a space would
// make them (قتل‌عام = قتل عام); a part that is only a suffix (ها, های, ی, ای …) or the verb prefix
// می/نمی is not a token of its own; digits glued to letters are split off (اشرف۳ → اشرف 3,
// سال۱۳۶۷ → سال 1367); the plural suffix ها/های/هایی is stemmed away (اعدام‌ها = اعدامها = اعدام).
// Scraped text often glues a word's parts together (قتلعام, سازمانمجاهدینخلق): the catalog
// indexes every Persian cue also with its words joined (lib/analysis/catalog.ts).
import { stemmer } from 'stemmer';
import { normalizeForAnalysis } from './persian';

export interface EvToken {
  start: number;
  end: number;
  /** Normalised form (variants applied, stemmed). */
  norm: string;
  /** Two or more capitals as written ("MEK", "MeK"): acronym cues match only these. */
  caps: boolean;
  /** A Persian word with a glued object marker («خارجیرا»): its form without «را», which may end a cue. */
  bare?: string;
}

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Letters and digits glued together in Persian text: split into runs of each. */
const RUN_RE = /\p{N}+|[\p{L}\p{M}]+/gu;
/** ZWNJ-joined parts that only inflect the word before or after them. */
const PERSIAN_SUFFIX_PARTS = new Set(['ها', 'های', 'هایی', 'ی', 'ای', 'یی', 'ام', 'ات', 'اش', 'ش', 'مان', 'تان', 'شان', 'تر', 'ترین', 'ان']);
const PERSIAN_PREFIX_PARTS = new Set(['می', 'نمی']);
const PERSIAN_PLURAL = ['هایی', 'های', 'ها'];

/** Light Persian stemming: the plural suffix ها/های/هایی goes (اعدامها → اعدام). */
export function persianStem(w: string): string {
  for (const s of PERSIAN_PLURAL) if (w.endsWith(s) && w.length - s.length >= 2) return w.slice(0, -s.length);
  return w;
}
const LATIN_WORD = /^[a-z]+$/;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}/u;

export type VariantMap = ReadonlyMap<string, string>;

const ASCII = /^[\x00-\x7f]*$/;

/** "Café" → "cafe"; only Latin combining accents go, so Persian letters stay intact. */
function fold(s: string): string {
  return ASCII.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Lower case, accents folded, typographic apostrophes plain, a possessive 's and apostrophes gone. */
function plain(raw: string): string {
  const l = fold(raw.toLowerCase());
  return l.includes("'") || l.includes('’') ? l.replace(/[’]/g, "'").replace(/'s$/, '').replace(/'/g, '') : l;
}

const stemCache = new Map<string, string>();

/** One word → its normalised form (no variants). */
export function stemWord(raw: string): string {
  const w = plain(raw);
  if (ARABIC_SCRIPT.test(w)) return persianStem(w);
  if (!LATIN_WORD.test(w) || w.length < 3) return w;
  const hit = stemCache.get(w);
  if (hit !== undefined) return hit;
  // British -ise/-isation spellings stem like the -ize ones.
  const z = w.replace(/is(ation|ations|e|es|ed|ing)$/, 'iz$1');
  const s = stemmer(z);
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(w, s);
  return s;
}

/** Normalises one word through the variant map (keys and values are raw lower-case words). */
export function normWord(raw: string, variants: VariantMap): string {
  const lower = plain(raw);
  const v = variants.get(lower);
  return v ?? stemWord(lower);
}

// Normalised form per raw token and variant map: the same few thousand words recur across texts.
const normCache = new WeakMap<VariantMap, Map<string, string>>();

function cachedNorm(raw: string, variants: VariantMap): string {
  let cache = normCache.get(variants);
  if (!cache) normCache.set(variants, (cache = new Map()));
  let n = cache.get(raw);
  if (n === undefined) {
    n = normWord(raw, variants);
    if (cache.size > 100_000) cache.clear();
    cache.set(raw, n);
  }
  return n;
}

const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

export function tokenizeForEvents(text: string, variants: VariantMap): EvToken[] {
  const out: EvToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    // "U.S." / "U.N.": single capitals joined by full stops are one acronym token.
    if (raw.length === 1) {
      const dotted = DOTTED_ACRONYM.exec(text.slice(start, start + 16));
      if (dotted) {
        const letters = dotted[0].replace(/\./g, '');
        out.push({ start, end: start + dotted[0].length, norm: cachedNorm(letters, variants), caps: true });
        TOKEN_RE.lastIndex = start + dotted[0].length;
        continue;
      }
    }
    if (ARABIC_SCRIPT.test(raw)) {
      pushPersian(out, text, raw, start, variants);
      continue;
    }
    const caps = raw.length <= 8 && TWO_CAPITALS.test(raw);
    out.push({ start, end: start + raw.length, norm: cachedNorm(raw, variants), caps });
  }
  return out;
}

// One Persian word as tokens: digit and letter runs apart, ZWNJ-joined inflection parts folded
// into the word they belong to.
function pushPersian(out: EvToken[], text: string, raw: string, start: number, variants: VariantMap): void {
  const joinedBefore = text[start - 1] === '\u200c';
  const joinedAfter = text[start + raw.length] === '\u200c';
  RUN_RE.lastIndex = 0;
  const runs = [...raw.matchAll(RUN_RE)];
  for (const [i, m] of runs.entries()) {
    const part = m[0];
    const s = start + m.index!;
    const e = s + part.length;
    const lower = part.toLowerCase();
    // "می‌گویند": the prefix part before a ZWNJ is not a word; "اعدام‌ها": a suffix part after one
    // extends the word before it.
    // The plural suffix also stands after a space where the ZWNJ was lost ("کانون های شورشی").
    const prev = out[out.length - 1];
    const attached = prev !== undefined && i === 0 && s - prev.end <= 2 && /^[\s\u200c]*$/u.test(text.slice(prev.end, s));
    if (runs.length === 1 && PERSIAN_PREFIX_PARTS.has(lower) && (joinedAfter || /^\s+\p{Script=Arabic}/u.test(text.slice(e, e + 3)))) return;
    if (runs.length === 1 && attached && (PERSIAN_PLURAL.includes(lower) || (joinedBefore && PERSIAN_SUFFIX_PARTS.has(lower)))) {
      prev.end = e;
      return;
    }
    if (/^\p{N}+$/u.test(part)) {
      out.push({ start: s, end: e, norm: part, caps: false });
      continue;
    }
    const bare = part.length >= 4 && part.endsWith('را') ? part.slice(0, -2) : null;
    if (bare === null) out.push({ start: s, end: e, norm: cachedNorm(part, variants), caps: false });
    else out.push({ start: s, end: e, norm: cachedNorm(part, variants), caps: false, bare: cachedNorm(bare, variants) });
  }
}

/**
 * A Persian cue with its words also written together, as scraped text often has them
 * ("قتل عام" → also "قتلعام"; "سازمان مجاهدین خلق" → "سازمانمجاهدین خلق", …, "سازمانمجاهدینخلق"):
 * every way of joining neighbouring Persian words (at most 16 ways).
 */
export function joinedForms(tokens: ReadonlyArray<{ norm: string; acronym: boolean }>): Array<Array<{ norm: string; acronym: boolean }>> {
  const n = tokens.length;
  if (n < 2 || n > 5) return [];
  const letters = (t: { norm: string }) => ARABIC_SCRIPT.test(t.norm) && !/\p{N}/u.test(t.norm);
  const out: Array<Array<{ norm: string; acronym: boolean }>> = [];
  for (let mask = 1; mask < 1 << (n - 1); mask++) {
    let ok = true;
    const form: Array<{ norm: string; acronym: boolean }> = [{ ...tokens[0]! }];
    for (let i = 1; i < n; i++) {
      if (mask & (1 << (i - 1))) {
        if (!letters(tokens[i - 1]!) || !letters(tokens[i]!)) {
          ok = false;
          break;
        }
        form[form.length - 1] = { norm: persianStem(form[form.length - 1]!.norm + tokens[i]!.norm), acronym: false };
      } else form.push({ ...tokens[i]! });
    }
    if (ok) out.push(form);
  }
  return out;
}

/** A cue phrase as tokens, with the acronym flag of each word ("MEK camp" → [mek*, camp]). */
export function phraseTokens(raw: string, variants: VariantMap): Array<{ norm: string; acronym: boolean }> {
  const phrase = ARABIC_SCRIPT.test(raw) ? normalizeForAnalysis(raw).text : raw;
  return tokenizeForEvents(phrase, variants).map((t) => {
    const raw = phrase.slice(t.start, t.end).replace(/\./g, '');
    return { norm: t.norm, acronym: raw.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw) };
  });
}

export interface IndexedPhrase<P> {
  tokens: Array<{ norm: string; acronym: boolean }>;
  /** Normalised phrase, the key evidence lists show once per phrase. */
  key: string;
  payload: P;
}

export interface TokenHit<P> {
  /** Token positions [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  key: string;
  payloads: P[];
}

/**
 * All phrases keyed by their first token; a text is scanned once, every phrase starting at each
 * token is tried (overlaps included: "1988" inside "1988 massacre" is a hit of its own).
 */
export class TokenPhraseIndex<P> {
  private readonly byFirst = new Map<string, Array<{ tokens: IndexedPhrase<P>['tokens']; key: string; payloads: P[] }>>();

  constructor(phrases: ReadonlyArray<IndexedPhrase<P>>) {
    const byKey = new Map<string, { tokens: IndexedPhrase<P>['tokens']; key: string; payloads: P[] }>();
    for (const p of phrases) {
      if (p.tokens.length === 0) continue;
      const k = p.tokens.map((t) => (t.acronym ? `${t.norm}*` : t.norm)).join(' ');
      const entry = byKey.get(k);
      if (entry) entry.payloads.push(p.payload);
      else byKey.set(k, { tokens: p.tokens, key: p.key, payloads: [p.payload] });
    }
    for (const e of byKey.values()) {
      const first = e.tokens[0]!.norm;
      const list = this.byFirst.get(first) ?? [];
      list.push(e);
      this.byFirst.set(first, list);
    }
  }

  findAll(tokens: readonly EvToken[]): TokenHit<P>[] {
    const out: TokenHit<P>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const e of this.byFirst.get(tokens[i]!.norm) ?? []) {
        const n = e.tokens.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < n; k++) {
          const want = e.tokens[k]!;
          const got = tokens[i + k]!;
          // A glued «را» follows the object's last word: only a cue's last word may carry it.
          if ((got.norm !== want.norm && (k < n - 1 || got.bare !== want.norm)) || (want.acronym && !got.caps)) {
            ok = false;
            break;
          }
        }
        if (ok) out.push({ from: i, to: i + n, start: tokens[i]!.start, end: tokens[i + n - 1]!.end, key: e.key, payloads: e.payloads });
      }
      const bare = tokens[i]!.bare;
      for (const e of bare === undefined ? [] : (this.byFirst.get(bare) ?? [])) {
        if (e.tokens.length === 1 && !e.tokens[0]!.acronym) out.push({ from: i, to: i + 1, start: tokens[i]!.start, end: tokens[i]!.end, key: e.key, payloads: e.payloads });
      }
    }
    return out;
  }
}
