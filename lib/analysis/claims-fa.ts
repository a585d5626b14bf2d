// Numeric claims in Persian sentences: figures written in digits (any script; the text arrives
// folded, so ۳۰۴ and ٣٠٤ are 304 here) or in words (پنج هزار, سیصد و چهار; read with
// @persian-tools/persian-tools), with هزار/میلیون multipliers («۳۰ هزار», «۲۳ هزار و ۳۲»), their
// qualifier (دست‌کم, بیش از, حدود, نزدیک به …), ranges («بین ۲۸۰۰ تا ۵۰۰۰»), and the word that makes
// them a claim: a verb or noun of killing, execution, injury, arrest, disappearance or sentencing
// after the figure («۳۰۴ نفر کشته شدند», «۲۲۰ تن از معترضان جان باختند») or before it («اعدام ۳۰ هزار
// زندانی سیاسی», «شمار جانباختگان به ۴۳۴ تن رسید»).
//
// The decisions of the English extractor hold (lib/analysis/claims.ts): vague quantities (هزاران,
// صدها, ده‌ها, چند هزار) are kept as vague with no value; years, dates, ages, durations, money and
// percentages are not claims.
import { wordsToNumber } from '@persian-tools/persian-tools';
import type { ClaimKind, Qualifier } from './claims';
import type { Span } from './tokenize';

export interface PersianQuantity extends Span {
  value: number | null;
  valueText: string;
  vague: boolean;
  qualifier: Qualifier | null;
}

export interface PersianClaim extends Span {
  qty: PersianQuantity;
  kind: ClaimKind;
  trigger: string;
}

const J = '[\\s\\u200c]*'; // a ZWNJ, a space or nothing between a word's parts
const W = (s: string) => s.replace(/ /g, J);

const QUALIFIERS: Array<[string, Qualifier]> = [
  ['دست کم', 'at least'], ['حداقل', 'at least'], ['لااقل', 'at least'],
  ['بیش از', 'more than'], ['بیشتر از', 'more than'], ['افزون بر', 'more than'], ['بالغ بر', 'more than'], ['متجاوز از', 'more than'],
  ['نزدیک به', 'nearly'], ['قریب به', 'nearly'], ['تقریبا', 'around'], ['حدود', 'around'], ['حدودا', 'around'], ['در حدود', 'around'],
  ['حداکثر', 'up to'], ['تا', 'up to'], ['کمتر از', 'less than'], ['کم تر از', 'less than'], ['جمعا', 'exactly'], ['در مجموع', 'exactly'],
];
const QUAL_SRC = QUALIFIERS.map(([q]) => q)
  .sort((a, b) => b.length - a.length)
  .map(W)
  .join('|');

const UNIT_WORDS = ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'];
const TENS_WORDS = ['بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'];
const HUNDREDS_WORDS = ['صد', 'یکصد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'];
const NUMBER_WORD = `(?:${[...HUNDREDS_WORDS, ...TENS_WORDS, ...UNIT_WORDS].sort((a, b) => b.length - a.length).join('|')})`;
// "سیصد و چهار", "بیست و پنج هزار", "سی هزار": number words joined by و, with multipliers.
const WORDS_SRC = `${NUMBER_WORD}(?:\\s+و\\s+${NUMBER_WORD})*(?:\\s*(?:هزار|میلیون)(?:\\s+و\\s+${NUMBER_WORD}(?:\\s+و\\s+${NUMBER_WORD})*)?)?`;
// "۳۰٬۰۰۰", "30 000", "۳۰هزار", "۲۳ هزار و ۳۲", "1.5 میلیون"
const DIGITS_SRC = `\\d{1,3}(?:[,٬]\\d{3})+|\\d{1,3}(?: \\d{3})+(?![\\d])|\\d+(?:[.]\\d+)?`;
const VAGUE_SRC = W('ده ها هزار') + '|' + W('صدها هزار') + '|' + W('چند هزار') + '|' + W('چند صد') + '|' + W('چندین هزار') + '|هزاران|صدها|' + W('ده ها') + '|' + W('چندصد');

