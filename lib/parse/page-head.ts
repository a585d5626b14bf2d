// The head of a pasted page: the lines above its first paragraph of prose, where a headline sits
// among navigation, section labels, dates, bylines, captions and credits; and the places in a
// text where it credits another outlet (a wire dateline, a byline, a republication note). Pure.
import { headLength, nonEmptyLines } from '@/lib/parse/normalize';
import { parseDateOnly, parseLooseDate, type DateReading, type LooseDate } from '@/lib/parse/dates';
import { findPersianDate, isClockLine, postedLineDate } from '@/lib/parse/persian-dates';
import { asciiDigits, foldPersian, ZWNJ } from '@/lib/analysis/persian';
import { STOPWORDS_FA } from '@/lib/analysis/stopwords-fa';
import { contentWords } from '@/lib/analysis/tokenize';
import { matchTerms } from '@/lib/analysis/terms';
import { resolvePublisher, type RegistryPublisher } from '@/lib/registry/publishers';
import entitiesData from '@/data/entities.json';

/** Known people's names ("Maryam Rajavi"): on a line of its own that is a caption or a byline. */
const PEOPLE: ReadonlySet<string> = new Set(
  entitiesData.entities.filter((e) => e.type === 'person').flatMap((e) => e.aliases.map((a) => a.toLowerCase())),
);

export function isPersonName(line: string): boolean {
  // A caption's trailing comma or colon («مریم رجوی،» over a picture) leaves it a name.
  return PEOPLE.has(line.trim().replace(/[\s,،:;.]+$/u, '').toLowerCase());
}

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

/**
 * A Persian credit line of a news outlet and its writer, alone on a line over the text («رویداد۲۴
 * مریم وحیدیان»), as aggregators credit the item they carry: the outlet, and the writer. The
 * writer is two or three words with nothing a headline would say («گزارش داد», «اعلام کرد»).
 */
export function outletAndWriter(line: string): { outlet: RegistryPublisher; writer: string } | null {
  const l = line.trim();
  if (!/^[\p{Script=Arabic}\d۰-۹\s\u200c]{4,60}$/u.test(l)) return null;
  const words = l.split(/\s+/u);
  for (let n = 1; n <= Math.min(3, words.length - 2); n++) {
    const outlet = resolvePublisher(words.slice(0, n).join(' '));
    if (!outlet || !reports(outlet)) continue;
    const writer = words.slice(n);
    if (writer.length > 3 || writer.some((w) => !/^\p{Script=Arabic}[\p{Script=Arabic}\u200c]+$/u.test(w) || HEADLINE_VERB.test(foldPersian(w)) || STOPWORDS_FA.has(foldPersian(w)))) return null;
    return { outlet, writer: writer.join(' ') };
  }
  return null;
}
const HEADLINE_VERB = /^(?:گزارش|داد|کرد|شد|نوشت|گفت|اعلام|خبر|افزود|مدعی)$/u;

/** A company-form ending a publisher's name carries in an imprint or copyright line ("… Ltd", "…, Inc."). */
const COMPANY_FORM = /,?\s+(?:Ltd|Limited|Inc|LLC|L\.L\.C|plc|PLC|GmbH|Corp|Corporation)\.?$/;

/** A registry outlet named by a credit; "PMOI / MEK Iran" tries each part. */
function creditOf(raw: string | undefined, weak = false): RegistryPublisher | null {
  const t = (raw ?? '').trim().replace(/^the\s+/i, 'The ').replace(/[.,;:]+$/, '');
  if (!t || t.length > 60) return null;
  const whole = resolvePublisher(t) ?? (COMPANY_FORM.test(t) ? resolvePublisher(t.replace(COMPANY_FORM, '')) : null);
  if (whole) return whole;
  for (const part of t.split(/\s+(?:\/|&|and)\s+|,\s*/)) {
    // A weak credit's parts are not the group's names either: "MEK, Secret Meeting in Tirana" is a headline.
    if (weak && isSubjectName(part.trim())) continue;
    const hit = part.trim() ? resolvePublisher(part.trim()) : null;
    if (hit) return hit;
  }
  return null;
}

/**
 * The same, where the text only suggests a credit: never the group's own names, and never a
 * known person's name alone (a photo caption under the headline, even when a registry site is
 * named after that person).
 */
function weakCreditOf(raw: string | undefined): RegistryPublisher | null {
  if (!raw || isSubjectName(raw) || isPersonName(raw)) return null;
  return creditOf(raw, true);
}

// Languages by their own names, as a site's edition switcher lists them.
const LANGUAGE_NAMES = new Set(
  ['english', 'فارسی', 'فارسي', 'عربي', 'عربی', 'العربية', 'français', 'francais', 'deutsch', 'español', 'espanol', 'italiano', 'русский', 'türkçe', 'turkce', 'shqip', 'kurdî', 'کوردی', 'کردی', 'اردو', '中文', 'português', 'svenska', 'nederlands', 'azərbaycan', 'dari', 'دری', 'پښتو', 'עברית'],
);

/** A line of two or more language names alone ("فارسی English عربي"): the site's edition switcher. */
function isLanguageSwitcher(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|/·•,]+/u).filter(Boolean);
  return words.length >= 2 && words.every((w) => LANGUAGE_NAMES.has(w));
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
  // A site's clock ("امروز: شنبه ۳ آذر ۱۴۰۳"), never the article's date or title.
  if (isClockLine(l) && findPersianDate(l) && l.length <= 80) return true;
  // An update stamp ("(last modified Thu, 27 Jun 2024 07:56:54 GMT )"), as a CMS prints it over the dateline.
  if (/^\(?\s*last[\s-]+(?:modified|updated)\b/i.test(l) && l.length <= 80 && parseLooseDate(l).precision !== 'unknown') return true;
  // Navigation, widgets and page furniture.
  // A page's skip links (numbered as a list: "3. Skip to more DW sites"), a donation appeal, a
  // switch to the site's light edition.
  if (/^(?:\d{1,2}\.\s*)?skip to\b.{0,40}$/i.test(l) || /^donate\b.{0,50}$/i.test(l) || /^switch to .{1,30}\b(?:light|lite)\??$/i.test(l)) return true;
  if (/^(?:home|skip to (?:main )?content|you are here|share(?: this(?: story| article)?)?|share article|tweet|print|email|comments?|post a comment|subscribe|sign up|log ?in|menu|search|read more|related(?: stories| articles| posts)?|advertisement|next|previous|more articles)\b.{0,30}$/i.test(l)) return true;
  if (/^(?:join|follow|like) (?:us|our)\b/i.test(l) || /^short url$/i.test(l)) return true;
  // Persian navigation: "پرش به محتوا/گزارش" (skip to content), a numbered skip link, a "more
  // videos »»" link, a "کد خبر ۱۲۳۴" (news code) line.
  if (/^(?:\d+\.\s*)?پرش[\s\u200c]+به[\s\u200c]/u.test(l) || /(?:»»|>>)\s*$/u.test(l)) return true;
  if (/^(?:کد|شناسه)[\s\u200c]+(?:خبر|مطلب)\s*:?\s*[\d۰-۹٠-٩]+$/u.test(l)) return true;
  if (WIKI_TAGLINE.test(foldPersian(l)) || isPersianFurniture(foldPersian(l))) return true;
  // A site's reuse or copyright notice: "استفاده از مطالب … با ذکر منبع بلامانع است" (free to use
  // with the source named), "کلیه حقوق … محفوظ است" (all rights reserved).
  if (/با[\s\u200c]+ذکر[\s\u200c]+(?:منبع|ماخذ|مأخذ)|حقوق[\s\u200c]+[^\n]{0,60}محفوظ/u.test(foldPersian(l))) return true;
  // An aggregator's link to the original: "… مشاهده در مرجع" (view at the source).
  if (/(?:مشاهده|ادامه|مطالعه)(?:[\s\u200c]+(?:خبر|مطلب))?[\s\u200c]+در[\s\u200c]+(?:مرجع|منبع)[.:]?$/u.test(l)) return true;
  if (/^(?:posted|post|published|updated|last modified)\s+(?:on|at)\b/i.test(l)) return true;
  if (/^[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)+$/u.test(l)) return true; // "FRANCE-IRAN-TRIAL" desk slugs
  if (/^\d+\s*[x×]\s*\d+$/.test(l) || /^-?\d+(?:\.\d+)?\s*°?\s*[CF]$/.test(l)) return true; // ad sizes, weather
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(l)) return true;
  if (/\s[»›>]\s/.test(l)) return true; // breadcrumbs
  // A line wholly in brackets is a note on the headline (an occasion, a series), not the headline.
  if (/^\([^()]{3,}\)$/u.test(l)) return true;
  if (l.split(/\s+\|\s+/).length >= 2) return true; // "Section | Section", language switchers
  if (isLanguageSwitcher(l)) return true;
  // A short line of section names run together ("NewsTop News", "IFP ExclusiveFeatured NewsSecurity"):
  // a menu whose labels lost their spaces. Brand names glued so (YouTube, WhatsApp) are not menus.
  if (l.split(/\s+/).length <= 4 && /\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}/u.test(l.replace(/\b(?:YouTube|WhatsApp|FaceBook|JavaScript|PowerPoint)\b/g, ''))) return true;
  if (l.split(/\s+[-–—]\s+/).length >= 3 && l.split(/\s+/).length <= 10) return true; // "World - Local News - Site"
  if (/^\p{Ll}/u.test(l)) return true; // a line starting in lower case continues something
  if (!/\p{L}{2}/u.test(l)) return true;
  return false;
}

// A space, a zero-width non-joiner or nothing: Persian pages write these words all three ways.
const J = '[\\s\\u200c]*';
/**
 * Persian page furniture that reads like a short headline: a skip link («برو به محتوای اصلی»), a
 * search box («جستجوی این وبلاگ»), a list's heading («آخرین خبرها», «خبر فوری»), a label left
 * alone when its value went to another line («تاریخ انتشار», «اندازه متن», «لینک به منبع»).
 * Whole lines only: a headline may start with any of these words.
 */
const FA_WIDGET = new RegExp(
  `^(?:(?:برو|رفتن)${J}به${J}(?:محتوا|محتوای${J}اصلی|صفحه${J}اصلی)|جستجو(?:${J}ی)?(?:${J}(?:در|این)(?:${J}(?:این|سایت|وبلاگ|وب${J}سایت|مطالب))*)?|(?:آخرین|جدیدترین|تازه${J}ترین|مهم${J}ترین|پربازدیدترین|پربیننده${J}ترین)${J}(?:خبرها|اخبار|مطالب|نوشته${J}ها|ها)(?:${J}(?:جهان|ایران|سایت))?|خبر${J}فوری|تاریخ${J}(?:انتشار|انتشار${J}خبر|ثبت)|اندازه${J}(?:متن|فونت|قلم)|(?:لینک|پیوند)${J}(?:به${J})?(?:منبع|مطلب|کوتاه)|نسخه${J}(?:چاپی|قابل${J}چاپ)|(?:ارسال|اشتراک${J}گذاری)${J}(?:به${J}دوستان|مطلب)?)${J}[:：]?$`,
  'u',
);
/**
 * A source, picture or guest label with its value («منبع : نام سایت ،۷ اکتبر ۲۰۱۶», «میهمان: …»):
 * what a page prints above or under a headline, never the headline.
 */
