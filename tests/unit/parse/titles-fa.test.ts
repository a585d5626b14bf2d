// Headlines of pasted Persian pages: the furniture around them (ad slots, category menus, search
// boxes, news codes, date lines, programme stamps) and the shapes a headline takes (printed twice,
// set out whole above its parts, with a subject label, an exclamation, a stamp glued on). Every
// line here is written for the test; real headlines that look like furniture must still be taken.
import { describe, expect, it } from 'vitest';
import { deriveTitle, parseText } from '@/lib/parse/text';
import { isNeverTitle, pickTitle } from '@/lib/parse/page-head';

const page = (...lines: string[]) => lines.join('\n');
// A made-up report on a gathering of exiles' families in a European city.
const BODY =
  'خانواده‌های ساکنان اردوگاه روز شنبه در برابر ساختمان پارلمان در بروکسل گرد آمدند و خواستار دیدار با نمایندگان شدند. آنها گفتند که سال‌هاست از فرزندان خود خبری ندارند.\n\n' +
  'نمایندگان پارلمان در پاسخ گفتند که درخواست خانواده‌ها را در نشست هفته آینده بررسی خواهند کرد و از دولت‌ها خواستند به این پرونده رسیدگی کنند.';
const HEADLINE = 'گردهمایی خانواده‌های ساکنان اردوگاه در برابر پارلمان بروکسل';

describe('Persian page furniture is never a title', () => {
  it.each([
    ['a skip link', 'برو به محتوای اصلی'],
    ['a blog’s search box', 'جستجوی این وبلاگ'],
    ['a search box label', 'جستجو'],
    ['a latest-news heading', 'آخرین خبرها'],
    ['a newest-news heading run together', 'جدیدترین اخبارجهان'],
    ['a breaking-news tag', 'خبرفوری'],
    ['a publication-date label left alone', 'تاریخ انتشار'],
    ['a text-size widget', 'اندازه متن'],
    ['a link to the source', 'لینک به منبع'],
    ['a source line with its day', 'منبع : سایت نمونه ،۷ اکتبر ۲۰۱۶'],
    ['a programme’s guest line', 'میهمان: آقای نمونه کارشناس مسائل منطقه'],
    ['a picture credit', 'عکس: آرشیو'],
    ['a news code with its desk', 'شناسهٔ خبر: 51234567 - سرویس بین الملل'],
    ['a news code run together with a date label', 'کدخبر: ۷۷۱۲۳ تاریخ انتشار:'],
    ['a category path set with double slashes', 'Categories // اخبار // گزارش‌ها'],
    ['a category menu run together after its Latin label', 'Uncategorizedگزارش‌هابیانیه‌ها'],
    ['a clock’s date split by slashes', 'دوشنبه / ۱۴ اسفند / ۱۴۰۲'],
    ['a programme’s stamp in both calendars', 'رادیو نمونه 5 دی 1393= 26 دسامبر 2014'],
    ['a note wholly in brackets', '(به مناسبت سالگرد تأسیس انجمن)'],
    ['a breadcrumb with angle marks', 'صفحه نخست > گزارش‌ها > گردهمایی خانواده‌ها'],
  ])('%s', (_what, line) => {
    expect(isNeverTitle(line)).toBe(true);
  });

  it.each([
    ['a headline with a date in it', 'تظاهرات ایرانیان در برلین ۸ دی ۱۳۹۲'],
    ['a headline that opens with a number', '۱۰ پرسش درباره آینده اردوگاه'],
    ['a headline about a search', 'جستجوی خانواده‌ها برای یافتن گورهای بی‌نام ادامه دارد'],
    ['a headline that opens with “last”', 'آخرین گروه ساکنان اردوگاه به اروپا رسیدند'],
    ['a headline about a source', 'منبع تازه‌ای از اسناد دادگاه منتشر شد'],
    ['a headline that glues a Latin name after a Persian word', 'گفتگوی رادیوXYZ با یک پناهنده'],
    ['a headline with a slash that is no date', 'ایران / آلبانی: دیدار وزیران در تیرانا'],
    ['a headline with an equals sign that is no stamp', 'معادله تازه: تحریم = فشار بیشتر'],
    ['a headline in guillemets', '«کمک تازه برای خروج ساکنان اردوگاه»'],
    ['a headline with a bracketed part', 'راز یک عبور (قسمت چهارم) - نگاهی به یک دهه'],
  ])('still takes %s', (_what, line) => {
    expect(isNeverTitle(line)).toBe(false);
  });
});

