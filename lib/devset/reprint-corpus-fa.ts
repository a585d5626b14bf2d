// The Persian half of the labelled reprint corpus (lib/devset/reprint-corpus.ts): the same
// design, every sentence written for these tests in this file's own words (fictional events,
// outlets and people). Besides the edits of every language, the ones Persian sites make to a
// text they copy: Arabic letters for Persian ones (ي ك), the zero-width non-joiner lost (the
// parts glued together or spaced apart), digits in another script, vowel marks and tatweel.
import type { Rng } from '@/lib/prng';
import type { Edit, EventFacts, Material } from './reprint-corpus';
import { rewrap, trimParagraph } from './reprint-edits';

const ZWNJ = '\u200c';

const EVENTS: EventFacts[] = [
  {
    name: 'تجمع میدان اشفورد', place: 'میدان اشفورد', city: 'برلین', day: '2023-03-11', group: 'شورای ایرانیان تبعیدی',
    official: 'معاون وزیر فرهاد نوری', ministry: 'وزارت خارجه', court: 'دادگاه منطقه‌ای', number: '۱۲٬۰۰۰', arrested: '۱۴', injured: '۹',
    demand: 'تحقیقی بین‌المللی درباره مرگ زندانیان', speaker: 'لیلا صمدی',
    statements: [
      'ما آمده‌ایم بگوییم که خانواده‌های ناپدیدشدگان با تهدید و گذر زمان خاموش نمی‌شوند',
      'هر دولتی در اروپا اکنون باید میان معامله‌های پنهان و حقیقت آنچه در زندان‌ها رخ داد یکی را برگزیند',
    ],
  },
  {
    name: 'حکم دادگاه لیندکویست', place: 'دادگاه بخش استکهلم', city: 'استکهلم', day: '2022-07-14', group: 'انجمن خانواده‌های قربانیان',
    official: 'دادستان کارین والین', ministry: 'وزارت دادگستری', court: 'دادگاه بخش', number: '۱۱۰', arrested: '۱', injured: '۰',
    demand: 'گشودن کامل بایگانی زندان‌ها', speaker: 'امید رحمانی',
    statements: [
      'امروز دادگاه به روشنی گفت که این کشتارها شایعه نبود بلکه جنایتی با نام‌ها و تاریخ‌های مشخص بود',
      'این حکم از آن مادرانی است که پشت درهای زندان منتظر خبری ماندند که هرگز نرسید',
    ],
  },
  {
    name: 'جابه‌جایی ساکنان اردوگاه', place: 'اردوگاه پیشین نزدیک مرز', city: 'تیرانا', day: '2016-09-09', group: 'کمیته ساکنان اردوگاه',
    official: 'وزیر کشور آربن کولا', ministry: 'وزارت کشور', court: 'دادگاه اداری', number: '۲٬۸۰۰', arrested: '۰', injured: '۳',
    demand: 'تضمین امنیت ساکنان', speaker: 'سارا گلزاری',
    statements: [
      'ساکنان با نظم جابه‌جا شدند و همه آنان اکنون به جای امنی رسیده‌اند',
      'کسی نباید فراموش کند که این سفر با سال‌ها حمله و انتظاری طولانی برای حمایت آغاز شد',
    ],
  },
  {
    name: 'اعتراضات آبان به گرانی بنزین', place: 'ده‌ها شهر', city: 'شیراز', day: '2019-11-16', group: 'شبکه‌ای از ناظران محلی حقوق بشر',
    official: 'سخنگوی دولت علی رضایی', ministry: 'وزارت کشور', court: 'دادگاه انقلاب', number: '۳۰۴', arrested: '۷٬۰۰۰', injured: '۲٬۰۰۰',
    demand: 'آزادی معترضان بازداشت‌شده', speaker: 'مینا علوی',
    statements: [
      'اینترنت را قطع کردند تا جهان نبیند در خیابان‌های شهرهای ما چه می‌گذرد',
      'هنوز به خانواده‌ها فشار می‌آورند که درباره چگونگی جان باختن فرزندانشان سخنی نگویند',
    ],
  },
  {
    name: 'اعتصاب غذای زندان مرکزی', place: 'زندان مرکزی', city: 'کرج', day: '2020-06-02', group: 'بستگان زندانیان سیاسی',
    official: 'رئیس زندان حسن مرادی', ministry: 'قوه قضاییه', court: 'دادگاه تجدیدنظر', number: '۳۵', arrested: '۶', injured: '۴',
    demand: 'درمان پزشکی و ملاقات خانوادگی برای زندانیان', speaker: 'ندا کریمی',
    statements: [
      'برادرم نوزده روز است که چیزی نخورده و پزشک زندان از دیدن او خودداری می‌کند',
      'زندانیان چیزی بیش از حقوقی که در قوانین خود کشور نوشته شده نمی‌خواهند',
    ],
  },
  {
    name: 'مراسم یادبود سالگرد', place: 'تالار یادبود', city: 'پاریس', day: '2024-08-20', group: 'بازماندگان اعدام‌های ۱۳۶۷',
    official: 'سناتور کلر دوبوا', ministry: 'وزارت خارجه', court: 'دادگاه بین‌المللی', number: '۵٬۰۰۰', arrested: '۰', injured: '۰',
    demand: 'به رسمیت شناختن اعدام‌ها به عنوان جنایت علیه بشریت', speaker: 'رضا ابراهیمی',
    statements: [
      'نام‌ها را یکی یکی خواندیم زیرا هر یک از آنان زندگی و خانواده و آینده‌ای داشت که از او گرفته شد',
      'سی و شش سال گذشته و گورها هنوز بی‌نشان است و مسئولان هنوز بر سر کارند',
    ],
  },
];