const FA_LABELLED = new RegExp(`^(?:منبع|منابع|ماخذ|مأخذ|عکس|تصویر|تصاویر|عکاس|فیلم|نویسنده|مترجم|ترجمه|میهمان|مهمان|تهیه${J}کننده|مجری|زمان${J}(?:خواندن|مطالعه))${J}[:：]`, 'u');

/** Wikipedia's tagline under an article's name («از ویکی‌پدیا، دانشنامهٔ آزاد», "From Wikipedia, the free encyclopedia"). */
const WIKI_TAGLINE = /^(?:از[\s\u200c]+ویکی[\s\u200c]*پدیا[\s\u200c]*[،,][\s\u200c]*دانشنامه(?:\u0654|[\s\u200c]*ی)?[\s\u200c]+آزاد|From Wikipedia, the free encyclopedia)\.?$/iu;

/**
 * The article's name on a Wikipedia page: the line above the tagline, status labels («بررسی‌شده»,
 * «صفحه حفاظت‌شده») between them aside. It is the heading even when it is only a person's name,
 * which a headline elsewhere never is.
 */
export function wikiHeading(head: readonly string[]): string | null {
  const lines = head.map((l) => l.trim()).filter(Boolean).slice(0, 15);
  const tagline = lines.findIndex((l) => WIKI_TAGLINE.test(foldPersian(l)));
  for (let i = tagline - 1; i >= 0; i--) {
    if (isNeverTitle(lines[i]!)) continue;
    return lines[i]!.length <= 120 ? lines[i]! : null;
  }
  return null;
}

function isPersianFurniture(l: string): boolean {
  if (!/\p{Script=Arabic}/u.test(l)) return false;
  if (FA_WIDGET.test(l) || FA_LABELLED.test(l)) return true;
  // A skip link («رد شدن به محتوای اصلی», skip to the main content).
  if (/^رد[\s\u200c]+شدن[\s\u200c]+به[\s\u200c]+(?:محتوا|محتوای[\s\u200c]+اصلی|منو|پیمایش)$/u.test(l)) return true;
  // Wikipedia's page-status labels («بررسی‌شده», «صفحه حفاظت‌شده»): printed over an article's lead.
  if (/^(?:صفحه[\s\u200c]+)?(?:حفاظت|بررسی)[\s\u200c]*شده$/u.test(l)) return true;
  // A news code with the desk or the label after it («شناسهٔ خبر: ۶۲۱۷۶۲۴۷ - سرویس سیاسی», «کدخبر: ۱۵۵ تاریخ انتشار:»).
  if (new RegExp(`^(?:کد|شناسه)\\u0654?${J}(?:ی${J})?(?:خبر|مطلب)${J}:?${J}[\\d۰-۹٠-٩]{3,}(?:\\s.{0,40})?$`, 'u').test(l)) return true;
  // A category path set with double slashes («Catégories // بخش // بخش»), as a breadcrumb.
  if (l.split(/\s\/\/\s/u).length >= 3) return true;
  // A CMS's category menu run together, opening with its Latin label glued to the Persian items
  // («Uncategorizedانتشارات…»): words are never glued across scripts at a line's start.
  if (/^\p{Script=Latin}{4,}\p{Script=Arabic}/u.test(l)) return true;
  // A date line whose parts are set off by slashes («دوشنبه / ۲۲ بهمن / ۱۴۰۳»): a site's clock.
  if (/\s\/\s/u.test(l) && l.length <= 60 && dateOfLine(l.replace(/\s*\/\s*/gu, ' '), { dayFirst: true }).precision !== 'unknown') return true;
  // A programme's stamp: a name and its day in both calendars joined by «=» («رادیو نمونه ۸ دی ۱۳۹۲= ۲۹
  // دسامبر ۲۰۱۳»); a headline gives one day, not an equation of two.
  const eq = /^(.{0,40}?)\s*([^=]{4,24})=\s*([^=]{4,24})$/u.exec(l);
  if (eq && eq[1]!.split(/\s+/u).filter(Boolean).length <= 4 && findPersianDate(eq[2]!) && parseLooseDate(eq[3]!).precision !== 'unknown') return true;
  return false;
}

/**
 * "Wed Sep 11, 2019 1:7" / "3 July 2018 - 11:57" / "Jun 27, 2024 11:26 Asia/Tehran" → the date part.
 * The zone is an abbreviation or a time-zone database name ("Area/Place"), as a CMS prints its setting.
 */
export function stripTime(line: string): string {
  return line
    // A recording's length after the day ("Jul 21, 2022 · 5m 16s"), or the dot left before it when
    // the length went to a line of its own: a podcast page's stamp.
    .replace(/\s*·\s*(?:(?:\d{1,2}h\s*)?(?:\d{1,3}m(?:in)?\s*)?(?:\d{1,2}s)?)?\s*$/u, '')
    .replace(/\s*[-–—,|]?\s*\d{1,2}:\d{1,2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*(?:(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4}|[A-Z][a-z]+(?:\/[A-Z][A-Za-z_-]+){1,2})?$/i, '')
    // An agency's time before the day: "0354 GMT August 16, 2022", "10:05 GMT, 3 May 2021".
    .replace(/^(?:\d{4}|\d{1,2}:\d{2})\s*(?:GMT|UTC)\s*,?\s*(?=\S)/, '')
    .trim();
}

/**
 * A Persian stamp's clock time under its label after the day («22 اکتبر 2021، زمان: 19:27», «…،
 * ساعت: ۱۲:۴۶»): the label and time go, the day stays. Only at the end of the line.
 */
function withoutTimeLabel(line: string): string {
  return line.replace(/\s*[،,]?\s*(?:زمان|ساعت)[\s\u200c]*:?[\s\u200c]*[\d۰-۹]{1,2}:[\d۰-۹]{2}(?::[\d۰-۹]{2})?$/u, '');
}

/**
 * An English meta line's label before its day ("Publish Date: 28 July 2012 - 05:05", "Published on
 * …", "Updated 09 September 2023"): the label goes, the day stays. Whether the line is the
 * publication date is the caller's question (an update is a date, not the publication's). A content
 * type's label may run into it ("ResearchPublished Jul 28, 2009", "CommentaryPublished …").
 */
const EN_DATE_LABEL = /^(?:[A-Z][a-z]{3,15}(?=Published))?(?:(?:first\s+)?published(?:\s+on)?|publish(?:ed)?\s+date|publication\s+date|date\s+published|posted(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?)\s*[:：]?\s+(?=\S)/i;

/**
 * A section's or an issue's label in capitals after the day ("Thursday, April 14, 2011
 * INTELLIGENCE BRIEFING", "September 15, 2009 VOLUME 64"): a newsletter's or a briefing's head
 * line; the label goes, the day stays. Only after a year, only capitals and figures, three words at most.
 */
export function withoutCapsLabel(line: string): string {
  return line.replace(/(\d{4})\s+[A-Z][A-Z0-9&.'’-]*(?:\s+[A-Z0-9][A-Z0-9&.'’-]*){0,2}\s*$/u, '$1');
}

export function dateOfLine(line: string, reading: DateReading = {}): LooseDate {
  // A list bullet in front ("• 10 ژانویه 2019 - 12:07"): pages set their meta lines as a list.
  // «10-آگوست-2021»: a day, a Persian month name and a year joined by hyphens are read as spaced.
  const l = line
    .trim()
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[•·▪●◦‣∙]\s*/u, '')
    .replace(EN_DATE_LABEL, '')
    .replace(/^([\d۰-۹]{1,2})-(\p{Script=Arabic}{2,10})-([\d۰-۹]{4})$/u, '$1 $2 $3');
  // A blog's "posted by … on <date>" line names its author too, so it is no date-only line.
  const posted = postedLineDate(l);
  if (posted) return { date: posted.date, precision: posted.precision };
  // Persian date lines run longer ("تاریخ خبر: چهارشنبه، ۱۸ فروردین ۱۴۰۰ ساعت: ۱۲:۴۶"); their
  // reading admits nothing but the date, its weekday, time and labels (persianDateOnly).
  if (l.length > (/\p{Script=Arabic}/u.test(l) ? 72 : 48) || l.includes('\n')) return { date: null, precision: 'unknown' };
  // "date 2021-02-04" / "Date: 2021-02-04" stamps; "date 2020-07" gives the month.
  const month = /^date\s*:?\s*(\d{4}-\d{2})$/i.exec(l);
  if (month) return stampDate(month[1]!);
  const stamp = /^(?:date\s*:?\s*)?(\d{4}-\d{2}-\d{2})$/i.exec(l);
  const whole = parseDateOnly(stamp ? stamp[1]! : stripTime(withoutTimeLabel(l)), reading);
  if (whole.precision !== 'unknown' || stamp) return whole;
  const labelled = withoutCapsLabel(l);
  if (labelled !== l) {
    const day = parseDateOnly(labelled, reading);
    if (day.precision === 'day') return day;
  }
  // Two months of one issue ("August/September 2003"): the year is what the line gives for sure.
  const issue = /^([A-Za-z]{3,9})\s*[/–-]\s*([A-Za-z]{3,9}),?\s+((?:19|20)\d{2})$/u.exec(l);
  if (issue && parseDateOnly(`${issue[1]} ${issue[3]}`).precision === 'month' && parseDateOnly(`${issue[2]} ${issue[3]}`).precision === 'month') {
    return { date: `${issue[3]}-01-01`, precision: 'year' };
  }
  const menu = topBarDay(l, reading);
  if (menu) return menu;
  // A Persian date and its clock time, then a widget's label or two («15 نوامبر 2021، 5:08 ب.ظ.
  // مقاله بشنو»: listen to the article), or the item's code and its section («| ۱۳:۴۴ کد : ۶۲۴ از
  // دیگر رسانه‌ها»): the time closes the stamp, so what follows is furniture.
  const timed = /^(.{6,40}?[\d۰-۹]{1,2}:[\d۰-۹]{2}(?::[\d۰-۹]{2})?(?:\s*(?:ب|ق)\.\s*ظ\.?)?)\s+(?:\S+(?:\s+\S+)?|کد(?:[\s\u200c]*(?:خبر|مطلب))?\s*:?\s*[\d۰-۹]+(?:\s+\S+){0,3})$/u.exec(l);
  if (!timed || !/\p{Script=Arabic}/u.test(timed[1]!)) return whole;
  const day = parseDateOnly(timed[1]!.replace(/\s*(?:ب|ق)\.\s*ظ\.?$/u, ''), reading);
  return day.precision === 'day' ? day : whole;
}

/**
 * A site's top bar: the day, then its menu of links set off by bars («دوشنبه 5 مرداد 1394 صفحه اول
 * | درباره ما | گویا», "Monday, July 27, 2015 Home | About | Contact"). The menu's items hold no
 * digits and a few words each; the day is the longest run of the first item's words that reads as one.
 */
function topBarDay(line: string, reading: DateReading): LooseDate | null {
  const items = line.split(/\s*\|\s*/u);
  if (items.length < 3 || items.slice(1).some((m) => !m || /[\d۰-۹]/u.test(m) || m.split(/\s+/u).length > 3)) return null;
  const words = items[0]!.split(/\s+/u);
  for (let k = words.length - 1; k >= Math.max(2, words.length - 3); k--) {
    if (/[\d۰-۹]/u.test(words.slice(k).join(' '))) return null;
    const day = parseDateOnly(words.slice(0, k).join(' '), reading);
    if (day.precision === 'day') return day;
  }
  return null;
}

