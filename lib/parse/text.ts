import { detectLanguage } from '@/lib/analysis/language';
import { foldPersian } from '@/lib/analysis/persian';
import { findPersianDate, openingDateline } from '@/lib/parse/persian-dates';
import { dateFromUrl, parseDateOnly, parseLooseDate, type DateReading, type LooseDate } from '@/lib/parse/dates';
import { cleanText, nonEmptyLines, paragraphsOf } from '@/lib/parse/normalize';
import type { ImportOptions, ParsedArticle } from '@/lib/parse/types';
import { agencyByline, agencyHeadLine, BYLINE_NAME, creditUnderLead, creditedOutlet, datedLeadCredit, dateOfLine, headOutlet, isNeverTitle, isPersonName, isQuotedLine, isSubjectName, leadQuote, outletAndWriter, outletOverDay, pickTitle, releaseIssuer, seriesHeadline, signedCreditUnderLead, statementOpening, reportingOutlet, stackedMasthead, stampDate, stripTime, wikiHeading, wireReport, withoutCapsLabel } from '@/lib/parse/page-head';
import { throughProxies } from '@/lib/registry/proxy-urls';
import { siteOf } from '@/lib/registry/channels';
import { hostSpells } from '@/lib/registry/spelled-host';
import { hostnameOf, matchPublisher, normalizeName, registry, resolvePublisher, resolvePublisherByUrl, resolveMirroredPublisher } from '@/lib/registry/publishers';
import { introducesReportOf, translatedIssuer, translationCredit } from '@/lib/parse/translation-credits';
import { webUrlOrWarning } from '@/lib/parse/web-url';

// Plain text arrives in three shapes, told apart by their furniture:
//  - digests: articles introduced by "Outlet | Author | Date" lines, each optionally
//    preceded by its headline;
//  - "Posted on:" listings from an aggregator: headline, "Posted on: date", then a lead
//    "Author, Outlet, Date:… excerpt";
//  - a single article, possibly with a masthead tagline, a dateline ("INU- Augest 15, 2013-")
//    and sidebar teasers pasted along with it.

/** Article under construction; turned into a ParsedArticle by `finishAll`. */
interface Draft {
  title: string | null;
  publisherName: string | null;
  via: string | null;
  author: string | null;
  date: LooseDate;
  paragraphs: string[];
  /** A news agency the lead credits ("به گزارش ایسنا، …"): the publisher when the page's site does not report news. */
  wire?: string | null;
  /** An organisation whose statement the lead carries under its credit: the publisher when the page's site does not report news. */
  statement?: string | null;
  /**
   * The news outlet the text says did the reporting ("two sources told X", "documents obtained by
   * X"): the publisher when nothing credits another and the page's site is not itself a news
   * organisation (on a paper's own site that is the paper citing another outlet's reporting).
   */
  reporting?: string | null;
  /**
   * A first line that names one of the group's own organisations ("شورای ملی مقاومت ایران",
   * "NCRI"). On a web page that is a heading about the group, not a masthead; in a pasted text with
   * no address it is how the person who pasted it named the outlet, so it is used only then.
   */
  ownNameMasthead?: string | null;
  /** The lead's credit passing on another news organisation's copy («به گزارش X به نقل از Y»). */
  quote?: ReturnType<typeof leadQuote>;
  /** The name in a Persian lead's dateline («تهران - سانا»): whose report it is, when that is the site itself. */
  datelineName?: string | null;
}

const NO_DATE: LooseDate = { date: null, precision: 'unknown' };

export function parseText(fileName: string, raw: string, opts: ImportOptions = {}): ParsedArticle[] {
  // Each candidate header line is tried more than once below (isolating, then splitting); its
  // date parse is the costly part, so a file's answers are kept while it is parsed.
  headerCache.clear();
  const paragraphs = paragraphsOf(isolateHeaderLines(cleanText(raw)));
  let drafts: Draft[];
  if (paragraphs.some(isPostedOn)) drafts = parsePostedListing(paragraphs);
  else if (paragraphs.some((p) => parseDigestHeader(p) !== null)) drafts = parseDigest(paragraphs);
  else drafts = [parseSingle(paragraphs)];
  return finishAll(drafts, fileName, opts);
}

/** Turns drafts into articles: option overrides, the page's URL, derived titles, language, positions. */
function finishAll(drafts: Draft[], fileName: string, opts: ImportOptions): ParsedArticle[] {
  const out: ParsedArticle[] = [];
  // The page the text was copied from follows the stored-URL rule (lib/parse/web-url.ts): a
  // refused address gives no URL, no outlet and no date, and a warning that names it.
  const given = webUrlOrWarning(opts.url, "the page's URL");
  // A page copied from an archive, a proxy or a redirect is the outlet's page at its own address;
  // an archive it came through is named as the carrier, as a web import's snapshot is.
  const proxied = given.url ? throughProxies(given.url) : null;
  const pageUrl = proxied ? { ...given, url: webUrlOrWarning(proxied.original).url ?? given.url } : given;
  const page = pageUrl.url ? pageSite(pageUrl.url) : null;
  for (const d of drafts) {
    const paragraphs = d.paragraphs.map((p) => p.trim()).filter(Boolean);
    const body = paragraphs.join('\n\n');
    if (!body) continue;
    let publisherName = opts.publisher ? canonicalName(opts.publisher) : d.publisherName;
    let via = opts.via ? canonicalName(opts.via) : d.via;
    let date = d.date;
    if (!page && !publisherName) publisherName = d.reporting ?? d.ownNameMasthead ?? null;
    if (page) {
      // The page's own site published the text unless the text credits another outlet, which
      // makes the site the collecting one (a repost, a wire story carried by a paper).
      // A mirror's copy of a registry outlet's section is that outlet's, through the mirror.
      // Agency copy on a site that does not report news (an association, a blog, an unknown
      // host) is the agency's report, reposted; a news site's stays its own (wire copy).
      // Unless the lead's dateline names the site itself («تهران - سانا» on sana.sy, a service the
      // registry does not list): then the site did the reporting, and the credit under it is its source.
      const ownReport = d.datelineName ? hostSpells(hostnameOf(pageUrl.url!) ?? '', d.datelineName) || sameOutlet(d.datelineName, page.name) : false;
      if (!publisherName && !ownReport && d.reporting && !page.reports) publisherName = d.reporting;
      if (!publisherName && !ownReport && d.statement && !page.reports && !page.mirrors) publisherName = d.statement;
      if (!publisherName && !ownReport && d.wire && !page.reports && !page.mirrors) publisherName = d.wire;
      publisherName ??= page.mirrors ?? page.name;
      // «به گزارش <this site> به نقل از مهر»: the site's own credit line hands the text to the
      // organisation it quotes, which published it first; the site carries it.
      // The site may name itself as its address does («پایگاه 598» on 598.ir).
      // Or by the name its address spells («وبانگاه» on webangah.ir), when no list holds it.
      const quotesItself =
        d.quote &&
        (d.quote.byAddress
          ? addressNames(pageUrl.url!, d.quote.reporter)
          : d.quote.bySpelling
            ? hostSpells(hostnameOf(pageUrl.url!) ?? '', d.quote.reporter)
            : sameOutlet(d.quote.reporter, page.name));
      if (!opts.publisher && d.quote && quotesItself && sameOutlet(publisherName, page.name)) publisherName = d.quote.source;
      if (!via && !sameOutlet(publisherName, page.name)) via = page.name;
      if (!via && proxied?.archive) via = proxied.archive;
      date = withUrlDate(date, dateFromUrl(pageUrl.url!));
    }
    out.push({
      title: d.title?.trim() || deriveTitle(body),
      titleSource: d.title?.trim() ? 'title-line' : 'first-sentence',
      publisherName,
      via: via && publisherName && sameOutlet(via, publisherName) ? null : via,
      author: d.author,
      publishedAt: date.date,
      datePrecision: date.precision,
      url: page ? pageUrl.url : null,
      language: detectLanguage(body),
      languageSource: 'detected',
      body,
      sourceFile: fileName,
      sourceIndex: out.length,
      ...(pageUrl.warning ? { warnings: [pageUrl.warning] } : {}),
    });
  }
  return out;
}

/**
 * The text's date against the day in the page's address (a CMS writes the publication day into
 * the path when the item is created): the address's day fills in a date the text lacks or gives
 * only to the month or year it falls in, and replaces a day in the text more than two days after
 * it — an item is not published after its address was made, so that later day is the site's
 * clock or an update, not the item's.
 */
export function withUrlDate(text: LooseDate, url: LooseDate): LooseDate {
  if (text.precision === 'unknown') return url;
  if (url.precision !== 'day' || !url.date || !text.date) return text;
  if (text.precision === 'year') return text.date.slice(0, 4) === url.date.slice(0, 4) ? url : text;
  if (text.precision === 'month') return text.date.slice(0, 7) === url.date.slice(0, 7) ? url : text;
  const days = (Date.parse(text.date) - Date.parse(url.date)) / 86_400_000;
  return days > 2 ? url : text;
}

/** Whether a page's host, «www.» aside, is that name under one top-level domain («598» → 598.ir, not 598.example.ir). */
function addressNames(url: string, name: string): boolean {
  const host = hostnameOf(url)?.replace(/^www\d*\./u, '') ?? '';
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(0, dot) === name && !host.slice(dot + 1).includes('.');
}

/** The outlet a page's URL belongs to: the registry's name, else the bare host ("example.org") or a platform's channel ("t.me/name"). */
function pageSite(url: string): { name: string; mirrors: string | null; reports: boolean } | null {
  const known = resolvePublisherByUrl(url);
  if (known) return { name: known.name, mirrors: null, reports: known.kind === 'news_outlet' || known.kind === 'state_media' };
  const site = siteOf(url);
  return site ? { name: site, mirrors: resolveMirroredPublisher(url)?.name ?? null, reports: false } : null;
}

// ---------------------------------------------------------------------------------------
// Digests

interface DigestHeader {
  outlet: string;
  author: string | null;
  date: LooseDate;
}

const headerCache = new Map<string, DigestHeader | null>();