const QTY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<qual>${QUAL_SRC})${J})?` +
    `(?:(?<vague>${VAGUE_SRC})|(?<num>${DIGITS_SRC})(?:${J}(?<mult>هزار|میلیون))?(?:\\s+و\\s+(?<plus>\\d+))?|(?<words>${WORDS_SRC})(?![\\p{L}]))` +
    `(?![\\p{N}])`,
  'gu',
);

// The figure is not a claim: dates, ages, durations, money, percentages, articles and resolutions.
const UNIT_AFTER_RE = new RegExp(
  `^${J}(?:ساله|سالگی|سال|ماه|هفته|روز|ساعت|دقیقه|ثانیه|دهه|قرن|درصد|%|دلار|یورو|تومان|ریال|پوند|کیلومتر|متر|کیلوگرم|تن${J}(?:بمب|مواد)|بار|برابر|` +
    `فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر)(?![\\p{L}])`,
  'u',
);
const BEFORE_EXCLUDE_RE = new RegExp(`(?:ماده|بند|قطعنامه|شماره|سال|سالهای|سال های|دهه|ساعت|کد|صفحه|سن)${J}$`, 'u');

// Killing, execution, … words after the figure, with at most a few words between
// («۳۰۴ نفر از معترضان کشته شدند»). Verbs in every common form, glued or not.
const FORWARD: Array<[ClaimKind, string[]]> = [
  ['executed', ['اعدام', 'به دار آویخته', 'حلق آویز', 'تیرباران']],
  ['killed', ['کشته', 'جان باختند', 'جان باخته', 'جان خود را از دست', 'جان خود را از دست دادند', 'به قتل رسیدند', 'به قتل رسیده', 'به شهادت رسیدند', 'به شهادت رسیده', 'شهید شدند', 'شهید شده', 'قربانی', 'کشتار', 'هلاک', 'به هلاکت رسیدند', 'به قتل رساندند', 'کشتند']],
  ['injured', ['زخمی', 'مجروح', 'مصدوم']],
  ['arrested', ['بازداشت', 'دستگیر', 'دستگیری']],
  ['disappeared', ['ناپدید', 'مفقود', 'ربوده']],
  ['sentenced', ['محکوم']],
  ['other', ['شکنجه', 'محاکمه']],
];
// Before the figure: a noun of the act or of its victims, the figure then counting them
// («اعدام ۳۰ هزار زندانی سیاسی», «شمار کشته‌شدگان به ۴۳۴ تن رسید»).
const BACKWARD: Array<[ClaimKind, string[]]> = [
  ['executed', ['اعدام', 'اعدام شدگان', 'اعدامشدگان', 'اعدام های', 'قتل عام', 'تیرباران']],
  ['killed', ['کشتار', 'کشته شدن', 'کشته شدگان', 'کشته ها', 'کشته های', 'جانباختگان', 'جان باختگان', 'قتل', 'شهادت', 'شهیدان', 'شهدای', 'قربانیان']],
  ['injured', ['زخمی شدن', 'زخمی ها', 'مجروحان', 'مجروحین', 'زخمیان']],
  ['arrested', ['بازداشت', 'دستگیری', 'بازداشت شدگان', 'بازداشتشدگان', 'دستگیرشدگان', 'دستگیر شدگان']],
  ['disappeared', ['ناپدید شدن', 'ناپدیدشدگان', 'ناپدید شدگان', 'مفقودان']],
];

const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).map(W).join('|');
const FORWARD_RE = FORWARD.map(([kind, words]) => [kind, new RegExp(`^(?:${alt(words)})`, 'u')] as const);
/** The trigger noun, then up to four words (a count word, «به», «را»), then the figure. */
const BACKWARD_RE = BACKWARD.map(
  ([kind, words]) => [kind, new RegExp(`(?<![\\p{L}])(${alt(words)})(?:${J}(?:ها|های))?(?:\\s+[\\p{L}\\u200c]+){0,4}?\\s+(?:به\\s+|را\\s+|از\\s+)?$`, 'u')] as const,
);
/** Words allowed between the figure and a forward trigger: a count word and the people counted. */
const MAX_GAP_WORDS = 6;
const GAP_STOP_RE = /^(?:و|که|اما|ولی|تا|در سال|پس از|قبل از)$/u;

const ARABIC = /\p{Script=Arabic}/u;

function parseQty(m: RegExpExecArray): PersianQuantity | null {
  const g = m.groups ?? {};
  const qualRaw = g.qual?.replace(/[\s\u200c]+/g, ' ') ?? null;
  const qualifier = qualRaw ? (QUALIFIERS.find(([q]) => q === qualRaw)?.[1] ?? null) : null;
  const valueText = m[0].slice(g.qual ? m[0].indexOf(g.qual) + g.qual.length : 0).trim();
  let value: number | null = null;
  let vague = false;
  if (g.vague) vague = true;
  else if (g.num) {
    value = Number(g.num.replace(/[,٬ ]/g, ''));
    if (g.mult) value *= g.mult === 'میلیون' ? 1_000_000 : 1000;
    if (g.plus) value += Number(g.plus);
  } else if (g.words) {
    const n = wordsToNumber(g.words.replace(/\s+/g, ' ').trim());
    value = typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
    if (value === null) return null;
  }
  if (!vague && (value === null || !Number.isFinite(value))) return null;
  return { start: m.index, end: m.index + m[0].length, value, valueText, vague, qualifier };
}

// A two-digit Solar year after a season, month or an event's name («تابستان ۶۷», «کشتار ۶۷»).
const SHORT_YEAR_BEFORE = new RegExp(
  `(?:سال|سالهای|تابستان|بهار|پاییز|زمستان|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ماه|کشتار|${W('قتل عام')}|اعدام${J}ها(?:ی)?|اعدامهای|قیام|اعتراضات|اغتشاشات|خیزش)${J}$`,
  'u',
);

function isYear(q: PersianQuantity, after: string, before: string): boolean {
  if (q.vague || q.qualifier !== null || q.value === null) return false;
  if (/^\d{2}$/.test(q.valueText) && SHORT_YEAR_BEFORE.test(before) && !/^[\s\u200c]*(?:نفر|تن|زندانی|زندانیان)(?![\p{L}])/u.test(after)) return true;
  const v = q.value;
  const yearLike = (v >= 1300 && v <= 1420) || (v >= 1900 && v <= 2099);
  return yearLike && /^\d{4}$/.test(q.valueText) && !/^[\s\u200c]*(?:نفر|تن)(?![\p{L}])/u.test(after);
}

function forwardTrigger(s: string, from: number): { end: number; word: string; kind: ClaimKind } | null {
  let i = from;
  for (let words = 0; words <= MAX_GAP_WORDS; words++) {
    while (i < s.length && /[\s\u200c«»"“”]/u.test(s[i]!)) i++;
    if (i >= s.length || /[.!?؟;؛:،,()]/u.test(s[i]!)) return null;
    const rest = s.slice(i);
    for (const [kind, re] of FORWARD_RE) {
      const m = re.exec(rest);
      if (m) return { end: i + m[0].length, word: m[0], kind };
    }
    const w = /^[\p{L}\p{M}\u200c]+|^\d+/u.exec(rest);
    if (!w || GAP_STOP_RE.test(w[0])) return null;
    // A year or date inside the phrase ("در سال ۶۷", "در مرداد ۱۳۶۷") is passed over.
    if (/^\d/.test(w[0]) && !/(?:سال|ماه|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)[\s\u200c]*$/u.test(s.slice(0, i))) return null;
    i += w[0].length;
  }
  return null;
}

/** "بین ۲۸۰۰ تا ۵۰۰۰": both ends of a range (compiled once; matchAll works on a copy). */
const RANGE_RE = new RegExp(`بین\\s*(${DIGITS_SRC})(?:${J}(هزار))?\\s*(?:نفر\\s*)?تا\\s*(${DIGITS_SRC})`, 'gu');

// Every claim has a trigger, forward or backward, and a trigger's match holds each word of its
// phrase as written (only the joins vary): a sentence without the longest word of any trigger
// phrase has no claim, and the quantity expression need not run over it.
const TRIGGER_HINT = new RegExp(
  [...new Set([...FORWARD, ...BACKWARD].flatMap(([, words]) => words).map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a))))].join('|'),
  'u',
);

/** Claims in one Persian sentence (folded text); offsets relative to the sentence. */
export function persianClaimsInSentence(s: string): PersianClaim[] {
  if (!ARABIC.test(s) || !TRIGGER_HINT.test(s)) return [];
  const out: PersianClaim[] = [];
  QTY_RE.lastIndex = 0;
  for (let m = QTY_RE.exec(s); m !== null; m = QTY_RE.exec(s)) {
    const qty = parseQty(m);
    if (!qty) continue;
    const before = s.slice(0, qty.start);
    const after = s.slice(qty.end);
    if (UNIT_AFTER_RE.test(after) || BEFORE_EXCLUDE_RE.test(before) || isYear(qty, after, before)) continue;
    // "بین ۲۸۰۰ تا ۵۰۰۰": the two ends of a range.
    const range = /بین\s*$/u.test(before) || (/^\s*تا\s/u.test(after) && /بین\s*$/u.test(before));
    const back = BACKWARD_RE.map(([kind, re]) => ({ kind, m: re.exec(before) })).find((x) => x.m);
    const fwd = forwardTrigger(s, qty.end);
    let claim: PersianClaim | null = null;
    if (fwd) claim = { start: qty.start, end: fwd.end, qty, kind: fwd.kind, trigger: fwd.word.trim() };
    else if (back?.m) claim = { start: back.m.index, end: qty.end, qty, kind: back.kind, trigger: back.m[1]!.trim() };
    if (!claim) continue;
    if (range) claim.qty = { ...claim.qty, qualifier: 'between' };
    out.push(claim);
  }
  // The first end of a range takes its kind from the second ("بین ۲۸۰۰ تا ۵۰۰۰ نفر اعدام شدند").
  QTY_RE.lastIndex = 0;
  const ranges = [...s.matchAll(RANGE_RE)];
  for (const r of ranges) {
    const lowStart = r.index! + r[0].indexOf(r[1]!);
    if (out.some((c) => c.qty.start === lowStart)) continue;
    const high = out.find((c) => c.qty.start >= lowStart && c.qty.start <= r.index! + r[0].length);
    if (!high) continue;
    let value = Number(r[1]!.replace(/[,٬ ]/g, ''));
    if (r[2] || /^\s*\d+\s*هزار/u.test(s.slice(high.qty.start))) value *= 1000;
    out.push({
      start: lowStart,
      end: high.end,
      qty: { start: lowStart, end: lowStart + r[1]!.length, value, valueText: r[1]!, vague: false, qualifier: 'between' },
      kind: high.kind,
      trigger: high.trigger,
    });
    high.qty = { ...high.qty, qualifier: 'between' };
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---- sources ------------------------------------------------------------------------------

const PERSIAN_SAYING = [
  'به گزارش', 'به گفته', 'بر اساس گزارش', 'بر اساس برآورد', 'بر اساس', 'طبق گزارش', 'طبق', 'به نقل از', 'گزارش داد', 'گزارش کرد', 'گزارش داده', 'اعلام کرد', 'اعلام کرده', 'اعلام شد',
  'گفت', 'گفته است', 'گفته اند', 'می گوید', 'می گویند', 'اعلام کردند', 'اعلام کرده اند', 'افزود', 'اظهار داشت', 'اظهار کرد', 'تاکید کرد', 'خاطرنشان کرد', 'یادآور شد', 'ادامه داد', 'نوشت', 'نوشته است', 'آورده است', 'مدعی شد', 'ادعا کرد', 'ادعا کرده', 'برآورد کرده', 'تخمین زده',
];

/** Persian saying verbs: every figure in the sentence is the speaker's. */
export const PERSIAN_SAY_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...PERSIAN_SAYING]
    .sort((a, b) => b.length - a.length)
    .map(W)
    .join('|')})(?![\\p{L}])`,
  'gu',
);

// Every match of PERSIAN_SAY_RE holds each word of its phrase as written (only the joins between
// words vary): a sentence without the longest word of any phrase holds none, and the expression,
// slow with its look-behind at every position, need not run. Most Persian sentences pass this way.
const SAYING_HINT = new RegExp(
  [...new Set(PERSIAN_SAYING.map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a))))].join('|'),
  'u',
);

/** Whether a sentence may hold a Persian saying verb (a necessary condition for PERSIAN_SAY_RE). */
export function mayHavePersianSaying(s: string): boolean {
  return SAYING_HINT.test(s);
}
/** "به گزارش X", "به گفته X": the speaker follows the verb. */
export const PERSIAN_VERB_FIRST = /^(?:به[\s\u200c]*گزارش|به[\s\u200c]*گفته|بر[\s\u200c]*اساس|طبق|به[\s\u200c]*نقل[\s\u200c]*از)/u;