/** A stamp's value: "2021-02-04" a day, "2020-07" a month (a stamp that gives no day). */
export function stampDate(value: string): LooseDate {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return parseDateOnly(value);
  return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { date: `${m[1]}-${m[2]}-01`, precision: 'month' } : { date: null, precision: 'unknown' };
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
  // A line the head repeats is a headline when it is one (the page's heading and its own copy of
  // it); a short repeated line is a menu's or a sidebar's label.
  const repeated = (i: number) => (counts.get(keys[i]!) ?? 0) > 1;
  const firstOf = (i: number) => keys.indexOf(keys[i]!) === i;
  const alive = candidates.map((c, i) => {
    const k = keys[i]!;
    if (k.length < 8 || (repeated(i) && (!firstOf(i) || contentWords(c).length < 3))) return false;
    return !keys.some((o, j) => j !== i && o.length >= 12 && o !== k && ((k.endsWith(o) && !partsBefore(c, o.length, key, candidates, [i, j])) || (j > i && o.startsWith(k) && k.length >= 8)));
  });
  // The first line that shares enough of the body's words: a headline precedes its standfirst.
  const bodyWords = new Set(contentWords(body.slice(0, 2500)));
  const sharing = candidates.map((c, i) => {
    if (!alive[i]) return false;
    // A stretched word («انتخـــــاب») is the same word: the tatweel only draws it out.
    const words = contentWords(c.replace(/\u0640+/gu, ''));
    // A line needs three words that are not Persian function words («برای», «یک», «در») to show
    // a subject: a slogan such as «برای یک … آزاد» has two.
    const subject = words.filter((w) => !STOPWORDS_FA.has(foldPersian(w).split(ZWNJ).join('')));
    return subject.length >= 3 && words.filter((w) => bodyWords.has(w)).length / words.length >= 0.34;
  });
  const first = sharing.indexOf(true);
  if (first >= 0) {
    // A short line above a headline the page prints twice in a row (its heading and the heading's
    // copy) is a site's slogan or a section's name, not the headline.
    const echoed = sharing.findIndex((ok, i) => ok && i > first && keys[i + 1] === keys[i]);
    if (echoed > first && !repeated(first) && candidates[first]!.trim().split(/\s+/u).length <= 5) return candidates[echoed]!;
    return candidates[first]!;
  }
  // No line shares the body's words (a short text): the first headline-like line, as before.
  return candidates.find((c, i) => alive[i] && contentWords(c).length >= 2) ?? null;
}

/**
 * Whether a line that ends with another candidate (of `tail` key characters) is that headline set
 * out whole, its kicker or number in front ("Series – No. 37 Headline" over "Series – No. 37" and
 * "Headline"): the part before the tail holds every word of another candidate, or is long enough
 * to be a headline's own start. Otherwise the part in front is navigation run into the headline
 * ("HomeWorldPolice search …", "#Section - …").
 */
function partsBefore(line: string, tail: number, key: (s: string) => string, candidates: readonly string[], skip: readonly number[]): boolean {
  let at = line.length - 1;
  while (at > 0 && key(line.slice(at)).length < tail) at--;
  const words = (s: string) => foldPersian(s).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const front = words(line.slice(0, at));
  // Six words and more in front are a headline's own words, not a menu's run-together labels.
  if (front.length >= 6) return true;
  const before = new Set(front);
  return candidates.some((c, i) => {
    if (skip.includes(i)) return false;
    const w = words(c);
    return w.length >= 2 && w.every((x) => before.has(x));
  });
}

/** A Persian dash between a credit and the text: a dash, or a tatweel standing alone as one. */
const FA_DASH = '(?:[–—-]|(?<=\\s)\u0640+(?=\\s))';
/**
 * A dash between two parts of a credit ("نام نویسنده – رسانه"): spaced, or glued to the word before
 * it and spaced after ("رسانه یک- رسانه دو"), as hand-typed credits set it.
 */
const FA_PART_DASH = `(?:\\s${FA_DASH}\\s*|${FA_DASH}\\s+)`;

/**
 * A lead line credited to a news organisation, Persian pages' usual credit for a repost:
 * "خبرگزاری تسنیم: …", "ایرنا – …", also glued ("بی‌بی‌سی:عفو …"), with a tatweel for the dash
 * ("ایران وایر ـ …"), after a byline ("نام نویسنده – ایندیپندنت فارسی: …", also with the dash glued to
 * the byline: "رسانه یک- رسانه دو : …"), with the outlet's country in brackets, as press reviews credit
 * a translated paper ("الاهرام (مصر): …"), or after a picture's file name the copy kept in front
 * ("camp.jpg رادیو فردا – …"). Scraped Persian pages put one
 * paragraph per line, so the first lines are read, not only the first paragraphs. Only news
 * organisations count: «مریم رجوی: …» or «عفو بین‌الملل: …» opens a headline with the speaker.
 */
const FA_LEAD = new RegExp(`^(?:\\S+\\.(?:jpe?g|png|gif|webp)\\s+)?((?:[\\p{Script=Arabic}\\s\\u200c]{2,40}?${FA_PART_DASH})?[\\p{Script=Arabic}\\s\\u200c]{2,40}?(?:\\s*\\([\\p{Script=Arabic}\\s\\u200c]{2,20}\\))?)\\s*(?::\\s*|${FA_DASH}\\s+)(?=\\S)`, 'u');
/**
 * Where a Persian lead credit stands: the first four lines, up to the second paragraph of prose.
 * An agency page sets a summary over the lead that opens «به گزارش …»; a credit after two
 * paragraphs of the site's own prose is the site citing a source in its own report.
 */
function leadWindow(lines: readonly string[]): string {
  const end = lines.slice(0, 4).findIndex((l, i, all) => all.slice(0, i + 1).filter((x) => x.length >= 150).length >= 2);
  return lines.slice(0, end < 0 ? 4 : end + 1).join('\n').slice(0, 700);
}

/**
 * "به گزارش دویچه وله، …" opening a sentence of the lead: the item is that outlet's report. Also
 * with a semicolon, quoting a third source ("به گزارش ایسنا و به نقل از …،": the first is the
 * reporter) or naming the outlet's desk or reporter first ("به گزارش خبرنگار ایرنا در نیویورک،",
 * "به گزارش سرویس سیاسی شبکه …؛"). An aggregator sets the item's summary before the lead and a
 * dash between them ("… زمین گیر شدند. - به گزارش خبرنگار جماران، …").
 */
const FA_REPORT = /(?:^|[.!؟»]\s*(?:[-–—]\s*)?)[ \t]*به[\s\u200c]*گزارش[\s\u200c]+([^،,.؛:\n]{2,60}?)\s*[،,؛:]/mu;
const FA_QUOTING = /[\s\u200c]+(?:و[\s\u200c]+)?به[\s\u200c]*نقل[\s\u200c]*از[\s\u200c]+/u;
const FA_DESK = /^(?:خبرنگار|سرویس|گروه|دبیرخانه|میز|واحد)[\s\u200c]/u;

/**
 * A news organisation named in a credit. "به گزارش فارس" is "به گزارش خبرگزاری فارس": a credit may
 * drop the word for agency, and the bare names (فارس, مهر) are everyday words — a province, a month —
 * the registry does not list alone, so they are read as agencies only in a credit.
 */
function creditedNews(s: string, credit: (s: string | undefined) => RegistryPublisher | null): RegistryPublisher | null {
  return credit(s) ?? (s.split(/\s+/u).length <= 2 ? credit(`خبرگزاری ${s}`) : null);
}

/** The outlet a "به گزارش …" credit names: the whole, the reporter before a quoted source, or the outlet after its desk. */
function reportedBy(raw: string, credit: (s: string | undefined) => RegistryPublisher | null): RegistryPublisher | null {
  const news = (s: string) => creditedNews(s, credit);
  const reporter = raw.split(FA_QUOTING)[0]!.trim();
  const whole = news(reporter);
  if (whole || !FA_DESK.test(reporter)) return whole;
  // "خبرنگار ایرنا در نیویورک", "سرویس چندرسانه‌ای شبکه … راه دانا": the longest run of words naming a news organisation.
  const words = reporter.split(/\s+/u).slice(1);
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const hit = news(words.slice(i, i + n).join(' '));
      if (hit) return hit;
    }
  }
  return null;
}

const newsCredit = (s: string | undefined) => {
  const p = weakCreditOf(s?.trim());
  return p && reports(p) ? p : null;
};

/** The news organisation a lead's "به گزارش …" or its desk credit names, wire agencies included. */
function leadReport(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  const report = FA_REPORT.exec(leadWindow(lines));
  return report ? reportedBy(report[1]!, newsCredit) : leadDesk(paragraphs);
}

/**
 * A lead line opening with an outlet's desk and the outlet, then «؛» or «:»: "گروه فرهنگی «خبرگزاری
 * …»؛ متن", "سرویس سیاسی روزنامه …: متن". Persian agencies sign their copy this way. Only a registry
 * news organisation counts (a desk word opens other lines too: «گروه تروریستی …: …»).
 */
const FA_DESK_LEAD = /^((?:گروه|سرویس|دبیرخانه|میز|واحد)[\s\u200c][^\n؛:.]{2,60}?)[\s\u200c]*[؛:]/u;
/** The outlet first, then its desk: «خبرگزاری نمونه، گروه استان‌ها: متن». */
const FA_OUTLET_DESK_LEAD = /^([^\n،,:؛.]{2,40}?)[\s\u200c]*[،,][\s\u200c]*(?:گروه|سرویس|میز|واحد)[\s\u200c][^\n؛:.،]{1,40}?[\s\u200c]*[؛:]/u;
function leadDesk(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  for (const line of lines.slice(0, 8)) {
    const m = FA_DESK_LEAD.exec(line);
    const hit = m ? reportedBy(m[1]!, newsCredit) : null;
    if (hit) return hit;
    const first = FA_OUTLET_DESK_LEAD.exec(line);
    const outlet = first ? creditedNews(first[1]!.trim(), newsCredit) : null;
    if (outlet) return outlet;
  }
  return null;
}

/**
 * A lead credit that passes on another news organisation's copy: «به گزارش تابناک به نقل از مهر،»
 * (Tabnak reports, quoting Mehr). The reporter and the quoted source, both registry news
 * organisations; null when the credit quotes nobody, or someone who is not one («به نقل از
 * سخنگوی دادگاه»), or a date («به نقل از مهر ۱۴۰۲» is no agency's name).
 */
export function leadQuote(paragraphs: readonly string[]): { reporter: string; source: string; byAddress?: boolean; bySpelling?: boolean } | null {
  const lines = nonEmptyLines(paragraphs);
  const report = FA_REPORT.exec(leadWindow(lines));
  const [by, quoted] = report ? report[1]!.split(FA_QUOTING) : [];
  if (by === undefined || quoted === undefined) return null;
  const reporter = reportedBy(by, newsCredit);
  const source = creditedNews(quoted.trim(), newsCredit);
  if (!source) return null;
  if (reporter) return reporter.slug !== source.slug ? { reporter: reporter.name, source: source.name } : null;
  // «به گزارش پایگاه ۵۹۸ به نقل از …»: a site names itself by a descriptor and the name its address
  // carries, which no registry alias need hold (a bare number is none); the caller compares it with
  // the page's host.
  const self = FA_SITE_SELF.exec(foldPersian(by.trim()));
  if (self) return { reporter: asciiDigits(self[1]!).toLowerCase(), source: source.name, byAddress: true };
  // «به گزارش وبانگاه به نقل از ایسنا،»: a one- or two-word name no list holds, which the caller
  // compares with the Latin spelling of the page's address (lib/registry/spelled-host.ts).
  const name = by.trim();
  return name.split(/[\s\u200c]+/u).length <= 2 && !FA_DESK.test(name) ? { reporter: name, source: source.name, bySpelling: true } : null;
}
/** «پایگاه 598», «سایت خبری نمونه», «وب‌سایت example»: a site's descriptor and a one-word name. */
const FA_SITE_SELF = /^(?:پایگاه|سایت|وب[\s\u200c]*سایت|تارنما|تارنمای)(?:[\s\u200c]+(?:خبری|اطلاع[\s\u200c]*رسانی|تحلیلی|خبری[\s\u200c]*[-–][\s\u200c]*تحلیلی))*[\s\u200c]+([\p{L}\p{N}-]{2,30})$/u;

