// The head of a pasted page: the lines above its first paragraph of prose, where a headline sits
// among navigation, section labels, dates, bylines, captions and credits; and the places in a
// text where it credits another outlet (a wire dateline, a byline, a republication note). Pure.
import { parseDateOnly, type LooseDate } from '@/lib/parse/dates';
import { contentWords } from '@/lib/analysis/tokenize';
import { matchTerms } from '@/lib/analysis/terms';
import { resolvePublisher, type RegistryPublisher } from '@/lib/registry/publishers';

/**
 * A string that is nothing but the group's own names ("Mojahedin-e Khalq (MEK)", "PMOI / MEK",
 * "NCRI"): on a page about the group that is its subject — a heading, a tag, a category — not a
 * credit, even though the group's own sites are registry outlets under those names. Only an
 * explicit credit form ("Source: PMOI", "(NCRI) –" as a dateline, a byline) may name them.
 */
export function isSubjectName(s: string): boolean {
  const letters = (t: string) => (t.match(/[\p{L}\p{N}]/gu) ?? []).length;
  const total = letters(s);
  if (total === 0) return false;
  const named = matchTerms(s)
    .filter((h) => h.category === 'names')
    .flatMap((h) => h.offsets)
    .reduce((n, o) => n + letters(s.slice(o.start, o.end)), 0);
  return named / total >= 0.6;
}

/** News organisations (papers, agencies, broadcasters, state media): the kinds that report. */
function reports(p: RegistryPublisher): boolean {
  return p.kind === 'news_outlet' || p.kind === 'state_media';
}

/** A registry outlet named by a credit; "PMOI / MEK Iran" tries each part. */
function creditOf(raw: string | undefined): RegistryPublisher | null {
  const t = (raw ?? '').trim().replace(/^the\s+/i, 'The ').replace(/[.,;:]+$/, '');
  if (!t || t.length > 60) return null;
  const whole = resolvePublisher(t);
  if (whole) return whole;
  for (const part of t.split(/\s+(?:\/|&|and)\s+|,\s*/)) {
    const hit = part.trim() ? resolvePublisher(part.trim()) : null;
    if (hit) return hit;
  }
  return null;
}

/** The same, where the text only suggests a credit: never the group's own names. */
function weakCreditOf(raw: string | undefined): RegistryPublisher | null {
  return raw && !isSubjectName(raw) ? creditOf(raw) : null;
}

/** Lines that are never a headline: furniture, captions, credits, bylines, dates. */
export function isNeverTitle(line: string): boolean {
  const l = line.trim();
  if (!l) return true;
  // Captions and credits.
  if (/^(?:photo|image|picture|video|graphic|illustration|file photo|credit|source|caption|copyright|©)\b\s*[:(©-]?/i.test(l)) return true;
  if (/(?:\(|\s[-–—|/]\s*)(?:AFP|AP|Reuters|Getty Images?|EPA|Shutterstock|file photo|photo)\)?\s*$/i.test(l) && l.split(/\s+/).length > 3) return true;
  if (/^©|\bvia Getty Images\b|\/\s*(?:AFP|AP|Reuters)\b/i.test(l)) return true;
  // Bylines, datelines, dates and times.
  if (/^(?:(?:written|reported|posted|published|updated|reporting)\s+)?by\b[:\s]/i.test(l) || /^(?:author|posted on|published|updated)\s*:?\s/i.test(l)) return true;
  if (parseDateOnly(stripTime(l)).precision !== 'unknown' && l.length <= 40) return true;
  // Navigation, widgets and page furniture.
  if (/^(?:home|skip to (?:main )?content|you are here|share(?: this(?: story| article)?)?|share article|tweet|print|email|comments?|post a comment|subscribe|sign up|log ?in|menu|search|read more|related(?: stories| articles| posts)?|advertisement|next|previous|more articles)\b.{0,30}$/i.test(l)) return true;
  if (/^(?:join|follow|like) (?:us|our)\b/i.test(l) || /^short url$/i.test(l)) return true;
  if (/^(?:posted|post|published|updated|last modified)\s+(?:on|at)\b/i.test(l)) return true;
  if (/^[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)+$/u.test(l)) return true; // "FRANCE-IRAN-TRIAL" desk slugs
  if (/^\d+\s*[x×]\s*\d+$/.test(l) || /^-?\d+(?:\.\d+)?\s*°?\s*[CF]$/.test(l)) return true; // ad sizes, weather
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(l)) return true;
  if (/\s»\s|\s›\s/.test(l)) return true; // breadcrumbs
  if (l.split(/\s+\|\s+/).length >= 2) return true; // "Section | Section", language switchers
  if (l.split(/\s+[-–—]\s+/).length >= 3 && l.split(/\s+/).length <= 10) return true; // "World - Local News - Site"
  if (/^\p{Ll}/u.test(l)) return true; // a line starting in lower case continues something
  if (!/\p{L}{2}/u.test(l)) return true;
  return false;
}