/** "Bloomberg | By Kurt Wagner | May 26, 2021" or "OIAC | 12/15/2020". */
export function parseDigestHeader(line: string): DigestHeader | null {
  const known = headerCache.get(line);
  if (known !== undefined) return known;
  const header = readDigestHeader(line);
  if (headerCache.size < 100_000) headerCache.set(line, header);
  return header;
}

function readDigestHeader(line: string): DigestHeader | null {
  if (line.includes('\n')) return null;
  const parts = line.split('|').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) return null;
  const outlet = parts[0] ?? '';
  const dateText = parts[parts.length - 1] ?? '';
  if (!outlet || outlet.length > 60 || outlet.split(' ').length > 8) return null;
  // "By Jane Roe | 15 July 2019" is a byline with a date, not an outlet header.
  if (/^(?:written\s+)?by\b/i.test(outlet)) return null;
  if (dateText.length > 30) return null;
  const date = parseDateOnly(dateText);
  if (date.precision !== 'day' && date.precision !== 'month') return null;
  const author = parts.length === 3 ? cleanAuthor(parts[1] ?? '') : null;
  return { outlet, author, date };
}

function parseDigest(paragraphs: string[]): Draft[] {
  const headerAt = paragraphs.flatMap((p, i) => (parseDigestHeader(p) ? [i] : []));
  // segments[0] is whatever precedes the first header; segments[k + 1] follows header k.
  const segments: Array<{ header: DigestHeader | null; paras: string[] }> = [
    { header: null, paras: paragraphs.slice(0, headerAt[0]) },
    ...headerAt.map((at, k) => ({
      header: parseDigestHeader(paragraphs[at]!),
      paras: paragraphs.slice(at + 1, headerAt[k + 1] ?? paragraphs.length),
    })),
  ];

  // A headline sits just above the header of the article it belongs to, possibly with a photo
  // caption, a credit or a "Source:" line between them: those go, and are never the title.
  const titles: Array<string | null> = segments.map(() => null);
  for (let i = 0; i + 1 < segments.length; i++) {
    const paras = segments[i]!.paras;
    let n = paras.length;
    while (n > 0 && n > paras.length - 3 && isCaptionOrCredit(paras[n - 1]!)) n--;
    const last = paras[n - 1];
    if (last !== undefined && isTitleLike(last) && !isNeverTitle(last) && (n > 1 || i === 0)) {
      titles[i + 1] = last;
      paras.splice(n - 1);
    }
  }
  // Without a line above the header, a title line right under it is the title.
  for (let i = 1; i < segments.length; i++) {
    const first = segments[i]!.paras[0];
    if (titles[i] === null && first !== undefined && segments[i]!.paras.length > 1 && isTitleLike(first) && !isNeverTitle(first)) {
      titles[i] = first;
      segments[i]!.paras.shift();
    }
  }

  const drafts: Draft[] = [];
  const preamble = segments[0]!.paras;
  // Prose before the first header is kept as an unattributed article; short lines are furniture.
  if (preamble.join(' ').split(/\s+/).length >= 60) {
    drafts.push({ title: null, publisherName: null, via: null, author: null, date: NO_DATE, paragraphs: preamble });
  }
  for (let i = 1; i < segments.length; i++) {
    const { header, paras } = segments[i]!;
    if (!header) continue;
    const title = titles[i] ?? null;
    const kept = title ? paras.filter((p) => !sameText(p, title)) : paras;
    drafts.push(
      ...splitEmbeddedReleases({
        title,
        publisherName: canonicalName(header.outlet),
        via: null,
        author: header.author,
        date: header.date,
        paragraphs: kept,
      }),
    );
  }
  return drafts;
}