/**
 * A news agency credited in a Persian lead ("به گزارش ایسنا، …"). A newspaper or news site
 * printing agency copy keeps it as its own (wire copy), so creditedOutlet leaves agencies out;
 * the caller decides by the page: on a site that is not a news organisation — an association, a
 * blog, an aggregator, an unknown host — the item is the agency's report, reposted.
 */
export function wireReport(paragraphs: readonly string[]): string | null {
  const p = leadReport(paragraphs);
  return p && WIRE_AGENCIES.has(p.slug) ? p.name : null;
}

/**
 * A news agency's name alone on a head line, as a carrier prints its source's byline field ("Anadolu
 * Agency", its short name after it: "Anadolu Agency  Anadolu"). Only above the first paragraph of prose.
 */
export function agencyHeadLine(paragraphs: readonly string[]): string | null {
  for (const line of nonEmptyLines(paragraphs).slice(0, 6)) {
    const l = line.trim().replace(/\s+/g, ' ');
    if (l.length >= 100) break;
    const words = l.split(' ');
    const whole = creditOf(l);
    if (whole) {
      if (WIRE_AGENCIES.has(whole.slug)) return whole.name;
      continue;
    }
    const head = words.length >= 2 ? creditOf(words.slice(0, -1).join(' ')) : null;
    if (head && WIRE_AGENCIES.has(head.slug) && creditOf(words[words.length - 1])?.slug === head.slug) return head.name;
  }
  return null;
}

const FA_BROADCAST_WORD = /^(?:رادیو|تلویزیون)(?:ی)?[\s\u200c]+/u;

