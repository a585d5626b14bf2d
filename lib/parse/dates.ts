import * as chrono from 'chrono-node';
import { asciiDigits, hasArabicScript } from '@/lib/analysis/persian';
import { findPersianDate, isClockLine, persianDateOnly, solarDateFromPath } from '@/lib/parse/persian-dates';
import type { DatePrecision } from '@/lib/parse/types';

export interface LooseDate {
  /** YYYY-MM-DD; parts beyond `precision` are 01. */
  date: string | null;
  precision: DatePrecision;
}

const UNKNOWN: LooseDate = { date: null, precision: 'unknown' };

export interface DateReading {
  /**
   * The text comes from a Persian page (or a part of a Persian line): its dates are read as Persian
   * writes them, a date in figures day first («10.09.2018» is 10 September), even where the part
   * itself holds no Persian letter.
   */
  dayFirst?: boolean;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Outside this window a "year" in pasted text is far more likely a count or an ID.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Finds the first calendar date in `text` ("May 26, 2021", "1/8/2021" = 8 January,
 * "2019/08/15", "July 2019", "2019", "Augest 15, 2013") without ever filling a missing
 * part from today's date: chrono does that silently, so only parts it marks certain count.
 */
export function parseLooseDate(text: string): LooseDate {
  return findDate(text)?.found ?? UNKNOWN;
}

/**
 * Like parseLooseDate, but only when the text is nothing but a date ("Jan. 4, 2021",
 * "Posted 2019/08/15" is not); for telling a date line from a headline that mentions one.
 */
export function parseDateOnly(text: string, reading: DateReading = {}): LooseDate {
  // A site's clock ("امروز: …", "Today is …") is when the page was saved, not the article's date.
  if (isClockLine(text)) return UNKNOWN;
  if (reading.dayFirst || mayBePersian(text)) {
    const fa = persianDateOnly(text);
    if (fa) return { date: fa.date, precision: fa.precision };
  }
  const hit = findDate(text, reading);
  if (!hit) return UNKNOWN;
  const leftover = hit.input.replace(hit.matched, '').replace(NORDIC_WEEKDAY, '').replace(/[\s,.;:()–—-]+/g, '');
  return leftover ? UNKNOWN : hit.found;
}

/**
 * A Scandinavian blog's weekday before its date header ("fredag 26. september 2014"): Blogger prints
 * it in the blog's locale, and the date parsers match the date without it.
 */
const NORDIC_WEEKDAY = /^\s*(?:mandag|måndag|tirsdag|tisdag|onsdag|torsdag|fredag|lørdag|lördag|søndag|söndag)(?![\p{L}])/iu;

function findDate(text: string, reading: DateReading = {}): { found: LooseDate; matched: string; input: string } | null {
  const input = fixMonthTypos(asciiDigits(text.normalize('NFKC')).replace(/\s+/g, ' ').trim());
  if (!input) return null;

  // Persian datelines: Solar Hijri dates, Gregorian months in Persian (lib/import/persian-dates.ts).
  if (reading.dayFirst || mayBePersian(input)) {
    const fa = findPersianDate(input);
    if (fa) return { found: { date: fa.date, precision: fa.precision }, matched: input.slice(fa.start, fa.end), input };
  }

  // The calendar date as written; chrono would shift "2021-01-04T23:30-05:00" into local time.
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/.exec(input);
  if (iso) {
    const day = build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day) return { found: { date: day, precision: 'day' }, matched: iso[0], input };
    // "2019-13-01" is year-month-day as written and impossible; chrono would read it as the
    // 13th of January, a date nobody wrote.
    if (iso[0].length === input.length) return null;
  }

  // Strict mode parses only explicit dates ("tomorrow", "Friday" are ignored).
  for (const result of chrono.strict.parse(input)) {
    const found = fromComponents(result.start);
    if (found) return { found, matched: result.text, input };
  }
  // A blog's date header in its own language ("Sonntag, 18. August 2013", "dimanche 18 août 2013"):
  // Blogger and WordPress print the date in the blog's locale, whatever the language of its posts.
  // Only a written day, month and year, before English's casual reading takes "August 2013" out of it.
  if (FOREIGN_MONTH.test(input) && /\b(?:19|20)\d{2}\b/.test(input)) {
    // Blogger's default pattern keeps English's order in every locale ("mardi, juillet 31, 2007"):
    // the month's name, then the day; those parsers read the day first.
    const monthFirst = /^(?:\p{L}+,?\s+)?(\p{L}+)\s+(\d{1,2}),?\s+((?:19|20)\d{2})$/u.exec(input);
    const variants = monthFirst ? [input, `${monthFirst[2]} ${monthFirst[1]} ${monthFirst[3]}`] : [input];
    for (const variant of variants) {
      for (const locale of FOREIGN_LOCALES) {
        for (const result of locale.strict.parse(variant)) {
          const found = fromComponents(result.start);
          // The whole line is the date when it was reordered.
          if (found?.precision === 'day') return { found, matched: variant === input ? result.text : input, input };
        }
      }
    }
  }

