// Persian pages that carry a foreign outlet's article in full translation, and say so in a head
// line: «روزنامه ایندیپندنت انگلستان: <headline>», «مجله «نیوزویک» (آمریکا)-۱۸دی۹۶», «دی‌سایت آلمان:»,
// «گزارش X به زبان آلمانی، همراه با ترجمه …». By rule 1 of the labelling convention
// (data/devset/README.md) the translation is the original's; by rule 2 a site telling X's report in
// its own words («X در گزارشی نوشت …», «به گزارش X، …») keeps it. Pure.
import { headLength, nonEmptyLines } from '@/lib/parse/normalize';
import { foldPersian } from '@/lib/analysis/persian';
import { dateOfLine, isPersonName, isSubjectName, withoutTrailingDate } from '@/lib/parse/page-head';
import { normalizeName, resolvePublisher, type RegistryPublisher } from '@/lib/registry/publishers';
import type { LooseDate } from '@/lib/parse/dates';

const SP = '[\\s\\u200c]';
/** The kind of outlet before its name, as a translator's credit writes it («مجله‌ی», «روزنامه», …). */
const PRESS_WORD = new RegExp(`^(?:روزنامه|هفته${SP}*نامه|ماهنامه|دو${SP}*هفته${SP}*نامه|مجله|نشریه|تلویزیون|شبکه|رادیو|خبرگزاری|سایت|وب${SP}*سایت)(?:${SP}*ی)?(?:${SP}+|(?=[A-Za-z]))`, 'u');
/**
 * Country names a credit puts after a foreign outlet, bare or in brackets («ایندیپندنت انگلستان»,
 * «نیوزویک (آمریکا)»), with the registry's English country each stands for.
 */
const COUNTRIES: Record<string, string> = {
  انگلستان: 'United Kingdom',
  انگلیس: 'United Kingdom',
  بریتانیا: 'United Kingdom',
  آمریکا: 'United States',
  امریکا: 'United States',
  آلمان: 'Germany',
  فرانسه: 'France',
  ایتالیا: 'Italy',
  اسپانیا: 'Spain',
  سوئیس: 'Switzerland',
  سوییس: 'Switzerland',
  سوئد: 'Sweden',
  هلند: 'Netherlands',
  بلژیک: 'Belgium',
  اتریش: 'Austria',
  کانادا: 'Canada',
  استرالیا: 'Australia',
  آلبانی: 'Albania',
  عراق: 'Iraq',
  ترکیه: 'Turkey',
  روسیه: 'Russia',
  اسرائیل: 'Israel',
  قطر: 'Qatar',
};

/** A foreign news organisation: a registry outlet that reports and does not publish in Persian. */
function foreignNews(p: RegistryPublisher | null): RegistryPublisher | null {
  return p && (p.kind === 'news_outlet' || p.kind === 'state_media') && !p.languages.includes('fa') ? p : null;
}

/**
 * The outlet a credit part names: «مجله‌ی «نیوزویک» (آمریکا)» → Newsweek. The kind word, quotes and
 * a country (bracketed or bare, agreeing with the outlet's) are read around the name; the name alone
 * must be a registry name or alias, never the group's own names or a person's.
 */