const FA_SLASH_LEAD = /^(?:[^\n/]{0,150}?[»")\s\u200c])??([\p{Script=Arabic}\u200c]{2,20}(?: [\p{Script=Arabic}\u200c]{2,20})?)\/\s+(?=\p{Script=Arabic})/u;

function persianCredit(paragraphs: readonly string[]): string | null {
  const news = newsCredit;
  const lines = nonEmptyLines(paragraphs);
  for (const line of lines.slice(0, 8)) {
    // "مهر/ متن": an agency's name and a slash opening the lead, also glued after the headline an
    // aggregator repeats over it («… «گل محمدی»مهر/ مستند …»).
    const slash = FA_SLASH_LEAD.exec(line);
    const slashed = slash ? creditedNews(slash[1]!.trim(), news) : null;
    if (slashed) return slashed.name;
    const m = FA_LEAD.exec(line);
    if (!m) continue;
    // "Byline – Outlet:": the outlet is the last part; "Outlet (Country):" names the outlet's country.
    const parts = m[1]!.split(new RegExp(FA_PART_DASH, 'u')).reverse();
    for (const part of parts) {
      const hit = news(part);
      if (hit) return hit.name;
    }
  }
  // A report credited in the lead; news agencies' copy stays the page's (wire copy, see wireReport).
  const reported = leadReport(paragraphs);
  if (reported && !WIRE_AGENCIES.has(reported.slug)) return reported.name;
  // A repost signed off with the outlet's name alone on one of its last lines, or with its author
  // before and its date after («حسن راهی، چشم انداز ایران ـ 05.04.2019»).
  for (const line of lines.slice(-3).reverse()) {
    if (line.length > 60 || !/\p{Script=Arabic}/u.test(line)) continue;
    // A broadcaster signs off with its kind word before the name («رادیو صدای آمریکا»).
    const hit = line.length <= 40 ? (news(line) ?? news(line.replace(FA_BROADCAST_WORD, ''))) : null;
    if (hit) return hit.name;
    const signed = withoutTrailingDate(line);
    if (!signed) continue;
    const parts = signed[0].split(/[،,]/u).map((x) => x.trim());
    const outlet = parts.length <= 2 ? news(parts.at(-1)) : null;
    if (outlet) return outlet.name;
  }
  return null;
}

/**
 * An English repost signed off on one of its last two lines: the source's translator named after it
 * ("Gazeta Impakt, Translated by Example Interlink"), or a news organisation's name of two words or
 * more alone ("BBC Monitoring Middle East"), as a copied service item ends. A one-word name alone
 * may be a picture's credit, so it does not count.
 */
function englishSignOff(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  if (lines.length < 3) return null;
  for (const line of lines.slice(-2).reverse()) {
    const l = line.trim();
    if (l.length > 100 || !/^\p{Script=Latin}/u.test(l)) continue;
    const translated = /^(.{2,60}?),?\s+(?:translated|translation)\s+by\s+\S.{1,60}$/i.exec(l);
    // The whole name, not a part of a list ("Jane Roe, The Example Times, March 2 2013" is a source list's entry).
    const source = translated ? resolvePublisher(translated[1]!.trim()) : null;
    if (source) return source;
    if (l.length > 40 || l.split(/\s+/).length < 2) continue;
    const hit = resolvePublisher(l);
    if (hit && reports(hit) && !isSubjectName(l)) return hit;
  }
  return null;
}

/**
 * A news organisation's name on a line of its own with a whole day alone on the next, among the
 * first lines ("The Example Times" / "Thursday, October 9, 1997"), as a repost sets its source's
 * masthead and date under the headline and standfirst.
 */
export function outletOverDay(paragraphs: readonly string[]): { outlet: string; date: LooseDate } | null {
  const lines = nonEmptyLines(paragraphs).slice(0, 10);
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!.trim();
    if (l.length > 60) continue;
    const outlet = creditOf(l);
    if (!outlet || !reports(outlet)) continue;
    const next = lines[i + 1]!.trim();
    const d = next.length <= 40 ? dateOfLine(next) : null;
    if (d?.precision === 'day') return { outlet: outlet.name, date: d };
  }
  return null;
}

/** A trailing day or month after a dash or comma ("…-۱۸دی۹۶", "… ،7 اکتبر 2016"): [the rest, the date]. */
export function withoutTrailingDate(raw: string | undefined): [string, LooseDate] | null {
  const m = /^(.*?\S)[\s\u200c]*[-–—ـ،,][\s\u200c]*([^-–—ـ،,]{3,40})$/u.exec((raw ?? '').trim());
  if (!m) return null;
  const d = dateOfLine(m[2]!, { dayFirst: true });
  return d.precision === 'day' || d.precision === 'month' ? [m[1]!, d] : null;
}

/**
 * A head line of its own naming a news organisation and the day of its item after a comma, as a
 * collecting site credits what it carries: «خبرگزاری فارس به نقل از مجله تایمز، دوازدهم آوریل 2009».
 * «A به نقل از B» (A quoting B) tries B first, as the aggregators' leads do, then A. Only above the
 * first paragraph of prose, and only news organisations (a byline «نویسنده، ۱۲ مهر ۱۳۹۸» names a person).
 */
function datedSourceLine(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  for (const line of lines.slice(0, headLength(lines, 12))) {
    if (line.length > 90 || line.includes(':') || !/\p{Script=Arabic}/u.test(line)) continue;
    const m = /^([^،,]{2,70})[،,][\s\u200c]*([^،,]{4,40})$/u.exec(line);
    if (!m || dateOfLine(m[2]!, { dayFirst: true }).precision !== 'day') continue;
    const [by, quoted] = m[1]!.split(FA_QUOTING);
    const hit = (quoted !== undefined ? creditedNews(quoted.trim(), newsCredit) : null) ?? creditedNews(by!.trim(), newsCredit);
    if (hit) return hit;
  }
  return null;
}

/**
 * A head line that credits a dated item of a news organisation before a colon, as a site carrying a
 * translation heads it: «واشنگتن‌تایمز ۱۹ سپتامبر ۲۰۱۸ : عنوان», «گزارش کلان‌نیوز آلبانی ۱۹مرداد
 * ۱۴۰۰:» (X's report of <day>:), the other calendar's day in brackets or not. The day pins one item of
 * that outlet. Only a news organisation counts (a speaker, «مریم رجوی ۲۷ شهریور ۱۴۰۱: …», is quoted,
 * not credited), and only a whole day (a title «بی‌بی‌سی ۲۰ سال بعد: …» has no date).
 * The outlet may be named as its site, with its edition in brackets («سایت رادیو فرانسه(فارسی)
 * ۱۳/۴/۹۷ :»), and the day written in figures with a two-digit year, which in Persian figures is a
 * Solar year (۹۷ is 1397, not 1997).
 */
const FA_DATED_LEAD = /^(?:(?:گزارش|ترجمه|متن)[\s\u200c]+)?(?:(?:سایت|وب[\s\u200c]*سایت|تارنمای)[\s\u200c]+)?([\p{Script=Arabic}\s\u200c]{2,40}?)[\s\u200c]*(?:\([\p{Script=Arabic}\s\u200c]{2,20}\))?[\s\u200c]*([\d۰-۹٠-٩][^:\n]{3,50}?)\s*:/u;
/** «۱۳/۴/۹۷» → «13/4/1397»: Persian figures with a two-digit year; other dates unchanged. */
function solarShortYear(raw: string): string {
  const m = /^([۰-۹]{1,2})\/([۰-۹]{1,2})\/([۰-۹]{2})$/u.exec(raw.trim());
  if (!m) return raw;
  const n = (x: string) => Number(asciiDigits(x));
  const yy = n(m[3]!);
  return `${n(m[1]!)}/${n(m[2]!)}/${yy >= 50 ? 1300 + yy : 1400 + yy}`;
}
/**
 * An English head line naming the text's issuer and its day: "Statement by The United Nations High
 * Commissioner for Refugees, May 6, 2014:" over a statement another site reproduces, or a release
 * wire's "Sep 01, 2013, 08:30 ET from NCRI". A registry organisation only.
 */
const EN_STATEMENT_BY = /^(?:(?:a|the)\s+)?(?:joint\s+)?statement\s+(?:by|from|of)\s+(.{3,90}?),\s*(\S.{5,30}?)\s*:?\s*$/i;
const EN_RELEASE_FROM = /^(\S.{5,30}?),?\s+\d{1,2}:\d{2}\s*(?:[AP]M\s*)?(?:ET|EST|EDT|CT|PT|GMT|UTC)?\s+from\s+(.{2,60}?)\s*$/i;
function englishIssuerLine(lines: readonly string[]): { publisher: RegistryPublisher; date: LooseDate } | null {
  for (const line of lines) {
    const l = line.trim();
    const statement = EN_STATEMENT_BY.exec(l);
    const release = statement ? null : EN_RELEASE_FROM.exec(l);
    const [name, day] = statement ? [statement[1]!, statement[2]!] : release ? [release[2]!, release[1]!] : [null, null];
    if (!name || !day) continue;
    const date = dateOfLine(day);
    const publisher = date.precision === 'day' ? resolvePublisher(name.replace(/^the\s+/i, '')) : null;
    if (publisher) return { publisher, date };
  }
  return null;
}

export function datedLeadCredit(paragraphs: readonly string[]): { publisher: RegistryPublisher; date: LooseDate } | null {
  const lines = nonEmptyLines(paragraphs);
  const english = englishIssuerLine(lines.slice(0, 8));
  if (english) return english;
  for (const line of lines.slice(0, 4)) {
    const m = FA_DATED_LEAD.exec(line);
    if (!m) continue;
    const date = dateOfLine(solarShortYear(m[2]!.replace(/\([^()]{4,30}\)/gu, ' ').trim()), { dayFirst: true });
    if (date.precision !== 'day') continue;
    const publisher = creditedNews(m[1]!.trim(), newsCredit);
    if (publisher) return { publisher, date };
  }
  return pressCitation(lines.slice(0, 4));
}

/**
 * A reprinted newspaper piece's citation in brackets on a head line: «( محمود فاضلی روزنامه سازندگی
 * ۶ بهمن ۹۹ صفحه ۱۰)» (writer, paper, day, page). The paper, when the registry lists it, and its day.
 */
function pressCitation(lines: readonly string[]): { publisher: RegistryPublisher; date: LooseDate } | null {
  for (const line of lines) {
    const m = FA_PRESS_CITATION.exec(line);
    if (!m) continue;
    const publisher = paperNamed(m[1]!);
    const hit = findPersianDate(m[2]!);
    if (publisher && hit && hit.precision === 'day') return { publisher, date: { date: hit.date, precision: 'day' } };
  }
  return null;
}

/**
 * A headline saying the page is another organisation's text in full or in translation: «… (متن کامل
 * گزارش سازمان دیده‌بان حقوق بشر - قسمت پنجم)», «ترجمه کامل بیانیه …: …». The phrase opens the line
 * or a bracketed, dashed or colon part of it (a label on the headline): «واکنش‌ها به متن کامل گزارش
 * …» (reactions to the full report) is news about the report, not the report. Any registry outlet
 * except the group's own names or a person's, named by the longest run of words after the phrase.
 */
const FA_FULL_TEXT = /(?:^|[(\[«:–—-][\s\u200c]*)(?:متن[\s\u200c]+کامل(?:[\s\u200c]+ترجمه)?|ترجمه(?:[\s\u200c]+(?:کامل|متن))*)[\s\u200c]+(?:گزارش|بیانیه|مقاله|یادداشت|نامه)[\s\u200c]+([^()[\]«»:،.؛\n–—-]{2,80})/u;
function fullTextCredit(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  for (const line of lines.slice(0, 4)) {
    const m = FA_FULL_TEXT.exec(line);
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/u);
    for (let n = Math.min(7, words.length); n >= 1; n--) {
      const hit = weakCreditOf(words.slice(0, n).join(' '));
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * A line introducing a statement's text that follows it, «متن اطلاعیه کمیسیون خارجه شورای ملی
 * مقاومت:» (the text of the statement of …:), as a site carrying the statement in full sets it under
 * its own short lead. The issuer is the registry outlet named by the longest run of words in the
 * line; the group's own names count here, since the line says whose text follows. Only a line of
 * its own ending in the colon, among the first lines; or a heading that is only «اطلاعیه» and the
 * issuer (or one of its bodies: «کمیسیون اصناف …»).
 */
const FA_STATEMENT_TEXT = /^متن[\s\u200c]+(?:کامل[\s\u200c]+)?(?:اطلاعیه|بیانیه|اعلامیه|پیام|نامه)[\s\u200c]+([^:\n«»]{2,80}?)[\s\u200c]*:$/u;
// A statement's heading that is only the issuer, perhaps one of its bodies: «اطلاعیه کمیسیون اصناف
// شورای ملی مقاومت ایران».
const FA_STATEMENT_HEADING = /^(?:اطلاعیه|بیانیه|اعلامیه)[\s\u200c]+((?:(?:کمیسیون|دبیرخانه|ستاد|دفتر)[\s\u200c]+(?:[^\s\u200c]+[\s\u200c]+)?)?)([^:\n«»،.]{2,60})$/u;
function statementTextLine(paragraphs: readonly string[]): RegistryPublisher | null {
  for (const line of nonEmptyLines(paragraphs).slice(0, 10)) {
    const heading = FA_STATEMENT_HEADING.exec(foldPersian(line.trim()));
    const issuer = heading ? creditOf(heading[2]!.trim()) : null;
    if (issuer && !isPersonName(heading![2]!.trim())) return issuer;
    const m = FA_STATEMENT_TEXT.exec(foldPersian(line.trim()));
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/u);
    for (let n = Math.min(7, words.length); n >= 1; n--) {
      for (let start = 0; start + n <= words.length; start++) {
        const run = words.slice(start, start + n).join(' ');
        const hit = isPersonName(run) ? null : creditOf(run);
        if (hit) return hit;
      }
    }
  }
  return null;
}

/**
 * An outlet naming itself in its own lead, «انصاف نیوز در گزارش پیش رو … مرور می‌کند» (X, in the report
 * ahead, reviews …), «X در مطلب حاضر» (in the present piece): "ahead" and "present" point at the text
 * itself, so a page carrying it carries X's report (rule 1); another's report is «در گزارشی» (in a
 * report). The outlet is a registry outlet named by the words right before «در», at the start of a
 * sentence within the lead's first lines.
 */
const FA_SELF_REPORT = /(?:^|[.:؛!؟\n]\s*)((?:[^\s.:؛،!؟]+\s+){1,5}?)در[\s\u200c]+(?:این[\s\u200c]+)?(?:گزارش|مطلب|یادداشت|نوشتار)[\s\u200c]+(?:پیش[\s\u200c]*رو|حاضر)/u;
function selfNamedLead(paragraphs: readonly string[]): RegistryPublisher | null {
  const lead = nonEmptyLines(paragraphs).slice(0, 4).join('\n');
  const m = FA_SELF_REPORT.exec(foldPersian(lead));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/u);
  for (let start = 0; start < words.length; start++) {
    const run = words.slice(start).join(' ');
    const hit = isPersonName(run) ? null : creditOf(run);
    if (hit) return hit;
  }
  return null;
}

/**
 * A newspaper's item carried under its credit, as Iranian agencies and aggregators run one:
 * «روزنامه فرهیختگان نوشت: <the paper's text>», also after the carrying site's own name («کبنا ؛
 * روزنامه … نوشت:»). Only a registry news organisation that publishes in Persian: «روزنامه گاردین
 * نوشت:» in Persian copy is the site telling a foreign paper's piece in its own words (rule 2 of the
 * labelling convention). Only a paragraph of prose after the colon (a headline «روزنامه X نوشت: …»
 * is news about the paper's piece), and only one paper so credited in the text: a press review
 * quotes several in turn and is the reviewer's. The credit must open the first paragraph of prose,
 * or stand alone on the line over it («- وب‌سایت روزنامه X نوشت:»): «روزنامه X نوشت:» under the
 * site's own lead quotes the paper.
 */
const FA_PRESS = '(?:روزنامه|هفته[\\s\\u200c]*نامه|ماهنامه|نشریه)';
const FA_WROTE = '(?:نوشت|نوشته[\\s\\u200c]+است|می[\\s\\u200c]*نویسد)';
const FA_PRESS_CITATION = new RegExp(`\\([^()\\n]{0,40}?(${FA_PRESS}[\\s\\u200c]+[^()\\n\\d۰-۹،,]{2,30}?)[\\s\\u200c،,]*([\\d۰-۹][^()\\n]{3,40}?)\\)`, 'u');
const FA_PAPER_WROTE = new RegExp(`^(?:[\\p{Script=Arabic}\\u200c ]{2,30}?[ \\t]*[؛:–—-][ \\t]*)?(?:${FA_PRESS}[\\s\\u200c]+)?([\\p{Script=Arabic}\\u200c ]{2,40}?)[\\s\\u200c]+${FA_WROTE}[ \\t]*:[ \\t]*(\\S[^\\n]*)$`, 'u');
const FA_PAPER_WROTE_ANY = new RegExp(`(?:^|[\\s\\u200c.:؛،«])(?:${FA_PRESS}[\\s\\u200c]+)?([\\p{Script=Arabic}\\u200c ]{2,40}?)[\\s\\u200c]+${FA_WROTE}[ \\t]*:`, 'gu');
const FA_PAPER_WROTE_ALONE = new RegExp(`^[-–—•*\\s]*(?:(?:وب[\\s\\u200c]*)?سایت[\\s\\u200c]+)?(?:${FA_PRESS}[\\s\\u200c]+)?([\\p{Script=Arabic}\\u200c ]{2,40}?)[\\s\\u200c]+${FA_WROTE}[ \\t]*:[ \\t]*$`, 'u');
export function paperWroteCredit(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  // The press word may be left out («کیهان نوشت:»); then only a registry paper's name is a credit,
  // not a person who wrote something («وی در توییتی نوشت:»).
  const named = new Set([...lines.join('\n').matchAll(FA_PAPER_WROTE_ANY)].map((m) => paperNamed(m[1]!)?.slug).filter(Boolean));
  if (named.size !== 1) return null;
  // The credit opens the text: the first paragraph of prose, above it only head lines.
  const at = lines.slice(0, 8).findIndex((l) => l.length >= 100);
  const m = at >= 0 ? FA_PAPER_WROTE.exec(lines[at]!) : null;
  if (m && m[2]!.length >= 100) return paperNamed(m[1]!);
  // Or on a line of its own over the first paragraph («- وب‌سایت روزنامه نمونه نوشت:»), only head lines above it.
  const top = at < 0 ? lines.slice(0, 8) : lines.slice(0, at + 1);
  const i = top.findIndex((l) => FA_PAPER_WROTE_ALONE.test(l));
  const alone = i >= 0 && (lines[i + 1]?.length ?? 0) >= 60 ? FA_PAPER_WROTE_ALONE.exec(lines[i]!) : null;
  return alone ? paperNamed(alone[1]!) : null;
}

/** A Persian-language registry news organisation named in a «… نوشت» credit, the press word left out or not. */
function paperNamed(raw: string): RegistryPublisher | null {
  // The capture may have taken words before the name («سایت خبری کیهان»): the shortest tail that names one.
  const words = raw.trim().split(/[\s\u200c]+/u);
  for (let i = Math.max(0, words.length - 4); i < words.length; i++) {
    const name = words.slice(i).join(' ');
    const paper = newsCredit(name) ?? newsCredit(`روزنامه ${name}`);
    if (paper && paper.languages.includes('fa')) return paper;
  }
  return null;
}

/**
 * A statement signed at its end by an organisation's secretariat, «دبیرخانه شورای ملی مقاومت ایران»
 * on one of the last lines with at most its date under it: the issuer's text wherever it is posted,
 * as a press release is. The signature is an explicit credit form, so the group's own names count.
 */
const FA_SECRETARIAT = /^دبیرخانه[\s\u200c]+([^\n:،.؛]{2,60}?)[.]?$/u;
export function secretariatSignature(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) {
    // Older pages type Arabic yeh and kaf («دبيرخانه شوراي …»): the same word.
    const m = FA_SECRETARIAT.exec(foldPersian(lines[i]!));
    if (!m) continue;
    const dated = lines.slice(i + 1).every((l) => dateOfLine(l, { dayFirst: true }).precision !== 'unknown');
    return dated ? creditOf(m[1]) : null;
  }
  return null;
}

/**
 * An organisation's statement carried under its credit: «<organisation>: <first paragraph>» opening
 * the first paragraph of prose, which speaks in the first person plural («ما», "we"), as a
 * foundation's or a society's statement does when a site reposts it. Only an organisation that does
 * not report news (a news organisation's lead credit is read by persianCredit), never the group's
 * own names or a person's. The caller takes it only on a page whose site does not report news: a
 * paper's lead opening with an organisation's words is the paper's report of them.
 */
const FA_ORG_OPENING = /^([\p{Script=Arabic}\s\u200c]{2,40}?)[\s\u200c]*:[\s\u200c]*(\S[^\n]{100,})$/u;
const FA_WE = /(?:^|[\s\u200c])ما(?=[\s\u200c.،,!؟]|$)/u;
export function statementOpening(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs);
  const lead = lines.slice(0, 8).find((l) => l.length >= 120);
  const m = lead ? FA_ORG_OPENING.exec(lead) : null;
  // «ما» inside quotation marks is someone the statement quotes.
  if (!m || !FA_WE.test(foldPersian(m[2]!).replace(/«[^»]*»/gu, ' '))) return null;
  const org = weakCreditOf(m[1]!.trim());
  return org && !reports(org) ? org : null;
}

/**
 * A series headline set under a teaser paragraph: a line of its own among the first three that
 * names its part of the series («… – بخش اول», «… (قسمت دوم)»). Only where the head gave no
 * headline; a bare part label, or one ending a sentence, is a section heading in the body.
 */
const FA_PART = /[\s\u200c]*(?:[–—-]|\(|:)[\s\u200c]*(?:بخش|قسمت)[\s\u200c]+(?:اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|نخست|آخر|پایانی|[\d۰-۹]{1,2})[\s\u200c]*\)?$/u;
export function seriesHeadline(paragraphs: readonly string[]): string | null {
  for (const line of nonEmptyLines(paragraphs).slice(0, 3)) {
    const l = foldPersian(line);
    if (line.length > 150 || !FA_PART.test(l)) continue;
    const name = l.replace(FA_PART, '').trim();
    if (name.split(/\s+/u).length >= 4 && !/[.!؟?؛:،,]$/u.test(name)) return line;
  }
  return null;
}

/**
 * A broadcast's transcript reposted: a head line naming a news organisation's programme («بی‌بی‌سی
 * برنامه صبحگاهی …», "BBC Radio 4 Today programme, 27 November") and the presenter's turns marked in
 * the text («مجری:», "Presenter:"). The words are the broadcaster's, wherever they are posted.
 */
function broadcastTranscript(paragraphs: readonly string[]): RegistryPublisher | null {
  const lines = nonEmptyLines(paragraphs).slice(0, 15);
  if (!lines.some((l) => /^(?:مجری(?:[\s\u200c]+برنامه)?|Presenter|Host|Anchor)\s*:/iu.test(foldPersian(l)))) return null;
  for (const line of lines.slice(0, 6)) {
    const m = /^(.{2,30}?)[\s\u200c]+(?:برنامه(?=[\s\u200c])|(?:radio\s+)?programme\b|program\b)/iu.exec(foldPersian(line));
    // The programme's channel may stand between the outlet and the word ("BBC Radio 4 Today programme").
    const words = m ? m[1]!.split(/\s+/u) : [];
    for (let n = words.length; n >= 1; n--) {
      const hit = newsCredit(words.slice(0, n).join(' '));
      if (hit) return hit;
    }
  }
  return null;
}

/** Where the text credits an outlet other than the page it sits on. Registry outlets only. */
export function creditedOutlet(paragraphs: readonly string[]): string | null {
  const text = paragraphs.join('\n');
  // A credit may end in its item's date («منبع : ایران افشاگر ،7 اکتبر 2016»).
  const known = (s: string | undefined) => creditOf(s)?.name ?? creditOf(withoutTrailingDate(s)?.[0])?.name ?? null;
  const weak = (s: string | undefined) => weakCreditOf(s)?.name ?? null;
  // Aggregators' leads: "Outlet, Place, Month DD YYYY:… excerpt".
  // In Persian the parts are set off by «،» ("نویسنده، خبرنامه گویا، چهارم ژوئیه 2017:…"), and a
  // picture's caption may be glued in front of the lead, so the lead is looked for anywhere in
  // the paragraph: the parts before the dated one, each short.
  // The excerpt's ellipsis may be two dots (":.. متن"). A part "A به نقل از B" (A quoting B) names
  // the site that passed the text on and the outlet it came from: B first.
  const transcript = broadcastTranscript(paragraphs);
  if (transcript) return transcript.name;
  for (const p of paragraphs.slice(0, 6)) {
    // The year may be in Persian digits («اول ژوئیه ۲۰۱۷:…»).
    const lead = /^([^:\n…]{3,120}?[\d۰-۹]{4})\s*:\s*(?:…|\.{2,})/u.exec(p) ?? /((?:[^،,:\n…]{2,40}،\s*){1,3}[^،,:\n…]{2,30}?[\d۰-۹]{4})\s*:\s*(?:…|\.{2,})/u.exec(p);
    if (!lead) continue;
    for (const name of lead[1]!.split(/[,،]/u).slice(0, -1)) {
      const [by, quoted] = name.split(FA_QUOTING);
      const hit = (quoted !== undefined ? weak(quoted) : null) ?? weak(by);
      if (hit) return hit;
    }
  }
  // An agency's desk signing its copy at the head of the lead ("گروه سیاسی «خبرگزاری …»؛ متن"), as a
  // dateline does; read before a source line, which on a collecting site often names the site itself.
  // Agencies' wire copy stays the page's here (see wireReport).
  const desk = leadDesk(paragraphs);
  if (desk && !WIRE_AGENCIES.has(desk.slug)) return desk.name;
  // A headline crediting a dated item of a news organisation, or saying it is another's text in full.
  const dated = datedLeadCredit(paragraphs)?.publisher ?? fullTextCredit(paragraphs) ?? statementTextLine(paragraphs) ?? selfNamedLead(paragraphs) ?? datedSourceLine(paragraphs);
  if (dated) return dated.name;
  // A paper's item carried under «روزنامه X نوشت:», and a statement signed by its issuer's secretariat.
  const carried = paperWroteCredit(paragraphs) ?? secretariatSignature(paragraphs);
  if (carried) return carried.name;
  // An agency whose short name is also a common word (Mehr is a month, Fars a province) is left
  // out of the aliases; a source line holding that name alone («منبع: مهر») is still its credit.
  const short = /^منبع[\s\u200c]*:[\s\u200c]*(مهر|فارس)[\s\u200c]*\.?$/mu.exec(foldPersian(text));
  const agency = short ? creditOf(`خبرگزاری ${short[1]}`) : null;
  if (agency) return agency.name;
  // An aggregator's header row sets the source as one cell among its links, between bars
  // («نسخه قابل چاپ منبع: روزنامه شهروند | لینک خبر»): the cell is the credit.
  const cell = /(?:^|[|]|\s)منبع[\s\u200c]*:[\s\u200c]*([^|\n:]{2,40}?)[\s\u200c]*\|/mu.exec(text);
  // The cell may give an agency's short name («منبع: دانشجو» for «خبرگزاری دانشجو»).
  const cellHit = cell ? (creditOf(cell[1]) ?? creditOf(`خبرگزاری ${cell[1]!.trim()}`)) : null;
  if (cellHit) return cellHit.name;
  const tries: Array<RegExp> = [
    // "This article was originally published by X and is reprinted with permission."; a report's
    // or a book's imprint, "First published in 2017 by X Ltd, <address>".
    /\b(?:[Oo]riginally|[Ff]irst) (?:published|appeared)(?: in \d{4})? (?:by|in|on|at)\s+((?:the )?[A-Z][^.,;\n]{1,60}?)(?:,?\s+(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH)\b|(?=\s+(?:and|on|in)\b|[.,;\n]|$))/,
    /\bThis (?:report|article|story) by\s+((?:the )?[A-Z][^\n]{1,60}?)\s+was (?:first|originally) published/i,
    // A carrier's introduction to the copy under it: "The following is a report by the Global Security
    // Newswire published on January 10 …", "The following article by X appeared in …".
    /\bThe following (?:is (?:an? |the )?)?(?:report|article|story|piece|analysis|interview)s? (?:by|from)\s+((?:the )?[A-Z][^\n,.;:]{1,60}?)(?=\s+(?:published|appeared|was|on|dated|in)\b|[,.;:]|$)/m,
    /\bReprinted (?:with permission )?from\s+((?:the )?[A-Z][^.,;\n]{1,60})/,
    /\b(?:Continue reading|Read (?:the )?(?:full|rest of the|more of the|more)?\s*(?:article|story|report)?)(?: this article)?\s+(?:at|on)\s+((?:the )?[A-Z][^.\n]{1,50}?)\.?\s*$/im,
    // Wire datelines: "TEHRAN (FNA)-", "ERBIL (Kurdistan 24) –", "BRUSSELS, Feb 20 (Reuters) -" (the
    // day before the agency), "اربیل (کوردستان ۲۴)–"; a release's issuer opening its text: "(NCRI) –",
    // "(PMOI / MEK Iran) &". A stored page's stamp may stand before the place ("date 2022-07-14 STOCKHOLM (AP) —"),
    // and the place may name its country ("DUBAI, United Arab Emirates (AP) —").
    /^(?:date\s*:?\s*\d{4}-\d{2}-\d{2}\s+)?[A-Z][A-Za-z .'’-]{1,30}(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|[A-Z][A-Za-z .'’-]{1,30}?))?\s*\(([^()\n]{2,40})\)\s*[-–—:]/m,
    /^[ \t]*(?:date\s*:?\s*\d{4}-\d{2}-\d{2}\s+)?\(([^()\n]{2,40})\)[ \t]*[-–—:&]/m,
    // A carrier's dateline naming the agency after a slash, with the day: "MOSCOW (UrduPoint News /
    // Sputnik - 09th November, 2022)": the agency's copy.
    /^(?:date\s*:?\s*\d{4}-\d{2}-\d{2}\s+)?[A-Z][A-Za-z .'’-]{1,30}\s*\([^()\n/]{2,40}\/\s*([^()\n/]{2,40}?)\s*(?:[-–—,]\s*[^()\n/]{1,30})?\)/m,
    /^[\p{Script=Arabic}\s\u200c]{2,30}\(([^()\n]{2,40})\)\s*[-–—:_]/mu,
    // Persian credits on a line of their own: "منبع: …" (source), "به نقل از …" (quoting),
    // "برگرفته از …" (taken from), "منتشر شده در …" (published in).
    /^(?:منبع|به[\s\u200c]*نقل[\s\u200c]*از|برگرفته[\s\u200c]*(?:شده[\s\u200c]*)?از|منتشر[\s\u200c]*شده[\s\u200c]*در)\s*:?\s*(?:سایت|وب[\s\u200c]*سایت)?\s*([^\n]{2,60}?)[.،]?$/mu,
    // A translation's credit: "لینک به متن اصلی X (فرانسه)" (a link to X's original text, in French),
    // "متن اصلی در X", "ترجمه از X" / "ترجمه مقاله‌ای از X" (translated from X), on a line of its own.
    /^(?:لینک[\s\u200c]+(?:به[\s\u200c]+)?)?(?:متن|نسخه)[\s\u200c]+(?:اصلی|کامل)(?:[\s\u200c]+(?:این[\s\u200c]+)?(?:مطلب|مقاله|خبر|گزارش))?(?:[\s\u200c]+(?:در|از))?[\s\u200c]*:?[\s\u200c]*([^\n()«»:]{2,40}?)[\s\u200c]*(?:\([^()\n]{1,30}\))?[.:]?$/mu,
    /^(?:ترجمه|برگردان)(?:[\s\u200c]+(?:مقاله|مطلب|گزارش|یادداشت)(?:[\s\u200c]*ای)?)?[\s\u200c]+از[\s\u200c]+(?:سایت[\s\u200c]+|روزنامه[\s\u200c]+|نشریه[\s\u200c]+|مجله[\s\u200c]+)?([^\n().،:]{2,40}?)[.:]?$/mu,
    // An aggregator's link to the source: "وبگاه X مشاهده در مرجع" (site X, view at the source).
    /^[^\p{L}\n]{0,4}([^\n]{2,50}?)[\s\u200c]+(?:مشاهده|ادامه|مطالعه)(?:[\s\u200c]+(?:خبر|مطلب))?[\s\u200c]+در[\s\u200c]+(?:مرجع|منبع)[.:]?$/mu,
    // "این مطلب نخستین بار در … منتشر شده است" (this piece was first published in …).
    /این[\s\u200c]+(?:مطلب|گزارش|مقاله|یادداشت|نوشته)[\s\u200c]+(?:نخستین[\s\u200c]*بار|اولین[\s\u200c]*بار|ابتدا|پیش[\s\u200c]*تر)[\s\u200c]+در[\s\u200c]+(?:سایت[\s\u200c]+)?([^\n.،]{2,50}?)[\s\u200c]+منتشر/u,
    // "مطالب بیشتر در سایت …" (more pieces on the … site), "ادامه مطلب در …" (the rest of the
    // piece at …): the Persian "Continue reading at …" a repost ends or breaks with.
    /^[^\p{L}\n]{0,4}(?:مطالب[\s\u200c]+بیشتر|ادامه[\s\u200c]+(?:این[\s\u200c]+)?(?:مطلب|خبر|گزارش))[\s\u200c]+(?:را[\s\u200c]+)?(?:در|از)[\s\u200c]+(?:سایت|وب[\s\u200c]*سایت|پایگاه)?[\s\u200c]*([^\n.،]{2,40}?)[\s\u200c]*(?:بخوانید|ببینید)?[.،]?$/mu,
    // Bylines naming the outlet: "By A and B / Associated Press", "By A, The Algemeiner"
    /^By\s+[^\n/]{2,80}?\s*(?:\/|,)\s*([^,/\n]{2,60})$/im,
    /^(?:Reporting|Report) by\s+([^\n]{2,60})$/im,
    // "Source: X", also typed with a semicolon ("Source; IFP").
    /^Source\s*[:;]\s*([^\n]{2,60})$/im,
  ];
  for (const re of tries) {
    const m = re.exec(text);
    const hit = m ? known(m[1]) : null;
    if (hit) return hit;
  }
  // A line ending in "by" followed by the outlet on the next line, and a byline with the outlet on
  // the line under it ("By Jane Roe" over "The Associated Press"), as agencies sign their copy.
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i + 1 < lines.length && i < 20; i++) {
    if (/\bby$/i.test(lines[i]!) || /^By\s+\p{Lu}[^\n]{1,60}$/u.test(lines[i]!)) {
      // Only a news organisation signs so: a person's or a group's name under a byline is the
      // picture's caption ("By IFP Editorial Staff" over "Maryam Rajavi").
      const hit = creditOf(lines[i + 1]);
      if (hit && reports(hit)) return hit.name;
    }
  }
  // An outlet's address alone on a line near the top of a copy ("https://www.example.se"): the
  // copier naming its source. Only a site's home page: a link to one of its pages is a
  // reference the text makes, not a credit.
  for (const line of lines.slice(0, 12)) {
    if (!/^(?:https?:\/\/)?(?:www\d*\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/?$/i.test(line)) continue;
    const hit = weak(line);
    if (hit) return hit;
  }
  const persian = persianCredit(paragraphs);
  if (persian) return persian;
  const signOff = englishSignOff(paragraphs);
  if (signOff) return signOff.name;
  // A head line closed by the outlet's name: "… | ایران‌وایر", "… - دویچه وله فارسی".
  for (const line of text.split('\n').slice(0, 6)) {
    const tail = /\s[|–—-]\s*([^|–—\n-]{2,40})$/u.exec(line.trim());
    const hit = tail && /\p{Script=Arabic}/u.test(tail[1]!) ? known(tail[1]) : null;
    if (hit) return hit;
  }
  // An outlet opening the first paragraph of prose: "IRNA – The ambassador…", "Tehran, July 3,
  // IRNA – …", and the agencies' own dateline without the date, "Tehran, IRNA – …".
  for (const p of paragraphs.slice(0, 8)) {
    // The place may name its province ("Kashan, Isfahan Prov., April 11, IRNA – …").
    const open = /^([A-Z][\w&.'’ /-]{1,40}?)\s+[-–—]\s+\S/.exec(p) ?? /^[A-Z][\w .]{1,30},(?:\s*[A-Z][\w .]{1,30},)?\s*(?:[A-Z][a-z]+\.? \d{1,2},\s*)?([A-Z][\w&.' -]{1,30}?)\s*[-–—]\s/.exec(p);
    const hit = open ? weak(open[1]) : null;
    if (hit) return hit;
  }
  return null;
}