  // Casual mode is needed for "July 2019"; its results are accepted only when year and
  // month were actually written, which also shuts out relative phrases.
  for (const result of chrono.casual.parse(input)) {
    if (!/\b\d{4}\b/.test(result.text)) continue;
    const found = fromComponents(result.start);
    if (found) return { found, matched: result.text, input };
  }

  const yearMonth = /^((?:19|20)\d{2})[-/](\d{1,2})$/.exec(input);
  if (yearMonth) {
    const first = build(Number(yearMonth[1]), Number(yearMonth[2]), 1);
    if (first) return { found: { date: first, precision: 'month' }, matched: input, input };
  }

  const yearOnly = /^(?:(?:in|year|c\.|circa)\s+)?(\d{4})\.?$/i.exec(input);
  if (yearOnly) {
    const year = Number(yearOnly[1]);
    if (year >= MIN_YEAR && year <= MAX_YEAR) {
      return { found: { date: `${year}-01-01`, precision: 'year' }, matched: input, input };
    }
  }
  return null;
}

/** Arabic script, or a Solar Hijri year (13xx, 14xx) in any digits: "1398/08/27". */
function mayBePersian(text: string): boolean {
  return hasArabicScript(text) || /(?<!\d)1[34]\d\d(?!\d)/.test(asciiDigits(text));
}

const FOREIGN_LOCALES = [chrono.de, chrono.fr, chrono.nl, chrono.es, chrono.pt, chrono.it, chrono.sv];
// A word of those languages' dates that English does not use (a month or a weekday), a German
// ordinal day ("18. August"), or Spanish's and Portuguese's "6 de ago. de 2023" (a podcast host's
// localised pages abbreviate the month): a cheap test before their parsers run.
const FOREIGN_MONTH =
  /\b\d{1,2}\s+de\s+\p{L}{3,10}\.?\s+de\s+(?:19|20)\d{2}\b|\b(?:januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|mei|augustus|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|maj|augusti|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\d\.\s*\p{L}/iu;

function fromComponents(c: chrono.ParsedComponents): LooseDate | null {
  if (!c.isCertain('year') || !c.isCertain('month')) return null;
  const year = c.get('year');
  const month = c.get('month');
  if (year === null || month === null) return null;
  if (c.isCertain('day')) {
    const day = build(year, month, c.get('day') ?? 0);
    return day ? { date: day, precision: 'day' } : null;
  }
  const first = build(year, month, 1);
  return first ? { date: first, precision: 'month' } : null;
}

/** YYYY-MM-DD for a real calendar day in range, else null (no rolling 31 Feb into March). */
function build(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Chrono matches month names exactly, so hand-typed mastheads like "Augest 15, 2013" are
 * lost. A word one edit away from a month name (two for long names), and followed by a
 * day or year, is taken as that month; the digit requirement keeps ordinary words safe.
 */
function fixMonthTypos(text: string): string {
  return text.replace(/\b([A-Za-z]{4,10})(\.?\s+\d)/g, (whole, word: string, rest: string, at: number) => {
    const lower = word.toLowerCase();
    // A month of a blog's own language after its day ("mardi 29 octobre 2013") is no typo: "corrected"
    // to English it would leave the weekday behind and the line would no longer read as a date.
    if (FOREIGN_MONTH.test(lower) && /\d\.?\s*$/.test(text.slice(0, at))) return whole;
    if (MONTHS.includes(lower) || MONTHS.some((m) => m.startsWith(lower) && lower.length >= 3)) {
      return whole;
    }
    for (const month of MONTHS) {
      const allowed = month.length >= 7 ? 2 : 1;
      if (Math.abs(month.length - lower.length) <= allowed && editDistance(lower, month) <= allowed) {
        return month[0]!.toUpperCase() + month.slice(1) + rest;
      }
    }
    return whole;
  });
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Date encoded in a URL path: /2023/06/20/ (day), /2023/06/ (month), or a slug ending in
 * -2023-06-20 as Reuters and others write it.
 */
/** A month's number from its English name or any abbreviation of three letters or more ("sep", "Sept"). */
function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase())) + 1;
}

