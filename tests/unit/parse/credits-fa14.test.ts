// Credits the fourteenth Persian test set's carried texts print (read after its blind run; not
// blind). Every line is written for the test; each rule has its false friends.
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/parse/text';
import { resolvePublisher } from '@/lib/registry/publishers';

const page = (url: string, ...lines: string[]) => parseText('x.txt', lines.join('\n'), { url })[0]!;
const name = (s: string) => resolvePublisher(s)!.name;

const PROSE =
  'فیلمی که به روایت رویدادهای سال شصت می‌پردازد پس از گرفتن جایزه بهترین فیلم جشنواره در اکران عمومی هم فروش خوبی داشت و منتقدان درباره آن بسیار نوشتند و گفتند.';
const MORE = 'کارگردان فیلم در گفت‌وگویی گفت که ساختن آن چند سال طول کشیده و بازیگرانش را از میان چهره‌های کمتر شناخته شده برگزیده است.';

describe('«X نوشت:» opening the lead without the word for newspaper', () => {
  it('credits X when it is a registry paper, the site carrying it', () => {
    expect(page('https://cinema-nemouneh.ir/news/1', 'نگاهی به یک فیلم', '', `کیهان نوشت :${PROSE}`, MORE)).toMatchObject({
      publisherName: name('کیهان'),
      via: 'cinema-nemouneh.ir',
    });
  });
  it('leaves a person who wrote something the site’s', () => {
    const a = page('https://cinema-nemouneh.ir/news/1', 'نگاهی به یک فیلم', '', `منتقد این روزنامه نوشت :${PROSE}`, MORE);
    expect(a.publisherName).toBe('cinema-nemouneh.ir');
  });
  it('leaves a review quoting two papers the reviewer’s', () => {
    const a = page('https://cinema-nemouneh.ir/news/1', 'نگاهی به یک فیلم', '', `کیهان نوشت :${PROSE}`, `روزنامه شرق نوشت : ${MORE}`);
    expect(a.publisherName).toBe('cinema-nemouneh.ir');
  });
});

describe('«به گزارش <site> به نقل از X:» on its own line, with a colon', () => {
  it('on the site itself hands the text to X', () => {
    const a = page('https://www.bultannews.com/fa/news/1/x', 'به گزارش بولتن نیوز به نقل از کیهان:', PROSE, MORE);
    expect(a).toMatchObject({ publisherName: name('کیهان'), via: name('bultannews.com') });
  });
});

describe('an aggregator’s source cell with an agency’s short name', () => {
  it('«منبع: دانشجو | لینک خبر» credits the Student News Agency', () => {
    const a = page('https://khabar-jam.ir/news/1', 'شناسه خبر: 1234 - سرویس سیاسی', 'منبع: دانشجو | لینک خبر', '', 'دادگاه حکم را تایید کرد', '', PROSE, MORE);
    expect(a).toMatchObject({ publisherName: name('خبرگزاری دانشجو'), via: 'khabar-jam.ir' });
  });
});

describe('a repost’s credit line over the original’s date line', () => {
  const SUMMARY = '• در دو شهر جنوبی دو گور دسته جمعی از زندانیان سیاسی پیدا شده است که به گفته خانواده‌ها در تابستان ۶۷ کشته شدند ...';
  it('dates the item by the original’s day, in Arabic letters and mixed digits too', () => {
    const a = page('https://weblog-nemouneh.net/2017/08/post.html', 'کشف دو گور دسته جمعی', '', SUMMARY, 'برگرفته از سایت اخبار روز', 'يکشنبه  ۵ شهريور ۱٣۹۶ -  ۲۷ اوت ۲۰۱۷' + PROSE);
    expect(a.publishedAt).toBe('2017-08-27');
    expect(a.datePrecision).toBe('day');
  });
  it('leaves a date later in the line (what the text tells of)', () => {
    const a = page('https://weblog-nemouneh.net/2017/08/post.html', 'کشف دو گور دسته جمعی', '', SUMMARY, 'برگرفته از سایت اخبار روز', `گزارش‌ها از روز ۵ شهریور ۱۳۹۶ حکایت دارند که ${PROSE}`);
    expect(a.publishedAt).toBe('2017-08-01');
    expect(a.datePrecision).toBe('month');
  });
});

describe('a reprinted paper’s citation in brackets on the head line', () => {
  it('credits the paper and dates the item by its day', () => {
    const a = page('https://weblog-nemouneh.com/1399/11/07/x/', 'دادگاهی در سال ۵۴ ( سارا محمدی روزنامه کیهان ۶ بهمن ۹۹ صفحه ۱۰)', '', PROSE, MORE);
    expect(a).toMatchObject({ publisherName: name('کیهان'), via: 'weblog-nemouneh.com', publishedAt: '2021-01-25' });
  });
  it('leaves a bracket naming no registry paper', () => {
    const a = page('https://weblog-nemouneh.com/1399/11/07/x/', 'دادگاهی در سال ۵۴ ( سارا محمدی روزنامه محلی نمونه ۶ بهمن ۹۹ صفحه ۱۰)', '', PROSE, MORE);
    expect(a.publisherName).toBe('weblog-nemouneh.com');
    expect(a.publishedAt).toBe('2021-01-26');
  });
});