/** "Wed Sep 11, 2019 1:7" / "3 July 2018 - 11:57" → the date part. */
export function stripTime(line: string): string {
  return line.replace(/\s*[-–—,|]?\s*\d{1,2}:\d{1,2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{2,4})?$/i, '').trim();
}

export function dateOfLine(line: string): LooseDate {
  const l = line.trim();
  if (l.length > 48 || l.includes('\n')) return { date: null, precision: 'unknown' };
  // "date 2021-02-04" / "Date: 2021-02-04" stamps.
  const stamp = /^(?:date\s*:?\s*)?(\d{4}-\d{2}-\d{2})$/i.exec(l);
  return parseDateOnly(stamp ? stamp[1]! : stripTime(l));
}

/**
 * Picks the headline among the head's lines: the title-like line whose words come back most in
 * the body (a real headline shares the lead's vocabulary; a section label, a site slogan or a
 * "News Code 1234" line does not). A line that a later line repeats with navigation glued in
 * front ("HomeIran News NowWho Is…", "Home » … » Title") or that is a cut-off start of a later
 * line (a kicker, "Supreme Court of Sweden Upholds…") yields to that later line.
 */
export function pickTitle(candidates: readonly string[], body: string): string | null {
  const key = (s: string) => s.toLowerCase().replace(/(?:\.\.\.|…)\s*$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const keys = candidates.map(key);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const alive = candidates.map((c, i) => {
    const k = keys[i]!;
    if (k.length < 8 || (counts.get(k) ?? 0) > 1) return false;
    return !keys.some((o, j) => j !== i && o.length >= 12 && o !== k && (k.endsWith(o) || (j > i && o.startsWith(k) && k.length >= 8)));
  });
  // The first line that shares enough of the body's words: a headline precedes its standfirst.
  const bodyWords = new Set(contentWords(body.slice(0, 2500)));
  for (const [i, c] of candidates.entries()) {
    if (!alive[i]) continue;
    const words = contentWords(c);
    if (words.length < 3) continue;
    const overlap = words.filter((w) => bodyWords.has(w)).length / words.length;
    if (overlap >= 0.34) return c;
  }
  // No line shares the body's words (a short text): the first headline-like line, as before.
  return candidates.find((c, i) => alive[i] && contentWords(c).length >= 2) ?? null;
}

/** Where the text credits an outlet other than the page it sits on. Registry outlets only. */
export function creditedOutlet(paragraphs: readonly string[]): string | null {
  const text = paragraphs.join('\n');
  const known = (s: string | undefined) => creditOf(s)?.name ?? null;
  const weak = (s: string | undefined) => weakCreditOf(s)?.name ?? null;
  // Aggregators' leads: "Outlet, Place, Month DD YYYY:… excerpt".
  for (const p of paragraphs.slice(0, 6)) {
    const lead = /^([^:\n…]{3,120}?\d{4})\s*:\s*(?:…|\.\.\.)/.exec(p);
    if (!lead) continue;
    for (const name of lead[1]!.split(',').slice(0, -1)) {
      const hit = weak(name);
      if (hit) return hit;
    }
  }
  const tries: Array<RegExp> = [
    // "This article was originally published by X and is reprinted with permission."
    /\b(?:originally|first) (?:published|appeared) (?:by|in|on|at)\s+((?:the )?[A-Z][^.,;\n]{1,60}?)(?=\s+(?:and|on|in)\b|[.,;\n]|$)/,
    /\bThis (?:report|article|story) by\s+((?:the )?[A-Z][^\n]{1,60}?)\s+was (?:first|originally) published/i,
    /\bReprinted (?:with permission )?from\s+((?:the )?[A-Z][^.,;\n]{1,60})/,
    /\b(?:Continue reading|Read (?:the )?(?:full|rest of the|more of the)?\s*(?:article|story|report)?)(?: this article)?\s+(?:at|on)\s+((?:the )?[A-Z][^.\n]{1,50}?)\s*$/im,
    // Wire datelines: "TEHRAN (FNA)-", "ERBIL (Kurdistan 24) –"; a release's issuer opening its
    // text: "(NCRI) –", "(PMOI / MEK Iran) &"
    /^[A-Z][A-Za-z .'’-]{1,30}\(([^()\n]{2,40})\)\s*[-–—:]/m,
    /^[ \t]*(?:date\s*:?\s*\d{4}-\d{2}-\d{2}\s+)?\(([^()\n]{2,40})\)[ \t]*[-–—:&]/m,
    // Bylines naming the outlet: "By A and B / Associated Press", "By A, The Algemeiner"
    /^By\s+[^\n/]{2,80}?\s*(?:\/|,)\s*([^,/\n]{2,60})$/im,
    /^(?:Reporting|Report) by\s+([^\n]{2,60})$/im,
    /^Source\s*:\s*([^\n]{2,60})$/im,
  ];
  for (const re of tries) {
    const m = re.exec(text);
    const hit = m ? known(m[1]) : null;
    if (hit) return hit;
  }
  // A line ending in "by" followed by the outlet on the next line.
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i + 1 < lines.length && i < 20; i++) {
    if (/\bby$/i.test(lines[i]!)) {
      const hit = known(lines[i + 1]);
      if (hit) return hit;
    }
  }
  // An outlet opening the first paragraph of prose: "IRNA – The ambassador…", "Tehran, July 3, IRNA – …"
  for (const p of paragraphs.slice(0, 8)) {
    const open = /^([A-Z][\w&.'’ /-]{1,40}?)\s+[-–—]\s+\S/.exec(p) ?? /^[A-Z][\w .]{1,30},\s*[A-Z][a-z]+\.? \d{1,2},\s*([A-Z][\w&.' -]{1,30}?)\s*[-–—]\s/.exec(p);
    const hit = open ? weak(open[1]) : null;
    if (hit) return hit;
  }
  return null;
}

/**
 * News agencies: newspapers print their copy under their own name, so "X told AFP" in a paper
 * is wire copy, not a repost.
 */
const WIRE_AGENCIES: ReadonlySet<string> = new Set(['ap', 'afp', 'reuters', 'dpa', 'anadolu', 'xinhua', 'efe', 'ansa', 'irna', 'isna', 'mehr', 'fars', 'tasnim', 'ilna', 'kuna', 'wam', 'qna', 'tass']);

/**
 * The outlet a source spoke to ("two sources told The Intercept", "first flagged the accounts
 * to Mother Jones", "acknowledged to The Algemeiner"): in journalism that is the outlet doing
 * the reporting, so on another site's page the text is a repost. Agencies are left out.
 */
export function reportingOutlet(text: string): string | null {
  const re = /\b(?:told|said to|confirmed to|acknowledged to|admitted to|flagged\s+(?:[\w-]+\s+){0,3}to|in an interview with|speaking to)\s+((?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[1]!.replace(/[.,;:]+$/, '');
    const hit = resolvePublisher(name);
    // Only news organisations report: "told Amnesty International" is a statement to an NGO.
    if (hit && reports(hit) && !WIRE_AGENCIES.has(hit.slug)) return hit.name;
  }
  return null;
}

/** An outlet named on a line of its own in the head of the page (a masthead or a credit). */
export function headOutlet(lines: readonly string[]): string | null {
  for (const l of lines) {
    if (l.length > 60) continue;
    const hit = weakCreditOf(l);
    if (hit) return hit.name;
  }
  return null;
}
