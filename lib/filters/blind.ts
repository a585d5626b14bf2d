// The blind reading's URL (/events/<slug>/blind): which passages (seed, number, groups,
// language), the reader's marks and whether the answers are shown. The whole exercise is this
// query string, so one shared link gives every student the same set, and a student's own URL
// (with their marks) reproduces their sheet after a reload.
import { RATED_STANCES } from '@/lib/stance';
import { firstParam, parseListParam, type SearchParamsRecord } from './search-params';

export type RatedStance = (typeof RATED_STANCES)[number];

export const BLIND_MIN = 3;
export const BLIND_MAX = 30;
export const BLIND_DEFAULT = 9;

/** One letter per group in a mark param (`m3=c`): short URLs, and what a plain form submits. */
export const MARK_CODES: Record<RatedStance, string> = { advocacy: 'a', mainstream: 'm', critical: 'c' };
const CODE_STANCE = new Map(Object.entries(MARK_CODES).map(([s, c]) => [c, s as RatedStance]));

export interface BlindFilter {
  /** Letters and digits; the same seed over the same coverage gives the same passages in the same order. */
  seed: string | null;
  /** Passages asked for. */
  n: number;
  /** Groups whose coverage is drawn from (each gets an equal share). */
  groups: RatedStance[];
  /** Only articles in this language (an ISO 639-1 code), or any language. */
  lang: string | null;
  /** Passage number (1-based) → the group the reader marked it as. */
  marks: Record<number, RatedStance>;
  reveal: boolean;
}

export function parseSeed(value: string | string[] | undefined): string | null {
  const s = firstParam(value)?.trim();
  return s && /^[A-Za-z0-9]{1,24}$/.test(s) ? s : null;
}

export function parseBlindFilter(raw: SearchParamsRecord): BlindFilter {
  const nRaw = Number(firstParam(raw.n)?.trim());
  const n = Number.isInteger(nRaw) ? Math.min(BLIND_MAX, Math.max(BLIND_MIN, nRaw)) : BLIND_DEFAULT;
  // Comma-separated in links; repeated (groups=a&groups=b) when the setup form's checkboxes submit.
  const listed = parseListParam([raw.groups ?? []].flat().join(','), RATED_STANCES) as RatedStance[];
  const groups = RATED_STANCES.filter((s) => listed.length === 0 || listed.includes(s));
  const lang = firstParam(raw.lang)?.trim().toLowerCase();
  const marks: Record<number, RatedStance> = {};
  for (let i = 1; i <= n; i++) {
    const stance = CODE_STANCE.get(firstParam(raw[`m${i}`])?.trim() ?? '');
    if (stance) marks[i] = stance;
  }
  return {
    seed: parseSeed(raw.seed),
    n,
    groups,
    lang: lang && /^[a-z]{2,3}$/.test(lang) ? lang : null,
    marks,
    reveal: ['1', 'true', 'yes'].includes(firstParam(raw.reveal)?.trim().toLowerCase() ?? ''),
  };
}

/** The selection alone (no marks, no reveal): what the teacher shares. Defaults are left out. */
export function blindSelectionQuery(f: Pick<BlindFilter, 'seed' | 'n' | 'groups' | 'lang'>): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.seed) q.seed = f.seed;
  if (f.n !== BLIND_DEFAULT) q.n = String(f.n);
  if (f.groups.length !== RATED_STANCES.length) q.groups = f.groups.join(',');
  if (f.lang) q.lang = f.lang;
  return q;
}

/** The selection with the reader's marks, and `reveal=1` when the answers are shown. */
export function blindQuery(f: BlindFilter): Record<string, string> {
  const q = blindSelectionQuery(f);
  for (const [i, s] of Object.entries(f.marks)) q[`m${i}`] = MARK_CODES[s];
  if (f.reveal) q.reveal = '1';
  return q;
}

export function blindHref(eventSlug: string, query: Record<string, string>): string {
  const qs = new URLSearchParams(query).toString();
  return `/events/${encodeURIComponent(eventSlug)}/blind${qs ? `?${qs}` : ''}`;
}

/** A fresh seed: five base-36 characters, easy to read out in class. */
export function newSeed(random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < 5; i++) s += Math.floor(random() * 36).toString(36);
  return s;
}