describe('choosing the headline among the head’s lines', () => {
  it('takes a headline the page prints twice, where a repeated line used to be dropped as furniture', () => {
    const [a] = parseText('x.txt', page(HEADLINE, '', HEADLINE, '', 'لینک به منبع', '', HEADLINE, '', BODY));
    expect(a!.title).toBe(HEADLINE);
    expect(a!.titleSource).toBe('title-line');
    expect(a!.body.startsWith('خانواده‌های ساکنان')).toBe(true);
  });

  it('still drops a short label a menu repeats', () => {
    expect(pickTitle(['صفحه اصلی', 'صفحه اصلی', HEADLINE], BODY)).toBe(HEADLINE);
  });

  it('passes over a site’s slogan above a headline printed twice in a row', () => {
    expect(pickTitle(['برای خانواده‌های اردوگاه', HEADLINE, HEADLINE], BODY)).toBe(HEADLINE);
  });

  it('keeps a short headline first when the repeated line further down is a section heading', () => {
    const short = 'خانواده‌ها در پارلمان بروکسل';
    expect(pickTitle([short, 'نمایندگان پارلمان و خانواده‌ها', 'بند یک', 'نمایندگان پارلمان و خانواده‌ها'], BODY)).toBe(short);
  });

  it('needs three words besides Persian function words: a two-word slogan above the headline is passed over', () => {
    expect(pickTitle(['برای یک بروکسل آزاد', HEADLINE], BODY)).toBe(HEADLINE);
  });

  it('keeps a headline whole when the page then sets out its kicker and its headline apart', () => {
    const kicker = 'گزارش ویژه – شماره ۱۲';
    const whole = `${kicker} ${HEADLINE}`;
    expect(pickTitle([whole, kicker, HEADLINE], BODY)).toBe(whole);
  });

  it('keeps a long headline whole when a later line repeats only its end', () => {
    const end = 'در برابر پارلمان بروکسل';
    const whole = `سالگرد گردهمایی خانواده‌های ساکنان اردوگاه ${end}`;
    expect(pickTitle([whole, end], BODY)).toBe(whole);
  });

  it('still lets a line with a section tag in front yield to the headline it repeats', () => {
    expect(pickTitle([`#اروپا - ${HEADLINE}`, HEADLINE], BODY)).toBe(HEADLINE);
  });

  it('reads a stretched word (tatweel) as the word', () => {
    const stretched = 'چرا خانواده‌ها در بروکسل گرد آمـــــــدند؟';
    expect(pickTitle([stretched, 'بخش دوم گزارش'], BODY)).toBe(stretched);
  });

  it('takes a headline that exclaims', () => {
    const [a] = parseText('x.txt', page('۱۲ آذر ۱۴۰۳', '', 'خانواده‌ها به بروکسل رسیدند!', '', BODY));
    expect(a!.title).toBe('خانواده‌ها به بروکسل رسیدند!');
  });

  it('drops a programme page’s subject label and stamp, and takes its topic', () => {
    const [a] = parseText(
      'x.txt',
      page('۱۰ دی ۱۳۹۲', '', 'رادیو نمونه 8 دی 1392= 29 دسامبر 2013', '', 'میهمان: آقای نمونه', '', 'موضوع: آیا خانواده‌ها در بروکسل پاسخی خواهند گرفت؟', BODY),
    );
    expect(a!.title).toBe('آیا خانواده‌ها در بروکسل پاسخی خواهند گرفت؟');
  });

  it('drops a clock time and a numeric day glued after the headline', () => {
    const [a] = parseText('x.txt', page(`${HEADLINE} 10:12:45 AM 1392/10/08`, BODY));
    expect(a!.title).toBe(HEADLINE);
  });

  it('drops a note glued after the headline’s full stop, and drops a handle glued to its end', () => {
    expect(parseText('x.txt', page(`${HEADLINE}.برپایه خبرهای رسیده`, '', BODY))[0]!.title).toBe(HEADLINE);
    expect(parseText('x.txt', page(`${HEADLINE}@someone`, '', BODY))[0]!.title).toBe(HEADLINE);
  });
});

describe('the first-sentence title', () => {
  it('skips an ad slot or a weather line above the text', () => {
    expect(deriveTitle('728 x 90\n\nخانواده‌ها روز شنبه در بروکسل گرد آمدند.')).toBe('خانواده‌ها روز شنبه در بروکسل گرد آمدند');
    expect(deriveTitle('12.5 C\nخانواده‌ها روز شنبه در بروکسل گرد آمدند.')).toBe('خانواده‌ها روز شنبه در بروکسل گرد آمدند');
  });

  it('keeps a first line that is text', () => {
    expect(deriveTitle('Police searched the camp on Tuesday. More follows.')).toBe('Police searched the camp on Tuesday');
  });
});