// Each fact, several ways to say it. {…} slots are the event's facts.
const FACTS: string[][] = [
  [
    '{speaker} در روز {name} در {place} شهر {city} برای جمعیت سخن گفت.',
    'در {place} شهر {city}، {speaker} برای کسانی که به مناسبت {name} گرد آمده بودند سخنرانی کرد.',
    'سخنرانی اصلی {name} را {speaker} ایراد کرد که در برابر جمعیت در {place} ایستاده بود.',
    '{speaker} در {city} با سخنانی کوتاه {name} را آغاز کرد.',
    '{name} در {city} با سخنان {speaker} آغاز شد.',
  ],
  [
    'برگزارکنندگان از {group} شمار شرکت‌کنندگان را {number} نفر اعلام کردند.',
    'به گفته {group}، حدود {number} نفر شرکت داشتند.',
    '{group} گفت نزدیک به {number} نفر حضور داشتند، رقمی که به طور مستقل قابل تأیید نبود.',
    'به برآورد {group} حدود {number} نفر حاضر بودند.',
    'رقمی که {group} اعلام کرد {number} بود، هرچند برآوردهای دیگر کمتر بود.',
  ],
  [
    '{official} گفت {ministry} موضوع را از نزدیک دنبال می‌کند.',
    '{ministry} از طریق {official} پاسخی کوتاه داد و گفت موضوع در دست بررسی است.',
    '{official} در پاسخی کتبی گفت {ministry} توضیح بیشتری نخواهد داد.',
    '{official} به خبرنگاران گفت {ministry} به تصمیم {court} احترام می‌گذارد.',
    'پاسخی از سوی {ministry} با امضای {official} خواستار آرامش شد.',
  ],
  [
    'خواسته اصلی {demand} بود.',
    'شرکت‌کنندگان خواستار {demand} شدند.',
    'سخنرانان بار دیگر بر درخواست {demand} تأکید کردند.',
    '{group} سال‌هاست برای {demand} تلاش می‌کند.',
    'در کانون این اعتراض خواست {demand} قرار داشت.',
  ],
  [
    'پلیس گفت {arrested} نفر بازداشت و {injured} نفر به دلیل جراحت مداوا شدند.',
    'مقامات محلی از {arrested} بازداشت و {injured} زخمی خبر دادند.',
    'به گفته پلیس {arrested} نفر بازداشت شدند و {injured} نفر به کمک پزشکی نیاز داشتند.',
    'به گفته مقامات، پلیس {arrested} نفر را بازداشت کرد و {injured} نفر آسیب دیدند.',
  ],
  [
    'این پرونده در {city} و فراتر از آن از نزدیک دنبال شده است.',
    'ناظران در {city} گفتند این رویدادها تا مدت‌ها در یادها خواهد ماند.',
    'بسیاری در {city} آن روز را نقطه عطفی دانستند.',
    'برای ساکنان {city} آن روز روزی عادی نبود.',
  ],
  [
    'وکلای خانواده‌ها گفتند موضوع را به {court} خواهند برد.',
    'انتظار می‌رود {court} اواخر امسال به این شکایت رسیدگی کند.',
    'خانواده‌ها گفتند شکایتی نزد {court} ثبت شده است.',
    'وکلای خانواده‌ها گفتند {court} پذیرفته است به پرونده آنان رسیدگی کند.',
  ],
];

