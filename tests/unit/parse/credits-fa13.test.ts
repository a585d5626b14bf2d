// Credits the thirteenth Persian test set showed after its blind run (not blind). A site that
// opens its lead with «X اعلام کرد که …» and then writes «به گزارش X، …» relays X's report in
// its own framing (rule 2); the page stays the site's. An aggregator's first line naming an outlet
// and its writer («X نام نام‌خانوادگی») over the text credits the item to the outlet (rule 1).
// Texts written for the test.
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/parse/text';
import { resolvePublisher } from '@/lib/registry/publishers';

const url = 'https://www.mashreghnews.ir/news/1/x';
const page = (...ps: string[]) => parseText('x.txt', ps.join('\n'), { url })[0]!;
const TITLE = 'روابط دو کشور قطع شد';
const STANDFIRST = 'دولت میزبان دلیل این تصمیم را حملات اینترنتی به سامانه‌های خود خوانده و گفته است که نشانه‌های آن به تهران می‌رسد و پاسخ خواهد داد.';
const LEAD = 'به گزارش شبکه العربیه، نخست‌وزیر این کشور امروز گفت به کارکنان سفارت یک روز فرصت داده شده است تا خاک کشور را ترک کنند و ساختمان سفارت بسته می‌شود.';

describe('«X اعلام کرد» opening the lead, then «به گزارش X»', () => {
  it('is a relayed report: the page stays the site’s', () => {
    const a = page(TITLE, STANDFIRST, 'شبکه العربیه اعلام کرد که دولت میزبان با تعیین مهلت برای خروج دیپلمات‌ها روابط خود را با تهران قطع کرده است.', LEAD);
    expect(a.publisherName).toBe(resolvePublisher('mashreghnews.ir')!.name);
  });
  it('leaves «به گزارش X» alone the credit of X’s copy', () => {
    expect(page(TITLE, STANDFIRST, LEAD).publisherName).toBe(resolvePublisher('العربیه')!.name);
  });
});

describe('an outlet and its writer on the first line over the text', () => {
  const onAggregator = (...lines: string[]) => parseText('x.txt', lines.join('\n'), { url: 'https://news.gooya.com/2023/12/post-1.php' })[0]!;
  const BODY = 'در دهه چهل گروهی از دانشجویان رشته‌های فنی سازمانی پنهانی ساختند که با حکومت وقت مبارزه می‌کرد و بیشتر بنیان‌گذاران آن چند سال بعد دستگیر و اعدام شدند.';
  it('credits the outlet, names the writer, and keeps the line out of the title', () => {
    const a = onAggregator('رویداد۲۴ سارا محمدی', BODY, BODY);
    expect(a.publisherName).toBe(resolvePublisher('رویداد۲۴')!.name);
    expect(a.author).toBe('سارا محمدی');
    expect(a.title).not.toMatch(/سارا/);
  });
  it('leaves a headline that opens with an outlet’s name the aggregator’s', () => {
    expect(onAggregator('رویداد۲۴ گزارش داد', BODY, BODY).publisherName).toBe(resolvePublisher('news.gooya.com')!.name);
    expect(onAggregator('رویداد۲۴ در تهران', BODY, BODY).publisherName).toBe(resolvePublisher('news.gooya.com')!.name);
  });
});

describe('short names of state outlets in a lead credit on a site the registry does not list', () => {
  const onUnlisted = (lead: string) => parseText('x.txt', [TITLE, lead].join('\n'), { url: 'https://khabar-nemouneh.com/news/1' })[0]!;
  it('«باشگاه خبرنگاران» is the Young Journalists Club', () => {
    const a = onUnlisted('به گزارش باشگاه خبرنگاران، دولت میزبان امروز اعلام کرد که به کارکنان سفارت یک روز فرصت داده است تا خاک کشور را ترک کنند و ساختمان سفارت بسته می‌شود.');
    expect(a.publisherName).toBe(resolvePublisher('yjc.ir')!.name);
    expect(a.via).toBe('khabar-nemouneh.com');
  });
  it('«شبکه خبر» is the state broadcaster’s news channel', () => {
    const a = onUnlisted('به گزارش پایگاه اطلاع رسانی شبکه خبر، دولت میزبان امروز اعلام کرد که به کارکنان سفارت یک روز فرصت داده است تا خاک کشور را ترک کنند.');
    expect(a.publisherName).toBe(resolvePublisher('irib.ir')!.name);
  });
});