// "New York, NY; December 3, 2020 – Association of Iranian Americans in New York congratulates…"
const RELEASE_DATELINE =
  /^([A-Z][A-Za-z.' ]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15})?)\s*[;,]\s*([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*[–—-]+\s*(.+)$/s;

/**
 * A press release pasted inside another outlet's item (OIAC reposting a member group's
 * release) becomes its own article, but only when the dateline names a registry outlet
 * other than the host: the split must be certain, not guessed.
 */
function splitEmbeddedReleases(draft: Draft): Draft[] {
  let current: Draft = { ...draft, paragraphs: [] };
  const out: Draft[] = [current];
  for (const [i, p] of draft.paragraphs.entries()) {
    const m = i > 0 ? RELEASE_DATELINE.exec(p) : null;
    const issuer = m ? leadingPublisher(m[3] ?? '') : null;
    const date = m ? parseLooseDate(m[2] ?? '') : NO_DATE;
    if (issuer && date.precision === 'day' && !sameOutlet(issuer.name, draft.publisherName ?? '')) {
      current = { title: null, publisherName: issuer.name, via: null, author: null, date, paragraphs: [p] };
      out.push(current);
    } else {
      current.paragraphs.push(p);
    }
  }
  return out;
}

/** Registry outlet named by the first words of `text` ("Association of … New York congratulates"). */
function leadingPublisher(text: string) {
  const words = text.split(/\s+/).slice(0, 10);
  for (let n = words.length; n >= 1; n--) {
    const hit = resolvePublisher(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// "Posted on:" listings

const POSTED_ON = /^Posted on:\s*(.*)$/i;
const isPostedOn = (p: string) => POSTED_ON.test(p) && !p.includes('\n');

function parsePostedListing(paragraphs: string[]): Draft[] {
  const postedAt = paragraphs.flatMap((p, i) => (isPostedOn(p) ? [i] : []));
  const firstTitle = Math.max(0, postedAt[0]! - 1);
  const host = listingHost(paragraphs.slice(0, firstTitle));

  // Each block's headline is the line above its "Posted on:", past any caption or credit line.
  const titleAt = postedAt.map((at) => {
    let t = at - 1;
    while (t > 0 && t > at - 3 && isCaptionOrCredit(paragraphs[t]!) && !isPostedOn(paragraphs[t - 1]!)) t--;
    return t;
  });
  const drafts: Draft[] = [];
  for (const [k, at] of postedAt.entries()) {
    const t = titleAt[k]!;
    const title = at > 0 && !isPostedOn(paragraphs[t]!) && !isNeverTitle(paragraphs[t]!) ? paragraphs[t]! : null;
    const next = postedAt[k + 1];
    const end = next === undefined ? paragraphs.length : titleAt[k + 1]!;
    const content = paragraphs.slice(at + 1, Math.max(at + 1, end));
    const posted = parseLooseDate(POSTED_ON.exec(paragraphs[at]!)?.[1] ?? '');

    const lead = content.length > 0 ? parseLead(content[0]!) : null;
    const paras = lead ? [lead.rest, ...content.slice(1)] : content;
    if (title && paras.length > 0) {
      paras[paras.length - 1] = stripTrailingTitle(paras[paras.length - 1]!, title);
    }
    const publisherName = lead ? lead.outlet : host;
    drafts.push({
      title,
      publisherName,
      via: host,
      author: lead?.author ?? null,
      date: lead && lead.date.precision !== 'unknown' ? lead.date : posted,
      paragraphs: paras,
    });
  }
  return drafts;
}

/** The site a listing was copied from: its "Author: X" line, or a masthead line naming a registry outlet. */
function listingHost(header: string[]): string | null {
  const lines = header.flatMap((p) => p.split('\n'));
  for (const line of lines) {
    const m = /^(?:Author|Source|Site):\s*(.{2,60})$/i.exec(line);
    if (m) return canonicalName(m[1]!);
  }
  for (const line of lines) {
    if (line.length <= 60) {
      const hit = resolvePublisher(line);
      if (hit) return hit.name;
    }
  }
  return null;
}

interface Lead {
  author: string | null;
  outlet: string;
  date: LooseDate;
  rest: string;
}

/** "Amil Imani, PipeLineNews, August 15 2019:… text" / "Iran Interlink, August 09 2019:… text". */
export function parseLead(paragraph: string): Lead | null {
  const m = /^([^\n:…]{3,200}?)\s*:\s*(?:…|\.\.\.)?\s*/.exec(paragraph);
  if (!m) return null;
  const parts = m[1]!.split(',').map((s) => s.trim());
  if (parts.length < 2) return null;
  // The date may itself contain a comma ("August 9, 2019"): try the shortest suffix first.
  let best: { at: number; date: LooseDate } | null = null;
  for (let at = parts.length - 1; at >= 1; at--) {
    const date = parseDateOnly(parts.slice(at).join(', '));
    if (date.precision === 'day' || date.precision === 'month') {
      best = { at, date };
      break;
    }
  }
  if (!best) return null;
  const names = parts.slice(0, best.at).filter(Boolean);
  if (names.length === 0) return null;
  const outletText = names[names.length - 1]!;
  const author = names.length > 1 ? cleanAuthor(names.slice(0, -1).join(', ')) : null;
  return { author, outlet: firstOutlet(outletText), date: best.date, rest: paragraph.slice(m[0].length) };
}

/**
 * "Al Masdar and Asharq Al-Ausat" credits two outlets; the article is filed under the
 * first. Split only when the whole name is unknown and its first part is known, so an
 * outlet whose own name contains "and" is left intact.
 */
function firstOutlet(text: string): string {
  if (resolvePublisher(text)) return canonicalName(text);
  const first = text.split(/\s+(?:and|&)\s+/i)[0] ?? text;
  if (first !== text && resolvePublisher(first)) return canonicalName(first);
  return canonicalName(text);
}

/**
 * Listings end each excerpt with the headline again, sometimes cut short
 * ("… Iran Interlink Weekly Digest" for "Iran Interlink Weekly Digest – July 26, 2019").
 */
export function stripTrailingTitle(paragraph: string, title: string): string {
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const key = (w: string) => normalizeName(w);
  const body = words(paragraph);
  const titleWords = words(title).filter((w) => key(w));
  const minWords = Math.min(3, titleWords.length);
  for (let n = titleWords.length; n >= minWords && n > 0; n--) {
    const tail = body.filter((w) => key(w)).slice(-n);
    const prefix = titleWords.slice(0, n);
    if (tail.length === n && tail.every((w, i) => key(w) === key(prefix[i]!))) {
      // Cut at the position of the first matched word, counting punctuation-only tokens.
      let remaining = n;
      let cut = body.length;
      while (remaining > 0 && cut > 0) {
        cut--;
        if (key(body[cut]!)) remaining--;
      }
      return body.slice(0, cut).join(' ').trim();
    }
  }
  return paragraph;
}

// ---------------------------------------------------------------------------------------
// Single articles

function parseSingle(input: string[]): Draft {
  // Credits are read before furniture goes: a lone outlet line is furniture in a sidebar but a
  // credit in the head of a reposted article.
  // A full translation credited to its foreign original in a head line comes first: its head may
  // also carry the carrying site's name or an aggregator's credit.
  const translated = translationCredit(input);
  // So does an issuer credited with its translator («X/ترجمه فارسی از Y»), an outlet of any kind.
  // A credit to an outlet the lead then introduces in the third person («X اعلام کرد که …», «به
  // گزارش X، …» under it) is a relayed report (rule 2), not the outlet's copy.
  const creditLine = creditedOutlet(input);
  const credited = translated?.publisher.name ?? translatedIssuer(input)?.name ?? (creditLine && !introducesReportOf(input, creditLine) ? creditLine : null) ?? releaseIssuer(input) ?? signOffByline(input);
  // A Persian page writes its dates day first, also a date line with no Persian word on it.
  const reading = pageReading(input);
  let publisher: string | null = null;
  const top = input[0];
  const topLine = top !== undefined && !top.includes('\n') && top.length <= 40 && !isPersonName(top) && !isQuotedLine(top) ? top : null;
  if (topLine && !isSubjectName(topLine)) publisher = resolvePublisher(topLine)?.name ?? null;
  // Unless the lead then tells that outlet's report in the third person: the site's label for its source (rule 2).
  if (publisher && introducesReportOf(input, publisher)) publisher = null;
  // «رویداد۲۴ مریم وحیدیان» over the text: the outlet whose item it is, and its writer.
  const firstLine = top?.split('\n')[0]?.trim() ?? '';
  const topCredit = !publisher && firstLine ? outletAndWriter(firstLine) : null;
  if (topCredit) publisher = topCredit.outlet.name;
  if (top !== undefined) publisher ??= stackedMasthead(top.split('\n'));
  const ownNameMasthead = firstLine.length <= 40 && isSubjectName(firstLine) ? (resolvePublisher(firstLine)?.name ?? null) : null;
  const headLines = splitHead(input)?.head ?? [];

  let paragraphs = input.map((p) => p.split('\n')).map((lines) => lines.filter((l) => !isFurnitureLine(l) && !(topCredit && l.trim() === firstLine)).join('\n'));
  paragraphs = paragraphs.filter(Boolean);

  // Masthead slogans identify the outlet and are not content.
  paragraphs = paragraphs.filter((p) => {
    const hit = taglineOwner(p);
    if (hit) publisher ??= hit;
    return !hit;
  });
  paragraphs = dropTrailingFurniture(paragraphs);

  // The head: every line above the first line of prose. Its lines are dates, bylines, furniture
  // or headline candidates; the headline is picked against the body's words.
  let date: LooseDate = NO_DATE;
  let author: string | null = topCredit?.writer ?? null;
  let title: string | null = null;
  // Leading date stamp glued to the text ("date 2021-02-04 Belgian court…", or a month: "date 2020-07
  // …"), also when a head line goes on after it ("date 2025-11-04 پخش زنده" over the headline).
  // A bullet, an asterisk or an opening quote may stand between the stamp and the text ("date
  // 2025-08-25 *شنبه …", "date 2026-01-31 «عنوان»: …").
  const stamp = /^\s*(?:date\s*:?\s*)?(\d{4}-\d{2}(?:-\d{2})?)\s+(?=[*•«"“(]?\s*(?:\p{Lu}|\p{Script=Arabic}))/iu.exec(paragraphs[0] ?? '');
  if (stamp) {
    date = stampDate(stamp[1]!);
    paragraphs[0] = paragraphs[0]!.slice(stamp[0].length);
  }
  let publishedInHead = false;
  let headCredit: string | null = null;
  const split = splitHead(paragraphs);
  if (split) {
    const { head, rest } = split;
    const body = rest.join('\n\n');
    const candidates: string[] = [];
    let published = false;
    let updated: LooseDate | null = null;
    // Unlabelled days above the first headline candidate, and the first one under it.
    // Unlabelled days of the head, each with the number of headline candidates seen before it.
    const headDays: { day: LooseDate; at: number }[] = [];
    // A weather widget's clock («24.9 C» / «Paris» / «Wednesday, July 24, 2024»): the day a page was
    // fetched, shown next to a temperature and a city, not the item's.
    const widget = weatherClock(head);
    let dayFromTail = false;
    // The head line a headline candidate was last taken from.
    let candidateAt = -1;
    for (const [at, rawLine] of head.entries()) {
      if (widget.has(rawLine)) continue;
      const raw = withoutPageTools(rawLine);
      // A source's credit line with the item's day («خبرگزاری نمونه / ۱۴۰۳/۰۱/۱۹»): that day is the
      // item's, like a labelled one, and beats an unlabelled day above it (an aggregator's clock).
      const credited = creditedDay(raw);
      if (credited) {
        if (!published) date = credited;
        published = true;
        continue;
      }
      // A headline with its day after a dash ("… عقیده ـ ۲۷مرداد۱۴۰۰"): the day is a date line, the
      // rest a headline candidate.
      const tail = trailingDate(raw);
      // Of two such days the later is the item's: an anniversary piece gives the day it recalls,
      // then its own («… ـ ۱۲فروردین۱۳۷۰ ـ ۱۱فروردین۱۴۰۱», the headline repeated with both).
      if (tail && (date.precision === 'unknown' || (dayFromTail && tail.date.date! > date.date!))) {
        date = tail.date;
        dayFromTail = true;
      }
      const line = tail ? tail.line : raw;
      // A byline ending in its date ("نویسنده – سایت، شهر، بیست و هشتم ژانویه ۲۰۱۸"): a date, never the title.
      const byDate = tail ? null : bylineDate(line, false);
      if (byDate) {
        if (date.precision === 'unknown') date = byDate;
        continue;
      }
      // An English author and day on one line ("Jane Doe / February 5, 2021"): both, never the title.
      const signed = tail ? null : namedDayLine(line);
      if (signed) {
        if (date.precision === 'unknown') date = signed.date;
        author ??= signed.author;
        headCredit ??= signed.outlet;
        continue;
      }
      // "Jane Roe, AFP" or a glued "Jane RoeAFP": the agency's copy, and its writer.
      const agencyLine = tail ? null : agencyByline(line);
      if (agencyLine) {
        headCredit ??= agencyLine.agency.name;
        author ??= agencyLine.writer;
        if (agencyLine.date && date.precision === 'unknown') date = agencyLine.date;
        continue;
      }
      const asDate = tail ? NO_DATE : dateOfLine(line, reading);
      const byline = /^(?:written\s+)?by[:\s]+(.{2,80})$/i.exec(line);
      // "Updated 09 September 2023": the day of a later version, the page's date only when it has no other.
      if (asDate.precision !== 'unknown' && UPDATED_LABEL.test(line)) {
        updated ??= asDate;
        continue;
      }
      if (asDate.precision !== 'unknown') {
        // A line labelled as the publication date wins over other dates in the head (a site's
        // clock without a label, an update time).
        const labelled = PUBLISHED_LABEL.test(line);
        if (date.precision === 'unknown' || (labelled && !published)) date = asDate;
        published ||= labelled;
        if (!labelled && asDate.precision === 'day') {
          headDays.push({ day: asDate, at: candidates.length });
        }
      } else if (byline) {
        author ??= cleanAuthor(byline[1]!.split(/\s+\/\s+/)[0]!);
      } else {
        const headline = withoutHeadLabel(line);
        // A line opening with «و» (and) right under a candidate goes on from it: the headline's second line.
        const continues = /^و[\s\u200c]/u.test(headline) && candidateAt >= 0 && candidateAt === at - 1;
        if (!continues && !isNeverTitle(headline) && isTitleLike(headline) && !parseDateline(headline)) {
          candidates.push(headline);
          candidateAt = at;
        }
      }
    }
    // Above or under the headline: a city's name or a section over the clock is a candidate too, so
    // the headline picked decides, not the first candidate.
    title = pickTitle(withoutBreadcrumbs(candidates), body);
    const titleAt = title === null ? 0 : Math.max(0, candidates.indexOf(title));
    const daysAbove = new Set(headDays.filter((d) => d.at <= titleAt).map((d) => d.day.date!));
    const dayBelow = headDays.find((d) => d.at > titleAt)?.day ?? null;
    // Two different days above the headline are page furniture (a clock, an archive's or a cache's
    // stamp): a day set under the headline is the article's.
    // With none under it, the earliest is: the others are later than the item (a clock shows the day
    // the page was read, an unlabelled update comes after the item).
    if (!published && daysAbove.size >= 2) date = dayBelow ?? { date: [...daysAbove].sort()[0]!, precision: 'day' };
    // One day above the headline and an earlier one under it: the later is the site's clock or an
    // update (an item is not dated after it was published), the earlier the item's.
    else if (!published && daysAbove.size === 1 && dayBelow?.date && dayBelow.date < [...daysAbove][0]!) date = dayBelow;
    // A labelled publication date just under the head ("تاریخ انتشار : …" below the lead) beats an
    // unlabelled date above it, which is often the site's clock.
    if (!published) date = labelledDateBelow(rest, reading) ?? date;
    if (date.precision === 'unknown' && updated) date = updated;
    publishedInHead = published;
    // Lines that read as a standfirst stay in the text; the title and the furniture do not.
    const kept = candidates.filter((c) => c !== title && !isNavigationEcho(c, candidates) && c.split(/\s+/).length >= 6);
    paragraphs = [...kept, ...rest];
  }

  const dl = paragraphs.length > 0 ? parseDateline(paragraphs[0]!) : null;
  if (dl) {
    publisher ??= dl.publisher;
    if (date.precision === 'unknown') date = dl.date;
    paragraphs[0] = dl.rest;
  }
  // "NCRI - On Tuesday …": an English lead opening with an outlet's name and a dash is its copy.
  const dashed = dl || paragraphs.length === 0 ? null : outletDashLead(paragraphs[0]!);
  if (dashed) {
    publisher ??= dashed.publisher;
    paragraphs[0] = dashed.rest;
  }
  // An English lead's own dateline ("Iran, November 21, 2019—…") dates the story over an unlabelled
  // day in the head, often the site's clock; a part of it the registry knows is the outlet credited.
  const commaLead = dl ? null : commaDateline(paragraphs);
  if (commaLead) {
    publisher ??= commaLead.publisher;
    if (date.precision === 'unknown' || !publishedInHead) date = commaLead.date;
  }
  // The day a head line credits a carried item with («واشنگتن‌تایمز ۱۹ سپتامبر ۲۰۱۸ : …») is that item's.
  const leadCredit = datedLeadCredit(input);
  if (date.precision === 'unknown') date = leadCredit?.date ?? creditedOriginalDay(input) ?? leadDate(paragraphs) ?? topByline(paragraphs) ?? topDateLine(paragraphs) ?? headStamp(input) ?? signOffDate(paragraphs, reading) ?? droppedSignOff(input, paragraphs, reading) ?? NO_DATE;
  // An explicit credit in the text names the original publisher; a masthead line in the head
  // counts when nothing else does.
  // A head line naming an outlet whose report the lead then introduces in the third person is the
  // site's label for its source (rule 2), not a masthead.
  const headNamed = headOutlet(headLines);
  const underLead = credited || publisher || headNamed ? null : creditUnderLead(input, isProse);
  // "Jane Roe, Example Interlink, February 21 2013" under a post's introduction: that outlet's item, of that day.
  const signedUnder = credited || publisher || headNamed || underLead || headCredit ? null : signedCreditUnderLead(input, isProse);
  publisher = credited ?? publisher ?? headCredit ?? (headNamed && !introducesReportOf(paragraphs, headNamed) ? headNamed : null) ?? (underLead && !introducesReportOf(paragraphs, underLead) ? underLead : null) ?? signedUnder?.outlet ?? null;
  if (signedUnder) {
    author ??= signedUnder.author;
    date = signedUnder.date;
  }
  // A carried item's masthead and day on two lines of their own under its standfirst ("The Example
  // Times" over "Thursday, October 9, 1997"): that outlet's item, of that day (the site's clock above it is not).
  const overDay = publisher || underLead || signedUnder ? null : outletOverDay(input);
  if (overDay) {
    publisher = overDay.outlet;
    date = overDay.date;
  }
  // The day a translation's credit gives is the original's, which the article is credited to.
  if (translated?.date) date = translated.date;
  // Likewise the day a dated head credit gives («سایت رادیو فرانسه(فارسی) ۱۳/۴/۹۷ : …») when that
  // credit names the publisher: the carrier's own date line is the day it reposted the item.
  const datedCredit = translated ? null : leadCredit;
  if (datedCredit && publisher === datedCredit.publisher.name) date = datedCredit.date;
  // A wiki's old revision: the version's day, printed in a line its furniture filter drops (its
  // editor's «(بحث | مشارکت‌ها)» links read as a menu).
  // Only above the first line of prose.
  const topLines = input.slice(0, 3).flatMap((p) => p.split('\n')).map((l) => l.trim());
  const prose = topLines.findIndex((l) => l.length >= 120 && !/^نسخه|^Revision as of/u.test(l));
  // A diff page («…: تفاوت میان نسخه‌ها») quotes changed prose before the column head of the version
  // shown, so there the stamp is looked for further down.
  const diff = /تفاوت[\s\u200c]+(?:میان|بین)[\s\u200c]+نسخه/u.test(foldPersian(topLines[0] ?? ''));
  const scanned = diff ? input.slice(0, 40).flatMap((p) => p.split('\n')).map((l) => l.trim()).slice(0, 40) : topLines.slice(0, prose < 0 ? 8 : Math.min(prose, 8));
  const revision = scanned.map(wikiRevisionDay).find((d) => d !== null);
  if (revision) date = revision;
  // The headline counts too: a blog may glue its source's credit onto it («… .بربنای خبرهای رسیده به …»).
  const reporting = publisher ? null : (reportingOutlet(paragraphs.join('\n')) ?? (title ? reportingOutlet(title) : null));
  // Once the credit is read, the sentence glued after the headline's full stop goes from the title.
  if (title) title = withoutGluedSentence(title);
  // A Wikipedia article's name, over its tagline, is its title, even a person's name (the body keeps
  // what it had: the line picked above stays out of it as before).
  title = wikiHeading(nonEmptyLines(input)) ?? title;
  // No headline in the head: a series headline under a teaser paragraph is one.
  title ??= seriesHeadline(input);
  const own = publisher ?? reporting;
  if (own) paragraphs = paragraphs.map((p) => stripOwnPrefix(p, own));

  return { title, publisherName: publisher, via: null, author, date, paragraphs, reporting, wire: own ? null : (wireReport(paragraphs) ?? agencyHeadLine(input)), statement: own ? null : (statementOpening(input)?.name ?? null), ownNameMasthead, quote: leadQuote(paragraphs) ?? leadQuote(input), datelineName: persianDatelineName(input) };
}

/**
 * A head line as a headline candidate: without a «موضوع:» / «عنوان:» (subject, title) label in front,
 * as a programme page sets its topic, and without a clock time and a numeric day glued after it
 * ("… 11:44:18 AM 1387/11/25"), a CMS's stamp on the item.
 */
function withoutHeadLabel(line: string): string {
  const l = line.replace(/^(?:موضوع|عنوان)(?:[\s\u200c]*(?:مطلب|برنامه|خبر))?[\s\u200c]*[:：]\s*(?=\S)/u, '');
  // A handle glued after the headline ("…آزاد@handle") is the account that shared it. A relative
  // stamp after it («…گذشت؟۱۵ دقیقه پیش», "… 3 hours ago") is the page's clock.
  return l.replace(/(?<=\S)\s*[\d۰-۹]{1,3}\s*(?:دقیقه|ساعت|روز|هفته)[\s\u200c]+پیش$/u, '').replace(/(?<=\S)\s+\d{1,3}\s+(?:minutes?|hours?|days?|weeks?)\s+ago$/i, '').replace(/(?<=\p{Script=Arabic})@[A-Za-z0-9_]{2,30}$/u, '').replace(/(?<=\p{L}.*)\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s+[\d۰-۹]{2,4}[/-][\d۰-۹]{1,2}[/-][\d۰-۹]{1,4}$/iu, '');
}

/**
 * A headline with a second sentence glued after its full stop («… مستقر شدند.بربنای خبرهای رسیده
 * …»): a blog's copy that ran the source note into the title line. Only where the stop has Persian
 * letters on both sides and no space, which a written sentence break never has.
 */
function withoutGluedSentence(title: string): string {
  const m = /^(.*?\p{Script=Arabic})\.(?=\p{Script=Arabic})/u.exec(title);
  return m && m[1]!.trim().split(/\s+/u).length >= 3 ? m[1]! : title;
}

/** Head lines at most two below a temperature reading («24.9 C», «-3 °F»): a weather widget's city and clock. */
function weatherClock(head: readonly string[]): Set<string> {
  const out = new Set<string>();
  head.forEach((line, i) => {
    if (!/^[-−]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$/u.test(line.trim())) return;
    for (const next of head.slice(i + 1, i + 3)) out.add(next);
  });
  return out;
}

/** A part cut from a Persian line (a byline's last part, a head line's tail): read as Persian writes dates. */
const PERSIAN_LINE: DateReading = { dayFirst: true };

/** How a page's dates are read: day first when most of its letters are Persian (Arabic script). */
function pageReading(paragraphs: readonly string[]): DateReading {
  const text = paragraphs.join('\n').slice(0, 4000);
  const persian = (text.match(/\p{Script=Arabic}/gu) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return { dayFirst: letters > 0 && persian * 2 > letters };
}

// "تاریخ انتشار: …", "انتشار: …", "ارسال شده …" (posted), "Published: …": the line that says it is the publication date.
const PUBLISHED_LABEL = /(?:تاریخ(?:[\s\u200c]+و[\s\u200c]+زمان)?[\s\u200c]*(?:انتشار|ثبت|ارسال)|^\s*انتشار\s*:|منتشر[\s\u200c]*شده|ارسال[\s\u200c]*شده|\bpublished\b|\bposted\b|\bpublish(?:ed)?\s+date\b|\bpublication\s+date\b)/iu;

/**
 * A head line that ends in a Persian day after a dash ("پیام شهیدان … ـ ۲۷مرداد۱۴۰۰", "عنوان –
 * ۵ مرداد ۱۴۰۳") or in a day glued into one word (gluedDayAtEnd): the line without the date, and
 * the date. Only a whole day counts, and only when something that is not a date stands before it.
 */
function trailingDate(line: string): { line: string; date: LooseDate } | null {
  if (!/\p{Script=Arabic}/u.test(line)) return null;
  // A dash or a long dash before the day; a long dash also before a numeric day that has hyphens
  // of its own («انجمن نمونه –2015-02-10 برابر با21-11-1393»).
  for (const m of [/^(.*\S)\s*[ـ–—-]\s*([^ـ–—-]{4,40})$/u.exec(line.trim()), /^(.*\S)\s*[ـ–—]\s*([^ـ–—]{4,40})$/u.exec(line.trim()), gluedDayAtEnd(line.trim())]) {
    if (!m || !/\p{L}/u.test(m[1]!)) continue;
    const d = dateOfLine(m[2]!, PERSIAN_LINE);
    if (d.precision === 'day' && dateOfLine(m[1]!).precision === 'unknown') return { line: m[1]!.trim(), date: d };
  }
  return null;
}

/**
 * The agency's name in a Persian dateline on the first lines of the text: a place, a dash and a
 * name, on a line of its own or opening the lead («تهران -سانا», «تهران- ایرنا- متن»). As news
 * services write it over their own reports.
 */
function persianDatelineName(paragraphs: readonly string[]): string | null {
  for (const line of nonEmptyLines(paragraphs).slice(0, 4)) {
    const m = /^([\p{Script=Arabic}\u200c]{2,15}(?: [\p{Script=Arabic}\u200c]{2,15})?)\s*[-–—ـ]\s*([\p{Script=Arabic}\u200c]{2,15})\s*(?:[-–—ـ]|$)/u.exec(line.trim());
    if (m) return m[2]!;
  }
  return null;
}

/** A line's words, then a whole Gregorian day year first ("… 2019-11-24"): the words and the day. */
function isoDayAtEnd(line: string): { line: string; date: LooseDate } | null {
  const m = /^(.*\p{L}.*?)\s+((?:19|20)\d{2}-\d{2}-\d{2})$/u.exec(line.trim());
  const before = m?.[1]!.split(/\s+/u).at(-1) ?? '';
  if (!m || DAY_OF_WORD.test(foldPersian(before)) || /^(?:on|since|by|until|till|from|to|at|in|before|after|of)$/i.test(before)) return null;
  const d = parseDateOnly(m[2]!);
  return d.precision === 'day' && dateOfLine(m[1]!).precision === 'unknown' ? { line: m[1]!.trim(), date: d } : null;
}

/**
 * A head line naming a source and then a whole day after a spaced slash or bar ("خبرگزاری نمونه /
 * ۱۴۰۳/۰۱/۱۹"), as aggregators credit the item they carry. The name holds no figure and is not a
 * weekday: «دوشنبه / ۲۲ بهمن / ۱۴۰۳» is a clock's date split by slashes, not a source.
 */
export function creditedDay(line: string): LooseDate | null {
  const l = line.trim();
  // "Source: Example Daily – February 22, 2009", "Source:, September9,2009" (the name left blank, the
  // spaces lost): a repost's credit with the original's day.
  const source = /^Source\s*:\s*([^\n]{0,60}?)\s*[,–—-]\s*([A-Za-z0-9 ,.]{6,30})$/i.exec(l);
  if (source) {
    const d = dateOfLine(source[2]!.replace(/(\p{L})(\d)/gu, '$1 $2').replace(/,(?=\d)/g, ', '));
    return d.precision === 'day' ? d : null;
  }
  if (!/\p{Script=Arabic}/u.test(l)) return null;
  const m = /^([^/|\d۰-۹٠-٩]{2,40}?)\s+[/|]\s+(\S.{5,40})$/u.exec(l);
  if (!m) return outletWeekdayDay(l);
  if (!/\p{L}{2}/u.test(m[1]!) || m[1]!.trim().split(/\s+/u).length > 5) return null;
  if (WEEKDAY_WORD.test(foldPersian(m[1]!.trim())) || dateOfLine(m[1]!).precision !== 'unknown') return null;
  const d = dateOfLine(m[2]!, PERSIAN_LINE);
  return d.precision === 'day' ? d : null;
}

/**
 * A wiki's old revision prints the day of the version shown, with its time and editor: «نسخهٔ تاریخ
 * ۵ ژوئن ۲۰۱۸، ساعت ۱۵:۴۳ توسط …», "Revision as of 15:43, 5 June 2018 by …" (MediaWiki). That version
 * is the page read; only the line's opening words count, never a date the text itself gives.
 */
function wikiRevisionDay(line: string): LooseDate | null {
  const l = foldPersian(line.trim());
  const fa = /^نسخه(?:[\s\u200c]*ی)?[\s\u200c]+(?:تاریخ|مورخ)[\s\u200c]+(.{5,40}?)[،,]?[\s\u200c]+ساعت[\s\u200c]+\d{1,2}:\d{2}/u.exec(l);
  // A diff's column head drops «تاریخ» («نسخهٔ ۵ مهٔ ۲۰۱۹، ساعت ۰۸:۴۴»): then the line must be the
  // stamp alone (or with its editor), so prose opening with «نسخه» and a date does not count.
  const bare = fa ? null : /^نسخه(?:[\s\u200c]*ی)?[\s\u200c]+([^،,]{5,30}?)[،,][\s\u200c]*ساعت[\s\u200c]+[\d۰-۹]{1,2}:[\d۰-۹]{2}(?:[\s\u200c]+توسط[\s\u200c].*)?$/u.exec(l);
  // A reviewed wiki page's stable-version notice («این نسخهٔ پایداری است که در ۹ دسامبر ۲۰۲۴ بررسی
  // شده است»): the day the version shown was checked, the nearest the page has to its own date.
  const stable = fa || bare ? null : /^این[\s\u200c]+نسخه(?:[\s\u200c]*ی)?[\s\u200c]+پایداری[\s\u200c]+است[\s\u200c]+که[\s\u200c]+در[\s\u200c]+(.{5,30}?)[\s\u200c]+بررسی[\s\u200c]*شده/u.exec(l);
  const en = fa || bare || stable ? null : /^Revision as of \d{1,2}:\d{2}, (\d{1,2} [A-Z][a-z]+ \d{4})\b/.exec(line);
  // A diff's summary of the change shown: its size and day («۷٬۹۲۰ بایت اضافه‌شده ، ۲۷ دسامبر ۲۰۲۳»,
  // "7,920 bytes added, 27 December 2023"), the day of the newer version.
  const size = fa || bare || stable || en ? null : /^[\d۰-۹٬,]+[\s\u200c]+(?:بایت[\s\u200c]+(?:اضافه|حذف)[\s\u200c]*شده|bytes (?:added|removed))[\s\u200c]*[،,][\s\u200c]*(.{5,30}?)[\s\u200c]*$/u.exec(l);
  const raw = fa?.[1] ?? bare?.[1] ?? stable?.[1] ?? en?.[1] ?? size?.[1];
  if (!raw) return null;
  const d = dateOfLine(raw, PERSIAN_LINE);
  return d.precision === 'day' ? d : null;
}

/**
 * A registry outlet's name, then a weekday and the day («خبرگزاری میزان چهارشنبه 18 فروردین 1400 -
 * 11:16»), as a site carrying the outlet's item copies its credit line. Only a name the registry
 * knows: any words before a weekday would otherwise turn a headline with a date into a date line.
 */
function outletWeekdayDay(line: string): LooseDate | null {
  const m = /^([^\d۰-۹٠-٩]{2,40}?)[\s\u200c]+((?:(?:یک|دو|سه|چهار|پنج)[\s\u200c]*)?شنبه|جمعه)[\s\u200c،,]+(\S.{5,40})$/u.exec(foldPersian(line));
  if (!m || !resolvePublisher(m[1]!.trim())) return null;
  const d = dateOfLine(`${m[2]} ${m[3]}`, PERSIAN_LINE);
  return d.precision === 'day' ? d : null;
}
const WEEKDAY_WORD = /^(?:(?:یک|دو|سه|چهار|پنج)?[\s\u200c]*شنبه|جمعه|آدینه)$/u;

/**
 * A whole Solar day written as one word, the last of a head line after other words ("… - آنالیز
 * ۲۶مرداد۱۴۰۰"): a programme's or a site's stamp; prose spaces its dates. Not after a word that
 * makes it the day something happened («در», «روز», «از» …). As [line, rest, date].
 */
function gluedDayAtEnd(line: string): [string, string, string] | null {
  const m = /^(.*\S)\s+(\S+)$/u.exec(line);
  if (!m || !/^[\d۰-۹٠-٩]{1,2}\p{Script=Arabic}+[\d۰-۹٠-٩]{4}$/u.test(m[2]!)) return null;
  const before = m[1]!.split(/\s+/u).at(-1)!;
  return DAY_OF_WORD.test(foldPersian(before)) ? null : [m[0], m[1]!, m[2]!];
}
const DAY_OF_WORD = /^(?:در|از|تا|به|با|و|روز|سال|شب|صبح|عصر|بامداد|ظهر)$/u;

/** A byline ending in its date among the first lines of the text (a headline above it may read as prose). */
function topByline(paragraphs: readonly string[]): LooseDate | null {
  for (const line of paragraphs.flatMap((p) => p.split('\n')).slice(0, 8)) {
    // An English writer and day too ("4/29/03 By Jane Roe"), under a headline that reads as a sentence.
    const d = bylineDate(line, false) ?? bylineDate(line, true) ?? namedDayLine(line)?.date ?? null;
    if (d) return d;
  }
  return null;
}

/**
 * A byline that ends in its date, its parts set off by «،» ("نویسنده – سایت، شهر، بیست و هشتم ژانویه
 * ۲۰۱۸"): on a head line of its own, or opening the lead before a colon ("…، ۵ مرداد ۱۴۰۳:… متن",
 * `lead`). Two to four short parts (a name, a site, a place) stand before the date; one is enough
 * before an excerpt's ellipsis, which is also read in English ("Jane Roe, examplenews, May 24 2020:…").
 */
function bylineDate(line: string, lead: boolean): LooseDate | null {
  // English only in an aggregator's excerpt lead ("Jane Roe, examplenews, May 24 2020:… text").
  const persian = /\p{Script=Arabic}/u.test(line);
  if (!persian && !lead) return null;
  const l = line.trim();
  const m = (lead ? /^([^:\n]{6,240}?)\s*:/u : /^([^:\n]{6,240}?)\s*:?\s*$/u).exec(l);
  if (!m) return null;
  const parts = m[1]!.split(/\s*[،,]\s*/u);
  const short = (p: string) => p.length >= 2 && p.length <= 60 && /\p{L}/u.test(p);
  // An aggregator's excerpt lead, its colon followed by an ellipsis ("سایت، پنجم ژوئن ۲۰۱۳:… متن"):
  // the outlet alone may stand before the date, and a headline the copy glued in front of it may
  // make the first part long.
  const excerpt = lead && /^\s*(?:…|\.{2,})/u.test(l.slice(m[0].length));
  if (!persian && !excerpt) return null;
  if (excerpt ? parts.length < 2 || !short(parts.at(-2)!) : parts.length < 3 || parts.length > 5 || !parts.slice(0, -1).every(short)) return null;
  const d = dateOfLine(parts.at(-1)!, persian ? PERSIAN_LINE : {});
  return d.precision === 'day' ? d : null;
}

/**
 * "Jane Doe / February 5, 2021", "By Jane Doe | 5 Feb 2021", "28/09/2022 - Jane Doe": a person's name and a
 * whole day; "The Intercept/March 22, 2020": an outlet's credit line with its day.
 */
function namedDayLine(line: string): { author: string | null; outlet: string | null; date: LooseDate } | null {
  const l = line.trim();
  const m = /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s*[/|•·–—-]\s*(\S.{5,35})$/u.exec(l);
  if (m) {
    const date = dateOfLine(m[2]!);
    // An outlet's name before the day is a credit line ("The Intercept/March 22, 2020"): the item is that
    // outlet's, of that day (a carried copy, rule 1).
    const outlet = resolvePublisher(m[1]!);
    if (date.precision === 'day' && (outlet || /\s/.test(m[1]!))) return { author: outlet ? null : m[1]!, outlet: outlet?.name ?? null, date };
  }
  // "by Jane Doe October 1, 2012" (the fields run together with only spaces between them) and "by |
  // Nov 7, 2022" (a byline whose name the page left empty).
  const spaced =
    /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}?)\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$/u.exec(l) ??
    /^[Bb]y\s*[|/]\s*()(\S.{5,35})$/u.exec(l);
  if (spaced && (!spaced[1] || BYLINE_NAME.test(spaced[1]))) {
    const date = dateOfLine(spaced[2]!);
    if (date.precision === 'day') return { author: spaced[1] || null, outlet: null, date };
  }
  // Writers, a dash, then a listed outlet and its day: "By Jane Roe and John Doe – Example News
  // February 9, 2012", a credit a blog copies over the story it carries.
  const credit = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]+(?:(?:\s+|,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]+){1,7})\s+[–—-]\s+(\S.{1,40}?)\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})$/u.exec(l);
  const creditOutlet = credit ? resolvePublisher(credit[2]!) : null;
  if (credit && creditOutlet) {
    const date = dateOfLine(credit[3]!);
    if (date.precision === 'day') return { author: credit[1]!, outlet: creditOutlet.name, date };
  }
  // The day first, then the author: "28/09/2022 - Gjergji Kajana", "4/29/03 By Jane Roe".
  const r = /^(\S.{5,30}?)\s+(?:[/|•·–—-]|[Bb]y)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u.exec(l);
  if (r && !resolvePublisher(r[2]!)) {
    const date = dateOfLine(r[1]!);
    if (date.precision === 'day') return { author: r[2]!, outlet: null, date };
  }
  return null;
}

/** A line labelled as the publication date among the first lines under the head. */
function labelledDateBelow(rest: readonly string[], reading: DateReading): LooseDate | null {
  const lines = rest.flatMap((p) => p.split('\n')).slice(0, 12);
  for (const line of lines) {
    // A repost's source line with the original's day ("Source: Example Daily – February 22, 2009").
    const credited = /^Source\s*:/i.test(line.trim()) ? creditedDay(line) : null;
    if (credited) return credited;
    if (!PUBLISHED_LABEL.test(line)) continue;
    const d = dateOfLine(line, reading);
    if (d.precision === 'day') return d;
  }
  return null;
}

/**
 * A site's breadcrumb trail ("Home › News › Opposition › <headline>", its links often run together:
 * "HomeIran News Now…"): it holds the headline's start, so it reads like a headline with more
 * words. Dropped when another head line is the headline it ends with.
 */
const BREADCRUMB = /^(?:Home|خانه|صفحه[\s\u200c]+(?:اصلی|نخست))(?:\s*[>»›|/]\s*|\s+|(?=\p{Lu}))\S/u;
function withoutBreadcrumbs(candidates: string[]): string[] {
  return candidates.filter((c) => {
    if (!BREADCRUMB.test(c)) return true;
    return !candidates.some((o) => o !== c && o.length >= 20 && !BREADCRUMB.test(o) && c.includes(o.slice(0, 30)));
  });
}

/**
 * A page's tool links run into a head line: «… • چاپ کنید» (print), «… چاپ ارسال به دوست» (print,
 * send to a friend). They go when set off by a bullet or bar, or when two of them end the line; a
 * headline may end with one such word of its own.
 */
const PAGE_TOOL = '(?:چاپ(?:[\\s\\u200c]*کنید)?|ارسال[\\s\\u200c]+به[\\s\\u200c]+دوست(?:ان)?|نسخه[\\s\\u200c]+(?:چاپی|قابل[\\s\\u200c]+چاپ)|ذخیره|اشتراک[\\s\\u200c]*گذاری)';
const TOOLS_AFTER_BULLET = new RegExp(`[\\s\\u200c]*[•·|][\\s\\u200c]*${PAGE_TOOL}(?:[\\s\\u200c•·|]+${PAGE_TOOL})*[\\s\\u200c]*$`, 'u');
const TWO_TOOLS = new RegExp(`[\\s\\u200c]+${PAGE_TOOL}(?:[\\s\\u200c•·|]+${PAGE_TOOL})+[\\s\\u200c]*$`, 'u');
function withoutPageTools(line: string): string {
  const cut = line.replace(TOOLS_AFTER_BULLET, '').replace(TWO_TOOLS, '');
  return cut.trim() ? cut.trimEnd() : line;
}

/**
 * A repost's credit line followed by the original's date line («برگرفته از سایت X» over «یکشنبه ۵
 * شهریور ۱۳۹۶ - ۲۷ اوت ۲۰۱۷ …»): the carrier copies the original's dateline with its text, so
 * that day is the item's. The next line must open with the day (a weekday may come first).
 */
const REPOST_CREDIT = /^(?:برگرفته[\s\u200c]*(?:شده[\s\u200c]*)?از|منبع[\s\u200c]*:|به[\s\u200c]*نقل[\s\u200c]*از|منتشر[\s\u200c]*شده[\s\u200c]*در)[\s\u200c]*\S[^\n]{0,60}$/u;
function creditedOriginalDay(paragraphs: readonly string[]): LooseDate | null {
  const lines = nonEmptyLines(paragraphs).slice(0, 10);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!REPOST_CREDIT.test(foldPersian(lines[i]!))) continue;
    const next = lines[i + 1]!.slice(0, 80);
    const hit = findPersianDate(next);
    if (hit && hit.precision === 'day' && /^[\s\u200c]*(?:[\p{Script=Arabic}\u200c]*شنبه|جمعه)?[\s\u200c،,]*$/u.test(foldPersian(next.slice(0, hit.start)))) {
      return { date: hit.date, precision: 'day' };
    }
  }
  return null;
}

