// One compiled matcher for a list of literal phrases (lexicon variants, event cues, entity
// aliases). All phrases go into a single alternation so a text is scanned once per case mode,
// whatever the number of phrases; nothing is compiled per call.
//
// Phrase syntax: a space or hyphen matches any run of spaces/hyphens ("Mojahedin-e Khalq" =
// "Mojahedin e-Khalq"); an apostrophe matches ' ’ or ‘; a full stop is optional ("Mrs." =
// "Mrs", "U.S." = "US"). Matches sit on Unicode word boundaries. A possessive needs no variant:
// in "MEK's" the boundary after "MEK" holds and the offsets cover "MEK" only.
//
// Persian phrases (Arabic script; the text arrives folded, lib/analysis/persian.ts): a ZWNJ or a
// space in the phrase matches a ZWNJ, a space or nothing, since scraped text writes «کانون‌های
// شورشی», «کانون های شورشی» and «کانونهای شورشی» alike; and the phrase may carry the plural suffix
// ها/های/هایی and, after a vowel, the ezafe or indefinite ی/ای («اعدام‌ها», «فرقه‌ای»), which the
// offsets leave out.

import { foldPersian } from './persian';

export interface PhraseHit<P> {
  start: number;
  end: number;
  /** The phrase key that matched (normalised). */
  key: string;
  payloads: P[];
}

const SEP_CLASS = '[\\s\\-‐‑–]+';
const SEP_FA = '[\\s\\u200c\\-‐‑–]*';
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Inflection a Persian phrase may carry in the text (outside the match's offsets). */
const FA_SUFFIX = '(?:[\\u200c ]?(?:هایی|های|ها))?(?:(?<=[اوه])\\u200c?(?:ای|ی))?';
const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

/** All-capital acronyms (two or more capitals, no lower-case letter) are matched exactly. */
export function isAcronym(phrase: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
}

export function phraseKey(s: string, caseSensitive: boolean): string {
  // A Persian phrase is one key however its parts are joined (ZWNJ, space, nothing).
  if (ARABIC_SCRIPT.test(s)) return foldPersian(s).replace(/[\s\u200c\-‐‑–.]+/gu, '').toLowerCase();
  const k = s
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/[\s\-‐‑–]+/g, ' ')
    .trim();
  return caseSensitive ? k : k.toLowerCase();
}

function phrasePattern(phrase: string): string {
  if (ARABIC_SCRIPT.test(phrase)) {
    const words = foldPersian(phrase).trim().split(/[\s\-‐‑–]+/);
    return words
      .map((w) => [...w].map((ch) => (ch === '\u200c' ? '[\\s\\u200c]?' : ch.replace(/[\\^$*+?()[\]{}|/]/g, '\\$&'))).join(''))
      .join(SEP_FA);
  }
  const parts: string[] = [];
  const key = phrase.replace(/[’‘]/g, "'").trim();
  for (const word of key.split(/[\s\-‐‑–]+/)) {
    let p = '';
    for (const ch of word) {
      if (ch === "'") p += "['’‘]";
      else if (ch === '.') p += '\\.?';
      else p += ch.replace(/[\\^$*+?()[\]{}|/]/g, '\\$&');
    }
    parts.push(p);
  }
  return parts.join(SEP_CLASS);
}

interface Entry<P> {
  phrase: string;
  caseSensitive: boolean;
  payload: P;
}

export class PhraseMatcher<P> {
  private readonly ci: RegExp | null;
  private readonly cs: RegExp | null;
  private readonly ciMap = new Map<string, P[]>();
  private readonly csMap = new Map<string, P[]>();
  /** Shorter phrases that also match wherever a longer one starts ("1988" inside "1988 massacre"). */
  private readonly ciPrefixes = new Map<string, Array<{ key: string; cs: boolean }>>();
  private readonly csPrefixes = new Map<string, Array<{ key: string; cs: boolean }>>();
  /** Matched text → key; the same few spellings recur across millions of texts. */
  private readonly keyCache = new Map<string, string>();

  constructor(entries: ReadonlyArray<Entry<P>>) {
    const ciPhrases: string[] = [];
    const csPhrases: string[] = [];
    for (const e of entries) {
      const key = phraseKey(e.phrase, e.caseSensitive);
      if (key === '') continue;
      const map = e.caseSensitive ? this.csMap : this.ciMap;
      const list = map.get(key);
      if (list) list.push(e.payload);
      else {
        map.set(key, [e.payload]);
        (e.caseSensitive ? csPhrases : ciPhrases).push(e.phrase);
      }
    }
    this.ci = compile(ciPhrases, 'giu');
    this.cs = compile(csPhrases, 'gu');
    this.computePrefixes();
  }