/** A distribution service's dateline or a host's release label: the text is a press release. */
const RELEASE_MARK = /\/\s*(?:EINPresswire\.com|PRNewswire(?:-[\w]+)?|PRWeb)\s*\/|\((?:BUSINESS WIRE|GLOBE NEWSWIRE)\)|^Press Release\s*:|^[-–—>\s]*MEDIA (?:INQUIRIES|CONTACTS?)\s*:/im;
/** A release's closing boilerplate on its issuer: "BACKGROUND" or "About …", then "The Example Council (EC) is a …". */
const RELEASE_ABOUT = /^[-–—>\s]*(?:BACKGROUND|About\b[^\n]{0,60})\s*\n+\s*((?:The )?[A-Z][^\n,()]{2,80}?)\s*(?:\([^()\n]{2,20}\))?\s+is\s+(?:a|an|the)\b/m;

/**
 * The issuer of a press release: named on the host's release label ("Press Release: Name") or
 * after the pull quote that opens a distributed release ("…,” — Name"). A release is its issuer's
 * text, not the host's, so the issuer is the publisher even when the registry does not know it
 * (the article then waits in the rating queue instead of taking the host's group).
 */
export function releaseIssuer(paragraphs: readonly string[]): string | null {
  const text = paragraphs.join('\n');
  if (!RELEASE_MARK.test(text)) return null;
  const raw =
    /^Press Release\s*:\s*([^\n]{2,60}?)\s*$/im.exec(text)?.[1] ??
    /[”"]\s*[—–]\s*([^\n"”—–]{2,60}?)\s*$/m.exec(text.split('\n').slice(0, 12).join('\n'))?.[1];
  if (!raw) {
    // Only an issuer the registry knows: the boilerplate's subject may be a cause or a product.
    const about = RELEASE_ABOUT.exec(text)?.[1];
    return about ? (creditOf(about)?.name ?? null) : null;
  }
  const name = raw.replace(/[.,;:]+$/, '').trim();
  if (!name) return null;
  return creditOf(name)?.name ?? name;
}