/**
 * A news lead that dates its own story: "اربیل (کوردستان ۲۴)– دیوان عالی سوئد چهارشنبه ١٦ اسفند
 * ١٤٠٢، …" or "بعدازظهر روز ۲۷تیر۹۹ …": a full date led by a weekday or «روز» (the day of) near the
 * start of the first paragraph of prose. Persian news writes same-day stories this way.
 */
function leadDate(paragraphs: readonly string[]): LooseDate | null {
  const lead = paragraphs.find((p) => isProse(p));
  if (!lead) return null;
  const opening = lead.slice(0, 160);
  const dateline = openingDateline(opening);
  if (dateline) return { date: dateline.date, precision: 'day' };
  // An English lead that opens with its day and a dash ("3 Dec 2020 - In June 2018 …", "May 4th 2022 – The court …").
  const dashed = /^\s*([A-Za-z0-9][A-Za-z0-9 ,.]{5,22}?)\s+[-–—]\s+\S/u.exec(opening);
  const dashedDay = dashed ? dateOfLine(dashed[1]!) : null;
  if (dashedDay?.precision === 'day') return dashedDay;
  // A news lead dates its story in its first sentence; a date in a later one is what the story
  // tells of («… رقم خورده است. در روز ۴ خرداد سال ۱۳۵۱ …», a history).
  const firstSentence = /^[^\n]*?[.!?؟](?=\s)/u.exec(opening)?.[0] ?? opening;
  const hit = findPersianDate(firstSentence);
  if (!hit || hit.precision !== 'day') return null;
  const before = foldPersian(opening).slice(Math.max(0, hit.start - 16), hit.start);
  // «امروز: شنبه ، ۱ اردیبهشت ۱۴۰۳» run into the first line is the site's clock, labelled with a
  // colon; a lead that dates its story says «امروز شنبه …» without one.
  if (/امروز\s*:/u.test(foldPersian(opening).slice(0, hit.start))) return null;
  return LEAD_DATE_BEFORE.test(before) ? { date: hit.date, precision: 'day' } : null;
}
const LEAD_DATE_BEFORE = /(?:شنبه|جمعه|روز)[\s\u200c،,]*$/u;