  private computePrefixes(): void {
    const all = [
      ...[...this.ciMap.keys()].map((key) => ({ key, cs: false })),
      ...[...this.csMap.keys()].map((key) => ({ key, cs: true })),
    ];
    for (const long of all) {
      for (const short of all) {
        if (short.key.length >= long.key.length) continue;
        const a = short.cs ? long.key : long.key.toLowerCase();
        if (a.startsWith(short.key) && !/[\p{L}\p{N}\p{M}]/u.test(a[short.key.length] ?? '')) {
          const map = long.cs ? this.csPrefixes : this.ciPrefixes;
          const list = map.get(long.key) ?? [];
          list.push({ key: short.key, cs: short.cs });
          map.set(long.key, list);
        }
      }
    }
  }

  get size(): number {
    return this.ciMap.size + this.csMap.size;
  }

  /**
   * Every phrase occurrence, overlapping ones included: at each start position the longest
   * phrase, plus shorter phrases that are word-prefixes of it.
   */
  findAll(text: string): PhraseHit<P>[] {
    const hits: PhraseHit<P>[] = [];
    this.scan(text, this.ci, this.ciMap, false, hits);
    this.scan(text, this.cs, this.csMap, true, hits);
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits;
  }

  /** Longest matches first, never overlapping: "the Iranian Resistance" is not also "resistance". */
  findLongest(text: string): PhraseHit<P>[] {
    const all = this.findAll(text).slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: PhraseHit<P>[] = [];
    for (const h of all) {
      if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
      taken.push(h);
    }
    return taken.sort((a, b) => a.start - b.start);
  }

  private scan(text: string, re: RegExp | null, map: Map<string, P[]>, cs: boolean, out: PhraseHit<P>[]): void {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const matched = m[1] ?? '';
      if (matched === '') {
        re.lastIndex = m.index + 1;
        continue;
      }
      const key = this.cachedKey(matched, cs);
      const payloads = map.get(key);
      if (payloads) out.push({ start: m.index, end: m.index + matched.length, key, payloads });
      const prefixes = (cs ? this.csPrefixes : this.ciPrefixes).get(key);
      if (prefixes) for (const p of prefixes) {
        const sub = (p.cs ? this.csMap : this.ciMap).get(p.key);
        const end = prefixEnd(text, m.index, p.key, p.cs);
        if (sub && end !== null) out.push({ start: m.index, end, key: p.key, payloads: sub });
      }
      re.lastIndex = m.index + 1;
    }
  }

  private cachedKey(matched: string, cs: boolean): string {
    const id = cs ? `\u0001${matched}` : matched;
    let key = this.keyCache.get(id);
    if (key === undefined) {
      key = phraseKey(matched, cs);
      if (this.keyCache.size > 20_000) this.keyCache.clear();
      this.keyCache.set(id, key);
    }
    return key;
  }
}

// Where a prefix phrase ends in the text, walking the key and the text together (the text may
// use other separators, apostrophes or omit full stops).
function prefixEnd(text: string, start: number, key: string, cs: boolean): number | null {
  let i = start;
  for (let k = 0; k < key.length; k++) {
    const ch = key[k] ?? '';
    if (ch === ' ') {
      if (!/[\s\-‐‑–]/u.test(text[i] ?? '')) return null;
      while (/[\s\-‐‑–]/u.test(text[i] ?? '')) i++;
      continue;
    }
    while (text[i] === '.') i++;
    const t = (text[i] ?? '').replace(/[’‘]/, "'");
    if ((cs ? t : t.toLowerCase()) !== ch) return null;
    i++;
  }
  return i;
}

function compile(phrases: string[], flags: string): RegExp | null {
  if (phrases.length === 0) return null;
  // Longest first so that, at a given position, the alternation prefers the longest phrase.
  const sorted = [...phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const alt = sorted.map(phrasePattern).join('|');
  // The lookahead makes every match zero-width so overlapping phrases at later positions are
  // still seen; the scan loop advances one position at a time.
  return new RegExp(`${BOUNDARY_BEFORE}(?=((?:${alt}))${FA_SUFFIX}${BOUNDARY_AFTER})`, flags);
}