const OPENERS = ['در گزارشی از', 'با نگاهی به', 'در بازگشت به', 'در نوشته‌ای درباره', 'در پی'];
const NOUNS = ['نامه', 'گزارش', 'بیانیه', 'جلسه', 'نشست', 'بایگانی', 'هیئت', 'طومار', 'کارزار', 'تحقیق', 'شهادت', 'سند', 'نظرسنجی', 'یادبود', 'برنامه', 'گفت‌وگو', 'مناظره', 'طرح', 'بودجه', 'پرونده'];
const ADJS = ['تازه', 'طولانی', 'مفصل', 'کوتاه', 'دوم', 'مشترک', 'خصوصی', 'عمومی', 'دقیق', 'غیرعادی', 'رسمی', 'پیشین', 'بعدی', 'محلی', 'خارجی'];
const VERBS = ['توصیف کرد', 'زیر سؤال برد', 'نقد کرد', 'بررسی کرد', 'خلاصه کرد', 'به چالش کشید', 'یادآوری کرد', 'مستند کرد', 'رد کرد', 'توضیح داد', 'ستود', 'بازخوانی کرد'];
const PASSIVE = ['بررسی', 'نقد', 'مستند', 'توصیف', 'خلاصه', 'بازخوانی', 'رد'];
const PEOPLE = ['یک تاریخ‌نگار', 'یک دیپلمات پیشین', 'دو وکیل', 'معلمی از همان شهر', 'چند دانشجو', 'یک اقتصاددان', 'یک قاضی بازنشسته', 'یک خبرنگار محلی', 'یک امدادگر', 'یک پژوهشگر'];
const TAILS = ['به تفصیل', 'بی آنکه نامی ببرد', 'در یک گفت‌وگوی رادیویی', 'در یادداشتی فردای آن روز', 'در برابر جمعی کوچک', 'در طول چند هفته', 'با احتیاط', 'با هیجانی آشکار'];

function commentary(r: Rng, e: EventFacts): string {
  switch (r.int(0, 3)) {
    case 0:
      return `${r.pick(OPENERS)} ${e.name}، ${r.pick(PEOPLE)} ${r.pick(NOUNS)} ${r.pick(ADJS)} را ${r.pick(TAILS)} ${r.pick(VERBS)}.`;
    case 1:
      return `${r.pick(PEOPLE)} ${r.pick(TAILS)} ${r.pick(NOUNS)} ${r.pick(ADJS)} را ${r.pick(VERBS)} و درباره ${r.pick(NOUNS)} پس از آن نیز سخن گفت.`;
    case 2:
      return `${r.pick(PEOPLE)} در ${e.city} گفت که ${r.pick(NOUNS)} ${r.pick(TAILS)} ${r.pick(PASSIVE)} شده است.`;
    default:
      return `این نخستین ${r.pick(NOUNS)} از این دست نیست: ${r.pick(NOUNS)} ${r.pick(ADJS)} دیگری نیز در سال ${toPersianDigits(String(1370 + r.int(0, 30)))} ${r.pick(PASSIVE)} شده بود.`;
  }
}

const toPersianDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

const OUTLETS = Array.from({ length: 24 }, (_, i) => `رسانه آزمایشی ${toPersianDigits(String(i + 1))}`);
const AGGREGATORS = ['خبرنامه آزمایشی یک', 'خبرنامه آزمایشی دو', 'گردآورنده آزمایشی'];
const BACKGROUND: string[] = OUTLETS.map(
  (o, i) =>
    `${o} از سال ${toPersianDigits(String(1374 + i))} درباره سیاست ایران و جوامع تبعیدی در اروپا گزارش می‌دهد. خبرنگاران آن پرونده‌های قضایی، اعتراض‌ها و کار گروه‌های حقوق بشری را پوشش می‌دهند و خط تحریریه آن را هیئتی مستقل تعیین می‌کند. خوانندگان می‌توانند از راه صفحه تماس وب‌سایت با تحریریه در ارتباط باشند.`,
);