/**
 * A page's date line set just under its standfirst, below where the head ends ("• ۱۴۰۰-۰۵-۰۵ - ۰۱:۰۰"
 * or "Mar 11, 2024 - 05:51" after the lead sentence, or under a site's notice): a line that is only
 * a day, among the first lines of the text.
 */
function topDateLine(paragraphs: readonly string[]): LooseDate | null {
  const lines = beforeRelatedList(paragraphs).flatMap((p) => p.split('\n')).slice(0, 8);
  // An English line must be the day alone (and its time: "Mar 11, 2024 - 05:51"), not a teaser's
  // stamp with words around it; a day labelled as an update counts when no other line dates the page.
  // A day written in words of another language ("6 de ago. de 2023") is a whole date, not a teaser.
  const english = (raw: string) => {
    const line = withoutCapsLabel(raw.trim().replace(/\s{2,}/g, ' '));
    return line.length <= 40 && (!/[a-z]{2,}\s+[a-z]{2,}/i.test(stripTime(line).replace(UPDATED_LABEL, '')) || parseDateOnly(stripTime(line)).precision === 'day');
  };
  let updated: LooseDate | null = null;
  for (const line of lines) {
    if (!/\p{Script=Arabic}/u.test(line) && !english(line)) continue;
    const d = dateOfLine(line);
    if (d.precision !== 'day') continue;
    if (!UPDATED_LABEL.test(line)) return d;
    updated ??= d;
  }
  return updated;
}