/**
 * News agencies: newspapers print their copy under their own name, so "X told AFP" in a paper
 * is wire copy, not a repost.
 */
const WIRE_AGENCIES: ReadonlySet<string> = new Set(['ap', 'afp', 'reuters', 'dpa', 'anadolu', 'xinhua', 'efe', 'ansa', 'irna', 'isna', 'mehr', 'fars', 'tasnim', 'ilna', 'kuna', 'wam', 'qna', 'tass', 'australian-associated-press', 'ata', 'united-press-international', 'the-canadian-press', 'belga', 'pa-media', 'press-trust-of-india', 'ani', 'kyodo', 'yonhap', 'austria-presse-agentur', 'anp', 'apa-az']);

// A writer's name in an English byline: two to four capitalised words, particles allowed
// ("Robin Emmott", "Jean-Luc de la Roche", "Nasser Karimi").
export const BYLINE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|della|di|du|la|le|van|von|der|den|al|el|bin|ibn)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const STAFF = /^(?:(?:our\s+)?staff(?:\s+(?:writers?|reporters?|correspondents?))?|(?:a\s+)?correspondent|reporters?|news\s+desk)$/i;
const BYLINE_SEPARATOR = /^\s*(?:[,|/·•–—-]|\bfor\b)\s*$/i;

/**
 * An English byline ending with a news agency: "Jon Gambrell, Associated Press", "Staff writer |
 * AFP", glued as a page's separate byline fields come out in its text ("Robin EmmottAAP",
 * "Staff WritersDeutsche Presse Agentur"), or the agency alone between dashes with the day
 * ("- Associated Press - Thursday, April 14, 2011"). The agency whose copy the page carries, the
 * writers before it and the day after it. A title-case headline that ends with an agency's name is
 * no byline: the part before the agency must be writers' names (or a staff credit), set off by a
 * separator, glued to it, or after "By".
 */