const MARKS = ['\u064e', '\u0650', '\u064f', '\u0651'];

const EDITS: Record<string, Edit> = {
  header: (r, body, o) =>
    r.pick([
      `${r.pick(AGGREGATORS)}\n\n${body}`,
      `${o.publisher} | تحریریه | ${o.publishedAt}\n\n${body}`,
      `خانه › اخبار › جهان\n\n${body}`,
      `آخرین اخبار\n\n${body}`,
    ]),
  dateline: (r, body) => `${r.pick(['برلین', 'پاریس', 'لندن', 'ژنو'])} (${r.pick(['خبرگزاری‌ها', 'سرویس خبری', 'تحریریه'])}) – ${body}`,
  footer: (r, body, o) =>
    `${body}\n\n${r.pick([
      `این گزارش نخستین بار در ${o.publisher} منتشر شد.`,
      `منبع: ${o.publisher}`,
      `متن کامل را در ${o.publisher} بخوانید`,
      `برگرفته از ${o.publisher}`,
    ])}\n\n${r.pick(['به اشتراک بگذارید: فیسبوک توییتر تلگرام', 'اشتراک‌گذاری در تلگرام واتساپ', 'برچسب‌ها: ایران، اروپا، حقوق بشر', '© ۱۴۰۳ کلیه حقوق محفوظ است'])}`,
  trim: trimParagraph,
  rewrap,
  quotes: (_r, body) => body.replace(/[«»]/g, '"'),
  note: (r, body, o) =>
    r.chance(0.5)
      ? `یادداشت سردبیر: ${r.pick(['این گزارش را به دلیل توجه خوانندگان به طور کامل بازنشر می‌کنیم', 'متن زیر با اجازه نویسندگان آن بازنشر شده است', 'این متن برای آگاهی خوانندگان منتشر می‌شود و لزوماً دیدگاه ما نیست'])}.\n\n${body}`
      : `${body}\n\nیادداشت سردبیر: ${o.publisher} ${r.pick(['این گزارش را پیش‌تر منتشر کرده بود', 'متن بالا را منتشر کرد'])} و چند غلط املایی در آن اصلاح شد.`,
  // Arabic yeh and kaf for the Persian letters, as an Arabic keyboard or an older site types them.
  letters: (_r, body) => body.replace(/ی/g, 'ي').replace(/ک/g, 'ك'),
  // The zero-width non-joiner lost: the parts glued together, or a space in its place.
  zwnj: (r, body) => body.split(ZWNJ).join(r.chance(0.5) ? '' : ' '),
  // Persian digits as Western or Arabic-Indic ones.
  digits: (r, body) => {
    const base = r.chance(0.5) ? 0x30 : 0x660;
    return body.replace(/[۰-۹]/g, (d) => String.fromCharCode(base + d.charCodeAt(0) - 0x6f0));
  },
  // Vowel marks on some words and a tatweel stretching others.
  marks: (r, body) =>
    body.replace(/[\p{L}]{4,}/gu, (w) => {
      if (!r.chance(0.15)) return w;
      return r.chance(0.5) ? w.slice(0, 2) + r.pick(MARKS) + w.slice(2) : w.slice(0, 2) + '\u0640\u0640' + w.slice(2);
    }),
};

export const PERSIAN: Material = {
  events: EVENTS,
  facts: FACTS,
  commentary,
  statement: (st, speaker) => `${speaker} گفت: «${st}».`,
  title: (r, e) => `${e.name}: ${r.pick(['آنچه در', 'روزی در', 'صداهایی از', 'صحنه‌ای در', 'واکنش‌ها در'])} ${e.city}`,
  outlets: OUTLETS,
  aggregators: AGGREGATORS,
  background: BACKGROUND,
  edits: EDITS,
  republishedTitle: (t) => `${t} (بازنشر)`,
  quoteIntro: (publisher) => `${publisher} گزارش زیر را منتشر کرده است که متن کامل آن را می‌آوریم:`,
  quoteTitle: (e) => `چرا ${e.name} اهمیت دارد`,
};