/** The first head lines as given, furniture and all, for a stamp (solarStampAtEnd) a filter may have dropped. */
function headStamp(input: readonly string[]): LooseDate | null {
  const lines = input.slice(0, 3).flatMap((p) => p.split('\n')).slice(0, 6);
  for (const line of lines) {
    const d = solarStampAtEnd(line.replace(/^[\s•·*-]+/u, ''));
    if (d) return d;
  }
  return null;
}

/**
 * A head line ending in a numeric Solar day and its time («… فرهیختگان ۱۴۰۱-۱۰-۱۰ - ۰۰:۱۵»): a
 * paper's or a site's stamp on the item. Only the year-first numeric form with a clock time after a
 * dash, which prose does not write.
 */
function solarStampAtEnd(line: string): LooseDate | null {
  const m = /(?:^|\s)((?:1[34]|[۱١][۳۴٣])[\d۰-۹٠-٩]{2}-[\d۰-۹٠-٩]{1,2}-[\d۰-۹٠-٩]{1,2})\s+-\s+[\d۰-۹٠-٩]{1,2}:[\d۰-۹٠-٩]{2}\s*$/u.exec(line.trim());
  if (!m) return null;
  const d = dateOfLine(m[1]!, PERSIAN_LINE);
  return d.precision === 'day' ? d : null;
}