export function agencyByline(raw: string): { agency: RegistryPublisher; writer: string | null; date: LooseDate | null } | null {
  const trimmed = raw.trim();
  if (trimmed.length < 4 || trimmed.length > 100 || /\p{Script=Arabic}/u.test(trimmed) || /[.!?:;"“”]$/.test(trimmed)) return null;
  const dashed = /^[-–—]\s*(.+?)\s*[-–—|]\s*(.+)$/u.exec(trimmed);
  if (dashed) {
    const agency = resolvePublisher(dashed[1]!);
    const date = dateOfLine(dashed[2]!);
    if (agency && isNewsAgency(agency) && date.precision !== 'unknown') return { agency, writer: null, date };
  }
  const by = /^by\s+/i.exec(trimmed);
  const text = by ? trimmed.slice(by[0].length) : trimmed;
  // "By Associated Press", "by Bloomberg": a news organisation alone after "By", no writer named;
  // a news outlet as well as an agency (the page carries its copy, rule 1).
  const whole = by ? resolvePublisher(text) : null;
  if (whole && (isNewsAgency(whole) || reports(whole))) return { agency: whole, writer: null, date: null };
  // Word boundaries, with a split where a lower-case letter runs into a capital (a glued field).
  const spots: Array<{ at: number; glued: boolean }> = [];
  for (const m of text.matchAll(/\s+|(?<=\p{Ll})(?=\p{Lu})/gu)) spots.push({ at: m.index! + m[0].length, glued: m[0].length === 0 });
  for (const { at, glued } of spots.slice(-4)) {
    const agency = resolvePublisher(text.slice(at));
    if (!agency || !isNewsAgency(agency)) continue;
    const before = text.slice(0, at);
    const sep = /[\s,|/·•–—-]*(?:\s+for\s+)?[\s,|/·•–—-]*$/i.exec(before)!;
    const writers = before.slice(0, before.length - sep[0].length).trim();
    if (!writers || !(glued || by || BYLINE_SEPARATOR.test(sep[0]))) continue;
    const names = writers.split(/\s*,\s*|\s+(?:and|&)\s+/);
    if (!names.every((n) => STAFF.test(n) || BYLINE_NAME.test(n))) continue;
    return { agency, writer: names.every((n) => STAFF.test(n)) ? null : writers, date: null };
  }
  return null;
}

/**
 * A news agency: one of the wires above, or an outlet whose registry names call it one
 * ("… News Agency", «خبرگزاری …»). Their copy is carried under other outlets' names, and it
 * names the agency in the third person ("told Mizan", "told AFP"), so a mention of one is wire
 * copy, not a repost.
 */
function isNewsAgency(p: RegistryPublisher): boolean {
  return WIRE_AGENCIES.has(p.slug) || [p.name, ...p.aliases].some((n) => /\b(?:news|press) agency\b|خبرگزاری/iu.test(n));
}

/**
 * The outlet a source spoke to ("two sources told The Intercept", "first flagged the accounts
 * to Mother Jones", "acknowledged to The Algemeiner") or that holds the documents ("a lawsuit
 * obtained by The Daily Beast", "emails seen by The Guardian"): in journalism that is the outlet
 * doing the reporting, so on another site's page the text is a repost. News agencies are left
 * out, also one the text itself calls an agency ("told Example news agency").
 */
export function reportingOutlet(text: string): string | null {
  const re = /\b(?:told|said to|confirmed to|acknowledged to|admitted to|flagged\s+(?:[\w-]+\s+){0,3}to|in an interview with|speaking to|(?:obtained|seen|reviewed) by)\s+((?:the\s+)?[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4})([ \t]+(?:news[ \t]+|press[ \t]+)?agency\b)?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // The name ends with its sentence ("… told The Intercept. Afrasiabi said …").
    const name = m[1]!.split(/[.!?][ \t]/)[0]!.replace(/[.,;:]+$/, '');
    const hit = resolvePublisher(name);
    // Only news organisations report: "told Amnesty International" is a statement to an NGO.
    if (hit && reports(hit) && !isNewsAgency(hit) && !m[2] && !retells(text, name)) return hit.name;
  }
  return persianReportingOutlet(text);
}

/**
 * "According to USA Today, …", "USA Today reported that …", 'the Albanian media "BIRN"
 * comprehensively addressed …': the page credits the outlet in the third person, so it retells that
 * outlet's reporting in its own words (rule 2); the outlet's own copy never attributes itself so.
 */
function retells(text: string, name: string): boolean {
  const n = `["“]?${name.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["”]?`;
  const said = '(?:has |had )?(?:\\w+ly )?(?:reported|wrote|writes|reports|published|revealed|addressed|said in (?:a|its) report)';
  return new RegExp(`\\baccording to (?:the )?${n}(?=\\W)|(?<!\\w)${n},? ${said}\\b|\\b(?:reported|written|published) by (?:the )?${n}(?=\\W)`, 'i').test(text);
}

/**
 * The same in Persian: "در گفت‌وگو با رادیو فردا" (in an interview with), "از گفتگو با … امتناع
 * کرد" (declined to speak to), "به بی‌بی‌سی فارسی گفت" (told), "در یادداشتی برای …" (in a piece
 * written for), "مقابل میکروفون …" (in front of its microphone). Persian names have no capitals to
 * end them, so the longest run of one to four words that names a news organisation counts.
 */
const FA_SPOKE_WITH = /گفت[\s\u200c]?(?:و[\s\u200c]?)?گو[\s\u200c]+با[\s\u200c]+((?:[\p{Script=Arabic}\u200c]+[\s\u200c]*){1,4})/gu;
const FA_TOLD = /(?:^|[\s\u200c])به[\s\u200c]+((?:[\p{Script=Arabic}\u200c]+[\s\u200c]+){1,4})گفت(?![\p{L}\u200c])/gu;
/** "مقابل میکروفون فرانس ۲۴" (in front of France 24's microphone), "در برابر دوربین …" (… camera): speaking to that outlet. */
const FA_BEFORE_MIC = /(?:مقابل|جلوی|پشت|(?:در[\s\u200c]+)?برابر)[\s\u200c]+(?:میکروفون|میکروفن|میکرفون|دوربین)[\s\u200c]*(?:ی|های)?[\s\u200c]+((?:[\p{Script=Arabic}\u200c]+[\s\u200c]*){1,4})/gu;
/** "در مجموعه مقالاتی برای بی‌بی‌سی فارسی" (in a series of articles for …), "در یادداشتی برای …": written for that outlet. */
const FA_WRITTEN_FOR = /(?:مقاله|مقالات|یادداشت|ستون)(?:[\s\u200c]*(?:ای|ی|ها|هایی))?[\s\u200c]+برای[\s\u200c]+((?:[\p{Script=Arabic}\u200c]+[\s\u200c]*){1,4})/gu;
/**
 * "بر بنای خبرهای رسیده به پایگاه خبری پیک نت" (according to news that reached the Peyk-e Net site):
 * the outlet the news reached is the one reporting it. A site's descriptor before the name is skipped;
 * the name ends with its line.
 */
const FA_REACHED = /(?:خبر|گزارش)(?:ها|های|ی)?[\s\u200c]*رسیده[\s\u200c]+به[\s\u200c]+(?:(?:پایگاه|سایت|وب[\s\u200c]*سایت|تارنمای?)(?:[\s\u200c]+(?:خبری|اطلاع[\s\u200c]*رسانی))?(?:[ \t\u200c]*[-–][ \t\u200c]*تحلیلی)?[ \t\u200c]+)?((?:[\p{Script=Arabic}\u200c]+[ \t\u200c]*){1,4})/gu;
function persianReportingOutlet(text: string): string | null {
  if (!/\p{Script=Arabic}/u.test(text)) return null;
  const news = (words: string[], fromEnd: boolean): RegistryPublisher | null => {
    for (let n = Math.min(4, words.length); n >= 1; n--) {
      const name = (fromEnd ? words.slice(-n) : words.slice(0, n)).join(' ');
      const hit = resolvePublisher(name);
      if (hit && reports(hit) && !isNewsAgency(hit)) return hit;
    }
    return null;
  };
  for (const [re, fromEnd] of [[FA_SPOKE_WITH, false], [FA_TOLD, true], [FA_WRITTEN_FOR, false], [FA_BEFORE_MIC, false], [FA_REACHED, false]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const hit = news(m[1]!.trim().split(/[\s]+/u), fromEnd);
      if (hit) return hit.name;
    }
  }
  return null;
}

/**
 * A masthead set as stacked words, one per line, at the very top of a copied page ("IRAN" over
 * "FOCUS"): the two or three words read together name a registry outlet exactly. Never the
 * group's own names or a person's, as for any head line.
 */
export function stackedMasthead(firstLines: readonly string[]): string | null {
  const words: string[] = [];
  for (const line of firstLines.slice(0, 3)) {
    const w = line.trim();
    if (!/^\p{Lu}[\p{L}\p{N}&'’-]{0,19}$/u.test(w)) break;
    words.push(w);
  }
  for (let n = words.length; n >= 2; n--) {
    const hit = weakCreditOf(words.slice(0, n).join(' '));
    if (hit) return hit.name;
  }
  return null;
}

/**
 * A news organisation's name alone on the line between a carried item's standfirst and its body
 * («… در میان گذاشتند» / «بی بی سی فارسی» / «بستگان و وکلای …»): a repost keeps the original's lead and
 * credit line in that order. Only when it is the text's one such line: a list of outlets' reactions
 * sets a name over each paragraph (rule 2, the site's own report).
 */
export function creditUnderLead(paragraphs: readonly string[], isProse: (p: string) => boolean): string | null {
  const lead = paragraphs.findIndex(isProse);
  if (lead < 0 || lead + 2 >= paragraphs.length) return null;
  const named = (p: string) => {
    const l = p.trim();
    if (l.includes('\n') || l.length > 40) return null;
    const hit = weakCreditOf(l);
    return hit && reports(hit) ? hit : null;
  };
  const hit = named(paragraphs[lead + 1]!);
  if (!hit || !isProse(paragraphs[lead + 2]!)) return null;
  return paragraphs.flatMap((p) => p.split('\n')).filter((l) => named(l)).length === 1 ? hit.name : null;
}

/**
 * A signed credit on a line of its own under a post's introduction: "Jane Roe, Example Interlink,
 * February 21 2013" — the writer, the outlet whose item it is and its day, as a forum or blog post
 * carrying an outlet's letter or article sets it. Only within the first lines after the first
 * paragraph of prose, and only when the text holds one such line.
 */
export function signedCreditUnderLead(paragraphs: readonly string[], isProse: (p: string) => boolean): { outlet: string; author: string; date: LooseDate } | null {
  const lead = paragraphs.findIndex(isProse);
  if (lead < 0) return null;
  const signed = (l: string) => {
    const m = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}),\s*([^,]{3,50}),\s*(\S[^,]{5,30}(?:,\s*\d{4})?)$/u.exec(l.trim());
    if (!m || isSubjectName(m[1]!) || creditOf(m[1]!)) return null;
    const outlet = weakCreditOf(m[2]!);
    const date = outlet ? parseDateOnly(m[3]!) : null;
    return outlet && date?.precision === 'day' ? { outlet: outlet.name, author: m[1]!, date } : null;
  };
  const lines = paragraphs.flatMap((p) => p.split('\n'));
  const all = lines.map(signed).filter((x) => x !== null);
  if (all.length !== 1) return null;
  const near = paragraphs.slice(lead + 1, lead + 4).flatMap((p) => p.split('\n'));
  return near.some((l) => signed(l) !== null) ? all[0]! : null;
}

/** A line wholly in quotation marks («شورای ملی مقاومت»): an essay's title, never a masthead, even when it names an outlet. */
export function isQuotedLine(line: string): boolean {
  return /^\s*[«"“].*[»"”]\s*$/u.test(line);
}

/**
 * A post's tags over its text («منافقین,مجاهدین خلق,مسعودرجوی,مریم رجوی,ترور»): four or more short
 * items between commas, none a date. A tag may be the name of a person who has a site of her own,
 * which does not make the post hers.
 */
function isTagList(line: string): boolean {
  const items = line.split(/\s*[,،]\s*/u).filter(Boolean);
  return items.length >= 4 && items.every((t) => t.split(/[\s\u200c]+/u).length <= 3 && parseDateOnly(t).precision === 'unknown');
}

/** An outlet named on a line of its own in the head of the page (a masthead or a credit). */
export function headOutlet(lines: readonly string[]): string | null {
  // "Outlet, March 15, 2006" more than once is a list of contents or of sources, not a masthead.
  const sourceWithDate = (l: string) => {
    const comma = l.indexOf(',');
    return comma > 1 && parseDateOnly(l.slice(comma + 1).trim()).precision !== 'unknown';
  };
  const listed = lines.filter(sourceWithDate).length >= 2;
  for (const l of lines) {
    if (l.length > 60 || (listed && sourceWithDate(l))) continue;
    // "(source: example.com)", "(Photo: …)" under a headline credits the picture, not the text, also
    // at the end of its caption ("2011 car bombing. (Photo: Jane Roe / Fars)").
    if (/(?:^|\s)\(\s*(?:source|photo|image|picture|credit)s?\b/i.test(l)) continue;
    if (isQuotedLine(l) || isTagList(l)) continue;
    const hit = weakCreditOf(l);
    if (hit) return hit.name;
  }
  return null;
}