export function dateFromUrl(url: string): LooseDate {
  let path: string;
  let host = '';
  try {
    const u = new URL(url.trim());
    path = u.pathname;
    host = u.hostname;
  } catch {
    path = url.trim();
  }
  const solar = solarDateFromPath(path);
  if (solar) return { date: solar.date, precision: 'day' };
  // Joomla names an item without an alias by its creation time, in the query («id=39554:2013-02-14-10-09-33»);
  // the category's own id («catid=21:2010-…») is the category's day, not the item's.
  const joomla = /[?&]id=\d+:((?:19|20)\d{2})-(\d{2})-(\d{2})-\d{2}-\d{2}-\d{2}(?:&|$)/.exec(url);
  if (joomla) {
    const day = build(Number(joomla[1]), Number(joomla[2]), Number(joomla[3]));
    if (day) return { date: day, precision: 'day' };
  }
  // A day folder ("/2019/05/06/" or "/2019/05/06-slug"); Blogger's addresses (name.blogspot.com and
  // its country domains) have month folders only, so a number opening the post's slug there
  // ("/2017/07/8-96-….html") is no day, nor is a one-digit number before a hyphen elsewhere.
  const ymd = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{2}(?=\/|$|[-_.])|\d(?=\/|$))/.exec(path);
  if (ymd && !/(?:^|\.)blogspot\.[a-z.]+$/.test(host)) {
    const day = build(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    if (day) return { date: day, precision: 'day' };
  }
  // A month's name as the folder ("/2012/sep/28/", "/news/03/apr/1147.html": a two-digit year there
  // is the century's nearest to now; "/2011/06july/2/": a number glued before the name is no month's,
  // and the number after such a folder need not be a day) and a year's folder then the day as MMDD ("/2008/0211/").
  const named = /\/((?:19|20)\d{2}|\d{2})\/(\d{1,2})?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\/(?:(\d{1,2})(?=\/|$))?/i.exec(path);
  if (named) {
    const yy = Number(named[1]);
    const y = named[1]!.length === 4 ? yy : yy <= new Date().getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy;
    const m = monthNumber(named[3]!);
    const day = named[4] && !named[2] ? build(y, m, Number(named[4])) : null;
    if (day) return { date: day, precision: 'day' };
    const month = build(y, m, 1);
    if (month) return { date: month, precision: 'month' };
  }
  // The same in a slug ("la-xpm-2009-aug-14-fg-…").
  const slugNamed = /(?:^|[/_-])((?:19|20)\d{2})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-(\d{1,2})(?=[/_.-]|$)/i.exec(path);
  if (slugNamed) {
    const day = build(Number(slugNamed[1]), monthNumber(slugNamed[2]!), Number(slugNamed[3]));
    if (day) return { date: day, precision: 'day' };
  }
  const mmdd = /\/((?:19|20)\d{2})\/(\d{2})(\d{2})(?=\/)/.exec(path);
  if (mmdd) {
    const day = build(Number(mmdd[1]), Number(mmdd[2]), Number(mmdd[3]));
    if (day) return { date: day, precision: 'day' };
  }
  // Of several (a CMS's category alias made from its own creation time, then the item's:
  // "/2018-11-21-16-56-54/210-2019-05-15-08-17-24"), the last is the item's.
  const slug = [...path.matchAll(/(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\/|$|[-_.])/g)].at(-1);
  if (slug) {
    const day = build(Number(slug[1]), Number(slug[2]), Number(slug[3]));
    if (day) return { date: day, precision: 'day' };
  }
  // BBC: /2015/09/150915_… (the month's folder, then the day as YYMMDD).
  const bbc = /\/((?:19|20)(\d{2}))\/(\d{2})\/(\d{2})(\d{2})(\d{2})[_-]/.exec(path);
  if (bbc && bbc[2] === bbc[4] && bbc[3] === bbc[5]) {
    const day = build(Number(bbc[1]), Number(bbc[3]), Number(bbc[6]));
    if (day) return { date: day, precision: 'day' };
  }
  // A path segment that starts with a compact timestamp: /20230703/, /20230703130116018/, or the day
  // and the item's number that day (/201607132769/).
  const compact = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{1,9})?(?=\/|$)/.exec(path);
  if (compact) {
    const day = build(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (day) return { date: day, precision: 'day' };
  }
  const ym = /\/((?:19|20)\d{2})\/(\d{1,2})(?=\/|$)/.exec(path);
  if (ym) {
    const month = build(Number(ym[1]), Number(ym[2]), 1);
    if (month) return { date: month, precision: 'month' };
  }
  // A year folder before an article number: /2017/13404.
  const year = /\/((?:19|20)\d{2})\/(?=\d{3,}(?:\/|$|[-_.]))/.exec(path);
  if (year && Number(year[1]) >= MIN_YEAR) return { date: `${year[1]}-01-01`, precision: 'year' };
  return UNKNOWN;
}