/**
 * A statement's sign-off: a line that is only a date among the last lines of the text
 * ("Secretariat of the NCRI / 30 October 2015", "۸ آبان ۱۳۹۴(۳۰ اکتبر ۲۰۱۵)"), or a short Persian
 * credit line ending in a day after a dash.
 */
function signOffDate(paragraphs: readonly string[], reading: DateReading): LooseDate | null {
  const lines = nonEmptyLines(beforeRelatedList(paragraphs).slice(-3)).slice(-4);
  for (const line of lines.reverse()) {
    if (line.length > 60) continue;
    const d = dateOfLine(line.replace(/\(([^()]{4,30})\)\s*$/u, (whole, inner: string) => (parseDateOnly(inner).precision !== 'unknown' ? '' : whole)), reading);
    if (d.precision === 'day') return d;
    // The other calendar's day in brackets as the signer typed it, slips and all («۲۱ بهمن ۱۳۹۱(۹
    // بهمن ۲۰پ۱۳)»): a Persian day followed by a bracket holding figures is still the sign-off.
    const bracket = /^(.{6,30}?)\s*\([^()]*[\d۰-۹٠-٩][^()]*\)?\s*$/u.exec(line);
    const fa = bracket && /\p{Script=Arabic}/u.test(bracket[1]!) ? dateOfLine(bracket[1]!, PERSIAN_LINE) : null;
    if (fa?.precision === 'day') return fa;
    // A closing credit, a source's name and its day after a dash («سایت نمونه - ۱۰ شهریور ۹۵»),
    // or a name and a year-first day with hyphens after it (a tag line and the item's stamp, «استاندار
    // نمونه 2019-11-24»): prose does not end on a day written so.
    const credit = trailingDate(line) ?? isoDayAtEnd(line);
    if (credit && credit.line.split(/\s+/u).length <= 6 && !/[.!?؟:«»"]/u.test(credit.line)) return credit.date;
  }
  return null;
}

/**
 * A sign-off day the trailing-furniture filter took with the page's furniture after it ("Women's
 * Committee of …" / "April 15, 2016" / "Exit mobile version"): a day alone on the line right under
 * the text's last line, when that line is a signer's (short, no sentence's end) and not prose: a
 * lone day under prose or under a "next item" link is a sidebar's as likely as a signature's.
 */
function droppedSignOff(input: readonly string[], paragraphs: readonly string[], reading: DateReading): LooseDate | null {
  const last = nonEmptyLines(paragraphs).at(-1)?.trim();
  if (!last || last.length > 80 || /[.!?؟:»"”]$/u.test(last) || isProse(last)) return null;
  const lines = nonEmptyLines(input).map((l) => l.trim());
  const at = lines.lastIndexOf(last);
  const next = at < 0 ? undefined : lines[at + 1];
  const d = next && next.length <= 40 ? dateOfLine(next, reading) : NO_DATE;
  return d.precision === 'day' ? d : null;
}

/**
 * A carried article's closing credit: its writers, then their outlet after a dash ("Jane Roe and
 * John Doe – exampleinsight"), among the last lines before any related-links list. Only writers'
 * names before the dash and a registry outlet after it.
 */
function signOffByline(paragraphs: readonly string[]): string | null {
  for (const line of nonEmptyLines(beforeRelatedList(paragraphs).slice(-3)).slice(-3)) {
    // "Credit : Voice of America (VOA), Photo Credit : …": the text's credit, the photo's after it.
    const credit = /^credit\s*:\s*([^,;()]{2,60}?)\s*(?:\([^()]{1,20}\))?\s*(?:[,;].*)?$/iu.exec(line.trim());
    const credited = credit ? resolvePublisher(credit[1]!) : null;
    if (credited) return credited.name;
    const m = /^(.{4,80}?)\s+[–—-]\s+([^–—-]{2,40})$/u.exec(line.trim());
    if (!m) continue;
    const writers = m[1]!.split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean);
    if (writers.length === 0 || writers.length > 4 || !writers.every((w) => BYLINE_NAME.test(w))) continue;
    const outlet = resolvePublisher(m[2]!.trim());
    if (outlet) return outlet.name;
  }
  return null;
}

/**
 * A list of links to other pages set after the text under its heading ("Recent Posts", «مطالب
 * مرتبط»): its dates are those pages' dates, never a sign-off.
 */
const RELATED_HEADING =
  /^(?:recent posts|related(?: posts| articles| stories| news)?|latest (?:posts|news|articles)|more (?:stories|news|articles)|you (?:may|might) also like|popular posts|read (?:also|more)|(?:مطالب|اخبار|نوشته[\s\u200c]*(?:ها|های))[\s\u200c]+(?:مرتبط|اخیر|تازه|مشابه|پیشنهادی|پربازدید)|آخرین[\s\u200c]+(?:مطالب|اخبار|نوشته[\s\u200c]*ها)|پربازدیدترین[\s\u200c]*(?:ها|مطالب|اخبار)?|بیشتر[\s\u200c]+بخوانید)\s*:?$/iu;

/** The paragraphs above a related-links heading that follows prose (all of them when there is none). */
function beforeRelatedList(paragraphs: readonly string[]): string[] {
  let prose = false;
  for (const [i, p] of paragraphs.entries()) {
    const lines = p.split('\n');
    for (const [j, l] of lines.entries()) {
      if (prose && RELATED_HEADING.test(foldPersian(l.trim()))) return [...paragraphs.slice(0, i), lines.slice(0, j).join('\n')].filter((x) => x.trim());
      prose ||= isProse(l);
    }
  }
  return [...paragraphs];
}

/**
 * The lines above the first line of prose, and the paragraphs from there on (the paragraph the
 * prose starts in keeps its remaining lines). Null when the text starts with prose or has none.
 */
function splitHead(paragraphs: readonly string[]): { head: string[]; rest: string[] } | null {
  const lines = paragraphs.map((p) => p.split('\n'));
  const find = (test: (l: string) => boolean) => {
    for (const [i, ls] of lines.entries()) for (const [j, l] of ls.entries()) if (test(l)) return [i, j] as const;
    return null;
  };
  const at = find(isProse) ?? find((l) => /[.!?"”]$/.test(l.trim()) && l.trim().split(/\s+/).length >= 3);
  if (!at || (at[0] === 0 && at[1] === 0)) return null;
  const [pi, li] = at;
  const head = [...lines.slice(0, pi).flat(), ...lines[pi]!.slice(0, li)].map((l) => l.trim()).filter(Boolean);
  const rest = [lines[pi]!.slice(li).join('\n'), ...paragraphs.slice(pi + 1)].filter((p) => p.trim());
  return head.length > 0 && rest.length > 0 ? { head, rest } : null;
}

/** A photo caption, picture credit or source line between a headline and its header. */
function isCaptionOrCredit(paragraph: string): boolean {
  const p = paragraph.trim();
  return !p.includes('\n') && isNeverTitle(p) && /^(?:photo|image|picture|file photo|credit|source|caption|©)|\((?:AFP|AP|Reuters|Getty Images?|EPA)\)\s*$|\bvia Getty Images\b/i.test(p);
}

/** A paragraph of running text (not a headline, label or byline). */
function isProse(paragraph: string): boolean {
  const p = paragraph.trim();
  const words = p.split(/\s+/).length;
  return (words >= 12 && /[.!?"”’)…:;]$/.test(p)) || words >= 30;
}

/** A candidate that another candidate repeats after navigation ("Home » … » Title"). */
function isNavigationEcho(line: string, all: readonly string[]): boolean {
  const k = normalizeName(line);
  return all.some((o) => o !== line && normalizeName(o).length >= 8 && (k.endsWith(normalizeName(o)) || normalizeName(o).startsWith(k.replace(/…$/, ''))));
}

/**
 * An English lead that dates its story after its place or its source, the parts set off by commas
 * and the day followed by a dash or a colon: "Iran, November 21, 2019—…", "WASHINGTON, DC, UNITED
 * STATES, August 9, 2022 /EINPresswire.com/ -- …", "News Blaze, July 4, 2016 - …", "Reza Alghurabi,
 * Mehr News, August 22 2019:… ", or the day alone in brackets ("(June 3, 2013) – …"). Only at the
 * start of a paragraph of prose among the first five (a photo's caption may come first). A part the
 * registry knows is the source whose copy the page carries.
 */
function commaDateline(paragraphs: readonly string[]): { publisher: string | null; date: LooseDate } | null {
  const m = paragraphs
    .slice(0, 5)
    .filter((p) => isProse(p))
    .map((p) => COMMA_DATELINE.exec(p) ?? PAREN_DATELINE.exec(p))
    .find((hit) => hit !== null);
  if (!m) return null;
  const date = parseDateOnly(m[2]!);
  if (date.precision !== 'day') return null;
  const parts = m[1]!.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const credited = parts.map((p) => resolvePublisher(p)).find((p) => p !== null);
  return { publisher: credited?.name ?? null, date };
}
const EN_MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// A whole English day, month first or day first: "November 21, 2019", "9 May 2019". A release may
// set the place off from the day by a semicolon ("Washington, DC; September 5, 2016 – …").
const EN_DAY = `(?:${EN_MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${EN_MONTH_NAME},?\\s+\\d{4})`;
const COMMA_DATELINE = new RegExp(
  `^((?:[A-Z][\\w.'’&-]*(?:\\s+[A-Za-z][\\w.'’&-]*){0,4}[,;]\\s*){1,4})` +
    `((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${EN_DAY})` +
    `\\s*(?:\\/[^/\\n]{3,40}\\/\\s*)?(?:--|[-–—:])`,
);
// A release's day in brackets before its dash, with no place: "(June 3, 2013) – The centre calls …".
const PAREN_DATELINE = new RegExp(`^()\\((${EN_DAY})\\)\\s*(?:--|[-–—:])`);
const UPDATED_LABEL = /^\s*(?:last\s+)?updated\b/i;

/** "INU- Augest 15, 2013- text" → Iran News Update, 2013-08-15. */
function parseDateline(paragraph: string): { publisher: string; date: LooseDate; rest: string } | null {
  const m = /^([A-Za-z][\w&.' ]{0,40}?)\s*[-–—:]\s*([^-–—:\n]{6,30}?)\s*[-–—:]\s*/.exec(paragraph);
  if (!m) return null;
  const hit = resolvePublisher(m[1]!);
  const date = parseLooseDate(m[2]!);
  if (!hit || date.precision === 'unknown') return null;
  return { publisher: hit.name, date, rest: paragraph.slice(m[0].length) };
}

/** "NCRI - On Tuesday 17 October …", "Example News – The court …": a registry outlet, a spaced dash, then the lead. */
function outletDashLead(paragraph: string): { publisher: string; rest: string } | null {
  // The name may be an organisation's full one ("Association for Defending Victims of Terrorism - …").
  const m = /^([A-Z][\w&.'’ ]{1,60}?)\s+[-–—]\s+(?=[\p{Lu}\d“"])/u.exec(paragraph);
  // The group's own names count («NCRI - …» is how its sites open their news), a person's do not.
  if (!m || isPersonName(m[1]!)) return null;
  const hit = resolvePublisher(m[1]!);
  return hit ? { publisher: hit.name, rest: paragraph.slice(m[0].length) } : null;
}

/** Paragraph-opening "INU:" repeats the outlet's dateline; any alias of the article's own publisher counts. */
function stripOwnPrefix(paragraph: string, publisher: string): string {
  const m = /^([A-Za-z][\w&.' -]{0,40}?)\s*:\s*/.exec(paragraph);
  if (!m) return paragraph;
  return sameOutlet(m[1]!, publisher) ? paragraph.slice(m[0].length) : paragraph;
}

function taglineOwner(paragraph: string): string | null {
  const key = normalizeName(paragraph);
  if (!key) return null;
  for (const p of registry) {
    if (p.taglines.some((t) => normalizeName(t) === key)) return p.name;
  }
  return null;
}

/** Share/follow widgets and lone outlet names from a sidebar. */
function isFurnitureLine(line: string): boolean {
  const l = line.trim();
  if (/^latest\b.{0,30}\btweets?$/i.test(l)) return true;
  if (/^(?:twitter|facebook|instagram|telegram|youtube)\s*:\s*\S+$/i.test(l)) return true;
  if (/^(?:share(?: this)?|tweet|follow us.*|read more|related(?: articles| posts)?|advertisement)$/i.test(l)) return true;
  // A sidebar source label ("The Diplomat") above a teaser; outlets are never prose on their own.
  if (l.length <= 40 && resolvePublisher(l)) return true;
  return false;
}

/**
 * Pasted pages end with sidebar lists: event banners ("Free Iran 2018 Gathering - 30 June
 * 2018 - Villepinte, Paris") and short headings ("Iran Protests 2018"). Only the trailing
 * run is dropped; it stops at the first line that reads as a sentence, so teasers with
 * facts in them stay in the text.
 */
function dropTrailingFurniture(paragraphs: string[]): string[] {
  const lines = paragraphs.map((p) => p.split('\n'));
  while (lines.length > 0) {
    const last = lines[lines.length - 1]!;
    const line = last.at(-1);
    if (line === undefined) {
      lines.pop();
      continue;
    }
    const words = line.split(/\s+/).length;
    const banner = line.split(/\s+[-–—|]\s+/).length >= 3 && words <= 15;
    const heading = words <= 4 && !/[.!?:;,"”]$/.test(line);
    if ((!banner && !heading) || isTwoCalendarSignOff(line)) break;
    last.pop();
    if (last.length === 0) lines.pop();
  }
  // A text that is nothing but short lines is kept as it is rather than emptied.
  return lines.length > 0 ? lines.map((l) => l.join('\n')) : paragraphs;
}

/**
 * A statement's dated sign-off in both calendars, the Gregorian day in brackets after the Persian
 * one («۳۰ بهمن ۱۳۸۹ (۱۹ فوریه ۲۰۱۱)»), also when the copy cut it off inside the brackets: the
 * signature's date, not a sidebar heading. Sidebars print one calendar.
 */
function isTwoCalendarSignOff(line: string): boolean {
  const m = /^(.{4,30}?)\s*\([^()]*\)?\s*$/u.exec(line.trim());
  return !!m && /\p{Script=Arabic}/u.test(m[1]!) && /\d|[۰-۹٠-٩]/u.test(line.slice(line.indexOf('('))) && dateOfLine(m[1]!).precision === 'day';
}

// ---------------------------------------------------------------------------------------
// Shared helpers (also used by the HTML and tabular parsers)

/** A headline: one line, short, not ending like a sentence, not a list item or header. */
export function isTitleLike(paragraph: string): boolean {
  if (paragraph.includes('\n')) return false;
  const p = paragraph.trim();
  const words = p.split(/\s+/).length;
  if (p.length > 200 || words < 2) return false;
  if (/^[•*·▪–-]/.test(p) || parseDigestHeader(p)) return false;
  // A headline may exclaim or ask ("… in Sweden!", "Who …?"); a full stop, a colon or a comma ends
  // a sentence or a label.
  return !/[.:;,]["”’)»]*$/.test(p) && !/(?:[!?]["”’)»]*){2,}$|\.[!?]["”’)»]*$/.test(p);
}

/** The registry's name for an outlet when it knows it, else the name as written. */
export function canonicalName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return matchPublisher(trimmed)?.publisher.name ?? trimmed;
}

/** Same registry outlet, or the same name when neither is in the registry. */
export function sameOutlet(a: string, b: string): boolean {
  const pa = resolvePublisher(a);
  const pb = resolvePublisher(b);
  if (pa && pb) return pa.slug === pb.slug;
  return normalizeName(a) === normalizeName(b);
}

function sameText(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/** "By Kurt Wagner" → "Kurt Wagner"; "Written by Shamsi Saadati" → "Shamsi Saadati". */
export function cleanAuthor(text: string): string | null {
  const a = text
    .trim()
    .replace(/^(?:written\s+)?by[:\s]+/i, '')
    .trim();
  return a || null;
}

// Wire and press-release datelines that open a first sentence but do not belong in a title:
// "DUBAI (Reuters) – ", "WASHINGTON, DC- ", "New York, NY; December 3, 2020 – ".
const DATELINES = [
  /^[A-Z][A-Z .,'’]{1,40}(?:\([^)]{1,40}\))?\s*[–—-]+\s*/,
  /^[A-Z][A-Za-z.' ]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15})?\s*[;,]\s*[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s*[–—-]+\s*/,
];

// Intl.Segmenter breaks after every period followed by a capital; these are not sentence ends.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof rep reps sen gov gen lt col maj capt sgt st jr sr inc corp co ltd no vs mt ft jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function firstSentence(text: string): string {
  let sentence = '';
  for (const { segment } of sentenceSegmenter.segment(text)) {
    sentence += segment;
    const word = /([\p{L}.]+)\.\s*$/u.exec(sentence)?.[1];
    const isAbbreviation =
      word !== undefined &&
      (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word));
    if (!isAbbreviation) break;
  }
  return sentence.trim();
}

/** Title for a text that has none: its first sentence, cut on a word boundary near 120 characters. */
export function deriveTitle(body: string, max = 120): string {
  // An ad slot, a weather line or a date above the text is no sentence of it: the first line that
  // is not such furniture (among the first few) gives the title.
  const lines = nonEmptyLines(paragraphsOf(body).slice(0, 6));
  const skip = lines.slice(0, 5).findIndex((l) => !(l.split(/\s+/).length <= 6 && !/[.!?:;,]$/.test(l) && isNeverTitle(l)));
  let first = lines[skip > 0 ? skip : 0] ?? '';
  first = first.replace(/^[•*·▪–-]\s*/, '');
  for (const re of DATELINES) first = first.replace(re, '');
  let sentence = firstSentence(first).replace(/\s+/g, ' ');
  if (sentence.length <= max) return sentence.replace(/(?<![.][A-Za-z])\.$/, '') || 'Untitled';
  sentence = sentence.slice(0, max + 1);
  const cut = sentence.lastIndexOf(' ');
  sentence = (cut > max / 2 ? sentence.slice(0, cut) : sentence.slice(0, max)).replace(/[\s,;:–—-]+$/, '');
  return `${sentence}…`;
}

/** Puts digest header lines and "Posted on:" lines in paragraphs of their own. */
function isolateHeaderLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (parseDigestHeaderCheap(line) || POSTED_ON.test(line) ? `\n${line}\n` : line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function parseDigestHeaderCheap(line: string): boolean {
  return line.includes('|') && parseDigestHeader(line) !== null;
}
