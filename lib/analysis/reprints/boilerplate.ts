// What a site adds around a text it republishes, and so what must not count when two copies are
// compared: digest headers ("Outlet | Author | Date"), datelines ("DUBAI (Reuters) –"), credit
// lines ("Originally published at …", "Source: …", "The post … appeared first on …"), share and
// subscribe lines, copyright lines, tags, wire sign-offs ("Reporting by …"), the headline
// repeated as a line, and short site furniture at the very start or end ("latest INU tweet").
// The stripped body keeps its offsets: the result is the ranges of the body that stay, so shared
// spans found later point into the text as stored. Credit lines are returned too: they say who
// the copy names as its source, which decides ties between copies of the same day. English and
// Persian. Pure.

import { foldPersian } from '../persian';

export interface Range {
  start: number;
  end: number;
}

export interface Stripped {
  /** Ranges of the body that count, in order, non-overlapping. */
  kept: Range[];
  /** The credit lines stripped ("Originally published at …"), as written. */
  credits: string[];
  /** The first and last kept lines when short (up to EDGE_WORDS words): a heading or a signature. */
  edges: string[];
}

const EDGE_WORDS = 20;
const MAX_EDGE_CHARS = 200;

const CREDIT_START =
  /^(?:[(\[]?(?:editor['’]?s? note|note|nb)\s*[:.\-–—]\s*)?(?:this (?:article|story|post|piece|statement|report|text|op-ed|release) (?:was |is |has been )?|it was )?(?:(?:originally|first) (?:published|appeared|posted|ran)|republished|reprinted|reproduced|cross-?posted|syndicated|published (?:with permission|courtesy))\b/i;
const CREDIT_ANYWHERE = /\b(?:appeared first on|originally (?:published|appeared) (?:at|on|in|by)|first (?:published|appeared) (?:at|on|in|by)|republished (?:from|with permission)|reprinted (?:from|with permission))\b/i;
const SOURCE_LINE = /^[(\[]?(?:source|sources|via|credit|courtesy(?: of)?|read (?:the )?(?:original|full (?:article|story|text)|more)(?: at| on)?|continue reading|click here|full (?:text|story) (?:at|on))\b\s*[:\-–—]?/i;
const SIGN_OFF = /^[(\[]?(?:(?:additional )?reporting|writing|editing|compiled|translated|translation) by\b/i;
const FURNITURE =
  /^(?:©|\(c\)\s|copyright\b|all rights reserved|tags?\s*:|categories\s*:|category\s*:|filed under\b|related(?: articles| posts| stories| news)?\s*:|see also\s*:|share (?:this|on|via)\b|follow us\b|subscribe\b|sign up\b|join our\b|download (?:our|the) app\b|posted (?:on|in|by)\s*:|published on\s*:|last updated\b|updated on\b|print this\b|email this\b|print\s*$|advertisement\s*$|loading\.\.\.$)/i;
const SHARE_WORDS = new Set([
  'share', 'this', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit',
  'pinterest', 'copy', 'link', 'on', 'via', 'pocket', 'more', 'like', 'follow', 'us', 'messenger', 'save', 'comments', 'comment',
]);
const DIGEST_HEADER = /^[^|]{1,100}\|[^|]{0,100}\|[^|]{1,60}$/;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|augest|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
// "DUBAI (Reuters) – ", "INU- August 15, 2013- ", "WASHINGTON, DC- ", "New York, NY; December 3, 2020 – ", "INU:"
const DATELINE = /^(.{2,70}?)(?:\s*(?:--|[-–—])\s+|\s+(?:--|[-–—])\s*|\s*[-–—]\s*(?=\p{Lu})|:(?=\s*\p{Lu}))/u;

// The same lines as Persian sites write them (letters and digits folded first: persian.ts) ("منبع: …", "این گزارش نخستین بار در … منتشر شد",
// "برچسب‌ها: …", "کلیه حقوق محفوظ است", "به اشتراک بگذارید: …"), tried only on lines in Arabic script.
const ARABIC_LINE = /[\u0600-\u06ff]/;
const J = '[\\u200c ]?';
const CREDIT_START_FA = new RegExp(
  `^(?:[(\\[]?(?:یادداشت سردبیر|توضیح(?: سردبیر)?)\\s*[:：]\\s*)?(?:این (?:مطلب|مقاله|گزارش|خبر|یادداشت|بیانیه|متن)\\s+)?(?:(?:نخستین|اولین) بار|ابتدا|پیش${J}تر)\\s+(?:در|توسط|از سوی)(?=\\s)`,
  'u',
);
const CREDIT_ANYWHERE_FA = /(?:نخستین|اولین) بار (?:در|توسط|از سوی) .{1,80}(?:منتشر|چاپ|پخش)[\s\u200c]?(?:شد|شده(?: است| بود)?|گردید)\s*[.!]?$/u;
const SOURCE_LINE_FA = /^[(\[]?(?:منبع|منابع|به نقل از|برگرفته از|بازنشر از|متن کامل(?: این)?(?: مطلب| گزارش| خبر)?(?: را)? (?:در|از))(?=[\s:：]|$)/u;
const SIGN_OFF_FA = /^[(\[]?(?:گزارشگر|ترجمه|مترجم|ویراستار|تهیه و تنظیم|گردآوری|نویسنده)\s*[:：]/u;
const FURNITURE_FA = new RegExp(
  `^(?:(?:برچسب|کلیدواژه|کلید واژه)${J}ها\\s*[:：]|(?:کلیه|تمامی) حقوق|(?:به )?اشتراک${J}گذاری|به اشتراک بگذارید|ما را (?:در .{1,30} )?دنبال کنید|عضو (?:کانال|شوید)|(?:مطالب|اخبار) مرتبط\\s*[:：]|بیشتر بخوانید\\s*[:：]|آخرین به${J}روز${J}رسانی|تاریخ انتشار\\s*[:：]|چاپ\\s*$)`,
  'u',
);
const SHARE_WORDS_FA = new Set(['اشتراک', 'گذاری', 'بگذارید', 'به', 'در', 'فیسبوک', 'توییتر', 'تلگرام', 'واتساپ', 'ایمیل', 'چاپ', 'لینک', 'کپی', 'ایکس', 'لینکدین', 'اینستاگرام']);
const SHARE_HINT_FA = /اشتراک|فیسبوک|توییتر|تلگرام|واتساپ|ایمیل/u;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// Cheap first tests, so that lines of prose (nearly all of them) skip the patterns above.
const SHARE_HINT = /share|tweet|mail|print|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|messenger|pocket|comment/i;
/** A line that could start a credit or furniture line: its first letters are one of their openings. */
const BOILERPLATE_START =
  /^[\s(\[©]*(?:editor|note|nb|this|it was|originally|first|republished|reprinted|reproduced|cross|syndicated|published|source|via|credit|courtesy|read|continue|click|full|reporting|additional|writing|editing|compiled|translat|\(c\)|copyright|all rights|tag|categor|filed|related|see also|share|follow|subscribe|sign up|join|download|posted|last updated|updated|print|email|advertisement|loading|©)/i;

/** `fa`: the line folded (persian.ts) when it is in Arabic script, else null. */
function isShareLine(line: string, fa: string | null): boolean {
  if (line.length > 120) return false;
  if (fa !== null && SHARE_HINT_FA.test(fa)) {
    const w = words(fa.replace(/[^\p{L}\s]+/gu, ' '));
    return w.length > 0 && w.length <= 12 && w.every((x) => SHARE_WORDS_FA.has(x)) && w.some((x) => x !== 'به' && x !== 'در');
  }
  if (!SHARE_HINT.test(line)) return false;
  const w = words(line.toLowerCase().replace(/[^\p{L}\s-]+/gu, ' '));
  return w.length > 0 && w.length <= 12 && w.every((x) => SHARE_WORDS.has(x)) && w.some((x) => x !== 'this' && x !== 'on' && x !== 'more');
}

// Credit and furniture lines are short: longer lines are text and skip every pattern.
const MAX_CREDIT_CHARS = 400;
const MAX_FURNITURE_CHARS = 260;

/** A credit line: who the copy says it comes from. */
function isCredit(line: string, start: boolean, fa: string | null): boolean {
  if (line.length > MAX_CREDIT_CHARS) return false;
  const credit =
    (start && (CREDIT_START.test(line) || SOURCE_LINE.test(line))) ||
    CREDIT_ANYWHERE.test(line) ||
    (fa !== null && (CREDIT_START_FA.test(fa) || SOURCE_LINE_FA.test(fa) || CREDIT_ANYWHERE_FA.test(fa)));
  return credit && words(line).length <= 45;
}

function isFurniture(line: string, start: boolean, fa: string | null): boolean {
  if (line.length > MAX_FURNITURE_CHARS) return false;
  return (
    (line.includes('|') && DIGEST_HEADER.test(line)) ||
    (start && (SIGN_OFF.test(line) || (FURNITURE.test(line) && words(line).length <= 25))) ||
    (fa !== null && (SIGN_OFF_FA.test(fa) || (FURNITURE_FA.test(fa) && words(line).length <= 25))) ||
    isShareLine(line, fa)
  );
}

/** Short site furniture: a few words without sentence punctuation ("Iran Protests 2018", "latest INU tweet"). */
function isShortFragment(line: string): boolean {
  return line.length <= 80 && words(line).length <= 5 && !/[.!?…"”»؟]$/u.test(line);
}

/** Length of a dateline at the start of a paragraph, or 0. */
export function datelineLength(line: string): number {
  const m = DATELINE.exec(line);
  if (!m) return 0;
  const prefix = m[1]!;
  const w = words(prefix);
  if (w.length === 0 || w.length > 8 || /[.!?]$/.test(prefix.trim())) return 0;
  // A place in capitals, a news agency in brackets, or a date: not the first words of a sentence.
  const capsWord = w.some((x) => /^\p{Lu}{2,}[,;]?$/u.test(x.replace(/[(),;]/g, '')) && x.replace(/[^\p{L}]/gu, '').length >= 2);
  const agency = /\([^)]{2,30}\)/.test(prefix);
  const dated = MONTH.test(prefix) && /\d/.test(prefix);
  return capsWord || agency || dated ? m[0].length : 0;
}

export function strippedRanges(body: string, title = ''): Stripped {
  const lines: { start: number; end: number; text: string }[] = [];
  for (let s = 0; s <= body.length; ) {
    let e = body.indexOf('\n', s);
    if (e < 0) e = body.length;
    let a = s;
    let b = e;
    while (a < b && body.charCodeAt(a) <= 32) a++;
    while (b > a && body.charCodeAt(b - 1) <= 32) b--;
    if (b > a) lines.push({ start: a, end: b, text: body.slice(a, b) });
    s = e + 1;
  }
  const credits: string[] = [];
  const drop = new Array<boolean>(lines.length).fill(false);
  const foldedTitle = title ? fold(title) : '';
  lines.forEach((l, i) => {
    const start = l.text.length <= MAX_CREDIT_CHARS && BOILERPLATE_START.test(l.text);
    // Persian patterns only for short lines that open in Arabic script (every one they match
    // does within a few characters), folded once.
    const fa = l.text.length <= MAX_CREDIT_CHARS && ARABIC_LINE.test(l.text.slice(0, 24)) ? foldPersian(l.text) : null;
    if (isCredit(l.text, start, fa)) {
      credits.push(l.text);
      drop[i] = true;
    } else if (isFurniture(l.text, start, fa) || (foldedTitle && Math.abs(l.text.length - title.length) < 20 && fold(l.text) === foldedTitle)) drop[i] = true;
  });
  // Furniture at the edges: short fragments before the first and after the last real line.
  for (let i = 0; i < lines.length && (drop[i] || isShortFragment(lines[i]!.text)); i++) drop[i] = true;
  for (let i = lines.length - 1; i >= 0 && (drop[i] || isShortFragment(lines[i]!.text)); i--) drop[i] = true;

  // One range per kept line; shingles run across them, as the stripped text reads.
  const kept: Range[] = [];
  lines.forEach((l, i) => {
    if (drop[i]) return;
    kept.push({ start: l.start + (kept.length === 0 ? datelineLength(l.text) : 0), end: l.end });
  });
  const edges = [kept[0], kept[kept.length - 1]]
    .filter((r, i, all): r is Range => !!r && all.indexOf(r) === i && r.end - r.start <= MAX_EDGE_CHARS)
    .map((r) => body.slice(r.start, r.end))
    .filter((t) => words(t).length <= EDGE_WORDS);
  return { kept, credits, edges };
}