export function creditedName(raw: string): { publisher: RegistryPublisher; shaped: boolean } | null {
  let s = foldPersian(raw).trim().replace(/[:.،,]+$/u, '').trim();
  const press = PRESS_WORD.exec(s);
  if (press) s = s.slice(press[0].length);
  let shaped = press !== null;
  const resolve = (name: string): RegistryPublisher | null => {
    const n = name.replace(/[«»"“”]/gu, '').trim();
    if (!n || n.split(/\s+/u).length > 5 || isSubjectName(n) || isPersonName(n)) return null;
    // «خبرگزاری فرانسه» is a name as a whole; «مجله‌ی نیوزویک» is a kind word and a name.
    return (press ? resolvePublisher(`${press[0].trim()} ${n}`) : null) ?? resolvePublisher(n);
  };
  // The whole name first: «صدای آمریکا» ends in a country and is a name.
  const whole = resolve(s);
  if (whole) return { publisher: whole, shaped };
  let country: string | null = null;
  const bracket = /^(.+?)[\s\u200c]*\(([^()]{2,20})\)$/u.exec(s);
  const bare = /^(.+?)[\s\u200c]+(\S+)$/u.exec(s);
  if (bracket && COUNTRIES[bracket[2]!.trim()]) [s, country] = [bracket[1]!, COUNTRIES[bracket[2]!.trim()]!];
  else if (bare && COUNTRIES[bare[2]!]) [s, country] = [bare[1]!, COUNTRIES[bare[2]!]!];
  if (!country) return null;
  const publisher = resolve(s);
  if (!publisher || (publisher.country && !publisher.country.includes(country))) return null;
  shaped = true;
  return { publisher, shaped };
}

/** Whether a passage names the outlet by any of its names (spaces and zero-width joiners aside). */
export function namesOutlet(text: string, p: RegistryPublisher): boolean {
  const hay = normalizeName(text);
  return [p.name, ...p.aliases].some((n) => {
    const key = normalizeName(n);
    return key.length >= 4 && hay.includes(key);
  });
}

export interface TranslationCredit {
  publisher: RegistryPublisher;
  /** The original's day or month when the credit gives it. */
  date: LooseDate | null;
}

/** «گزارش X به زبان آلمانی، همراه با ترجمه …», «متن X به انگلیسی و ترجمه فارسی آن». */
const IN_LANGUAGE = new RegExp(
  `^(?:گزارش|مقاله|متن|یادداشت|مصاحبه)${SP}+(.{2,40}?)${SP}+به${SP}+(?:زبان${SP}+)?\\S+${SP}*[،,]?${SP}*(?:و|همراه${SP}+با|به${SP}+همراه)${SP}+ترجمه`,
  'u',
);
/**
 * «ترجمه گزارشی از تلویزیون X» (a translation of a report by X), a line of its own: the page says
 * outright that what follows is X's item translated.
 */
const TRANSLATED_FROM = new RegExp(
  `^ترجمه(?:${SP}*ی)?${SP}+(?:گزارش|مقاله|مصاحبه|یادداشت|برنامه|متن)(?:${SP}*(?:ی|ای))?${SP}+(?:از|در)${SP}+(.{2,50}?)[.:]?$`,
  'u',
);
/**
 * «مصاحبه تلویزیون فاکس نیوز با مریم رجوی» over a line with the interview's day (alone, or ending a
 * credit line «رادیو X ـ۱۰اوت۲۰۱۱»): its transcript.
 */
const INTERVIEW = new RegExp(`^مصاحبه(?:${SP}*ی)?${SP}+(.{2,40}?)${SP}+با${SP}+\\S`, 'u');

/**
 * The foreign news organisation whose article a Persian page carries in full translation, credited
 * on one of the head lines (above the first paragraph of prose):
 * - a credit line of its own or before a headline's colon, in a credit's shape — the kind of outlet,
 *   its country, or the item's date after a dash («روزنامه ایندیپندنت انگلستان: عنوان», «دی‌سایت
 *   آلمان:», «مجله‌ی «نیوزویک» (آمریکا)-۱۸دی۹۶»); a bare name before a colon is left to the existing
 *   lead credit;
 * - «گزارش X به زبان …، همراه با ترجمه» (X's report in its language, with a translation);
 * - «مصاحبه X با …» with the interview's day alone on the next line.
 * Only an outlet that does not publish in Persian (the text is then a translation), and only when
 * the first paragraphs of prose under the credit do not name it: a site's own article telling X's
 * report names X as its source («X در گزارشی نوشت», «به گزارش X»), a translation does not.
 */
export function translationCredit(paragraphs: readonly string[]): TranslationCredit | null {
  const lines = nonEmptyLines(paragraphs);
  const head = headLength(lines, 8, 6);
  // «ترجمه گزارشی از X» says so outright: it counts on any of the first lines, also under a teaser
  // paragraph set above it.
  for (const [i, line] of lines.slice(0, 8).entries()) {
    if (i >= head && !TRANSLATED_FROM.test(foldPersian(line))) continue;
    const hit = headCredit(line, i + 1 < head ? lines[i + 1] : undefined);
    if (!hit) continue;
    const prose = lines.slice(i + 1).filter((l) => l.length >= 60).slice(0, 2).join('\n');
    if (namesOutlet(prose, hit.publisher) || THIS_PAPER.test(foldPersian(prose))) continue;
    // A press review heads each paper's section with its credit: another outlet so credited further
    // down makes the page a review.
    const other = lines.slice(i + 1, 80).some((l, j) => {
      const o = headCredit(l, lines[i + 2 + j]);
      return o !== null && o.publisher.slug !== hit.publisher.slug;
    });
    return other ? null : hit;
  }
  return null;
}

/**
 * «عفو بین‌الملل/ترجمه فارسی از سایت نمونه», «X | ترجمه: Y»: a credit line that names the text's
 * issuer before a slash or bar and its translator after it. The first part is the credit; what
 * follows «ترجمه» is who made or posted the translation.
 */
const ISSUER_THEN_TRANSLATOR = new RegExp(
  `^(.{2,60}?)${SP}*[/|]${SP}*ترجمه(?:${SP}*ی)?(?:${SP}+(?:به${SP}+)?فارسی)?(?:${SP}*:${SP}*|${SP}+از${SP}+|${SP}+)(\\S.{1,60})$`,
  'u',
);

/**
 * The registry outlet a head line credits as the issuer of a text it says is translated («X/ترجمه
 * فارسی از Y»): by rule 1 of the labelling convention a translation is its original's. Any kind of
 * outlet (a human-rights group's statement as much as a paper's article), but only a registry name
 * standing alone as the first part: the group's own names (a heading), a person (an author whose
 * book was translated) and a book's title are no credit. When the part after «ترجمه» names an
 * outlet that does not publish in Persian, the line may as well mean «translated from Y» (Y the
 * original): no credit then. A Persian site there (a translator's) leaves the credit X's.
 */
export function translatedIssuer(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  for (const line of lines.slice(0, headLength(lines, 8))) {
    const m = ISSUER_THEN_TRANSLATOR.exec(foldPersian(line).trim());
    if (!m) continue;
    const issuer = creditedName(m[1]!)?.publisher;
    if (!issuer) continue;
    const translator = m[2]!.trim().replace(/[.:،,]+$/u, '');
    const other = creditedName(translator)?.publisher ?? resolvePublisher(translator);
    if (other && other.slug !== issuer.slug && !other.languages.includes('fa')) continue;
    return issuer;
  }
  return null;
}

/** The day a line gives: the whole line, or a credit line's trailing date. */
function dayOfLine(line: string): LooseDate | null {
  const whole = dateOfLine(line, { dayFirst: true });
  if (whole.precision === 'day') return whole;
  const trailing = line.length <= 70 ? withoutTrailingDate(line) : null;
  return trailing && trailing[1].precision === 'day' ? trailing[1] : null;
}

/** «این روزنامه نوشت»: the site refers to the credited paper in the third person (rule 2). */
const THIS_PAPER = new RegExp(`(?:^|\\s)این${SP}+(?:روزنامه|هفته${SP}*نامه|مجله|نشریه|تلویزیون|شبکه|رادیو|خبرگزاری)${SP}`, 'u');

function headCredit(line: string, next: string | undefined): TranslationCredit | null {
  const l = foldPersian(line);
  const lang = IN_LANGUAGE.exec(l);
  if (lang) {
    const p = foreignNews(creditedName(lang[1]!)?.publisher ?? null);
    if (p) return { publisher: p, date: null };
  }
  const translated = TRANSLATED_FROM.exec(l);
  if (translated) {
    const p = foreignNews(creditedName(translated[1]!)?.publisher ?? null);
    if (p) return { publisher: p, date: null };
  }
  const interview = INTERVIEW.exec(l);
  const nextDay = next !== undefined ? dayOfLine(next) : null;
  if (interview && nextDay?.precision === 'day') {
    const p = foreignNews(creditedName(interview[1]!)?.publisher ?? null);
    if (p) return { publisher: p, date: nextDay };
  }
  // The credit part: the whole line, or what stands before its first colon.
  const colon = l.indexOf(':');
  const part = colon >= 0 ? l.slice(0, colon) : l;
  if (part.length > 70) return null;
  const dated = withoutTrailingDate(part);
  const named = creditedName(dated ? dated[0] : part);
  if (!named || !(named.shaped || dated)) return null;
  const p = foreignNews(named.publisher);
  return p ? { publisher: p, date: dated ? dated[1] : null } : null;
}

/**
 * «تلویزیون صدای آمریکا گزارشی از … پخش کرد و گفت:», «روزنامه X گزارش داد»: the first paragraph of
 * prose introduces the outlet's report in the third person, so the page tells that report in its own
 * framing (rule 2), and the outlet's name standing alone in the head is the site's label for its
 * source, not a masthead. An outlet's own copy credits itself as «به گزارش X», never this way.
 */
// «X اعلام کرد که …» (X announced that …) right after the name is the same third person.
const REPORT_INTRO = new RegExp(`^[^.!؟]{0,160}?گزارش(?:ی)?${SP}[^.!؟]{0,160}?(?:پخش|منتشر|ارائه|مخابره|درج)${SP}*(?:کرد|نمود|کرده|نموده)|^${SP}*گزارش${SP}*داد|^${SP}*اعلام${SP}*(?:کرد|کرده${SP}*است|نمود)`, 'u');
export function introducesReportOf(paragraphs: readonly string[], name: string): boolean {
  const p = resolvePublisher(name);
  if (!p) return false;
  // The lead, or the paragraph after a standfirst that reads as one.
  const leads = paragraphs.flatMap((x) => x.split('\n')).map((l) => l.trim()).filter((l) => l.length >= 100).slice(0, 2);
  return leads.some((lead) => {
    // English: "The Example Times ran a special section …", also after a "By Jane Roe:" byline.
    const en = /^(?:By\s[^:]{3,60}:\s*)?(?:The\s+)?(.{2,60}?)\s+(?:ran|published|has published|carried|reported|printed|aired|broadcast)\s/u.exec(lead);
    if (en && resolvePublisher(en[1]!)?.slug === p.slug) return true;
    const folded = foldPersian(lead);
    // «یک گزارش خبرگزاری X …», «گزارش تازه X …» (a report of X …): the report is the subject.
    const report = /^(?:یک|بر[\s\u200c]+اساس|در)?[\s\u200c]*گزارش(?:ی)?(?:[\s\u200c]+(?:تازه|جدید))?(?:[\s\u200c]+از)?[\s\u200c]+/u.exec(folded);
    if (report) {
      const rest = folded.slice(report[0].length).split(/\s+/u);
      for (let n = 1; n <= Math.min(6, rest.length); n++) if (creditedName(rest.slice(0, n).join(' '))?.publisher.slug === p.slug) return true;
    }
    const words = folded.split(/\s+/u);
    // The name opens the lead (after a kind word): the report is the subject of the sentence.
    for (let n = 1; n <= Math.min(6, words.length); n++) {
      if (creditedName(words.slice(0, n).join(' '))?.publisher.slug !== p.slug) continue;
      return REPORT_INTRO.test(words.slice(n).join(' '));
    }
    return false;
  });
}
