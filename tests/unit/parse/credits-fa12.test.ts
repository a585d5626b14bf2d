// Credits the twelfth Persian test set's carried texts print (read after its blind run; not blind).
// Every line is written for the test; each rule has its false friends.
import { describe, expect, it } from 'vitest';
import { MORE, page, PROSE } from './written-page';

describe('a statement signed by its issuer’s secretariat in Arabic yeh and kaf', () => {
  const STATEMENT = ['هشدار درباره خطر در اردوگاه', '', PROSE, MORE];
  it('credits the issuer as the Persian spelling does', () => {
    expect(page('https://carrier.example/p/1', ...STATEMENT, '', 'دبيرخانه شوراي ملي مقاومت ايران', '', '27خرداد 1392(17ژوئن2013)')).toMatchObject({
      publisherName: 'National Council of Resistance of Iran',
      via: 'carrier.example',
      publishedAt: '2013-06-17',
    });
  });
  it('still needs the signature to close the text', () => {
    const a = page('https://carrier.example/p/1', ...STATEMENT, 'دبيرخانه شوراي ملي مقاومت ايران', 'ما اين بيانيه را براي خوانندگان خود بازنشر كرديم و در شماره بعد به آن مي‌پردازيم.');
    expect(a.publisherName).toBe('carrier.example');
  });
});

describe('«به گزارش پایگاه <name> به نقل از X» on the site whose address is that name', () => {
  it('hands the text to X, the site carrying it', () => {
    expect(page('https://598.ir/fa/news/1/x', 'عنوان', '', `به گزارش پایگاه 598 به نقل از روزنامه وطن امروز، ${PROSE}`, MORE)).toMatchObject({
      publisherName: 'Vatan-e Emrooz',
      via: '598 (news site)',
    });
    expect(page('https://www.598.ir/fa/news/1/x', 'عنوان', '', `به گزارش پایگاه خبری ۵۹۸ به نقل از روزنامه وطن امروز، ${PROSE}`, MORE).publisherName).toBe('Vatan-e Emrooz');
  });
  it.each([
    ['another site’s page (the name is not its address)', 'https://carrier.example/news/1', 'به گزارش پایگاه 598 به نقل از روزنامه وطن امروز،', 'carrier.example'],
    ['a host that only begins with the name', 'https://598.example.ir/news/1', 'به گزارش پایگاه 598 به نقل از روزنامه وطن امروز،', '598.example.ir'],
    ['a site the credit does not name', 'https://598.ir/fa/news/1/x', 'به گزارش پایگاه نمونه به نقل از روزنامه وطن امروز،', '598 (news site)'],
    ['a quoted source that is no news organisation', 'https://598.ir/fa/news/1/x', 'به گزارش پایگاه 598 به نقل از سخنگوی دادگاه،', '598 (news site)'],
    ['a quoted month, not an agency', 'https://598.ir/fa/news/1/x', 'به گزارش پایگاه 598 به نقل از مهر ۱۴۰۲،', '598 (news site)'],
  ])('keeps the page’s own outlet: %s', (_what, url, credit, publisherName) => {
    expect(page(url, 'عنوان', '', `${credit} ${PROSE}`, MORE).publisherName).toBe(publisherName);
  });
});

describe('«<organisation>: …» opening a first paragraph that speaks as «ما» (we)', () => {
  const STATEMENT =
    'بنیاد برومند: امروز سالگرد روزی است که یکی از مدافعان آزادی در تبعید کشته شد و ما، بازماندگان او، هنوز از دولت‌ها می‌خواهیم که پرونده را باز کنند و کسانی را که فرمان قتل را دادند به دادگاه بسپارند.';
  it('credits the organisation on a site that does not report news', () => {
    expect(page('https://blog.example.org/2009/04/x.htm', 'به یاد او', '', STATEMENT, MORE)).toMatchObject({
      publisherName: 'Abdorrahman Boroumand Center for Human Rights in Iran',
      via: 'blog.example.org',
    });
  });
  it.each([
    ['a news site’s lead quoting the organisation', 'https://www.radiofarda.com/a/1.html', STATEMENT, 'Radio Farda'],
    ['no «ما» in the paragraph (a site telling what the organisation said)', 'https://blog.example.org/x', STATEMENT.replace('و ما، بازماندگان او، هنوز', 'و بازماندگان او هنوز'), 'blog.example.org'],
    ['«ما» only inside a quotation', 'https://blog.example.org/x', STATEMENT.replace('و ما، بازماندگان او، هنوز', 'و بازماندگان او با گفتن «ما فراموش نمی‌کنیم» هنوز'), 'blog.example.org'],
    ['a person’s name before the colon', 'https://blog.example.org/x', STATEMENT.replace('بنیاد برومند:', 'مریم رجوی:'), 'blog.example.org'],
    ['a short headline, not a paragraph of prose', 'https://blog.example.org/x', 'بنیاد برومند: ما فراموش نمی‌کنیم', 'blog.example.org'],
  ])('keeps the page’s own site: %s', (_what, url, lead, publisherName) => {
    expect(page(url, 'به یاد او', '', lead, MORE).publisherName).toBe(publisherName);
  });
});
