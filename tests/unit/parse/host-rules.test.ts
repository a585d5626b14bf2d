// Ratings by rule for outlets the registry does not list (lib/registry/host-rules.ts): an unlisted
// site on Iran's .ir domain, met as a page's own publisher, is rated critical with the rule as
// its rationale; personal zones, other domains, names and registry outlets are left alone.
// The pages are written for this test; the hosts are made up.
import { describe, expect, it } from 'vitest';
import { parseFile } from '@/lib/parse/parse-file';
import { resolveName, resolveSource } from '@/lib/parse/resolve';
import { isRuleSource, ruleRatingForHost } from '@/lib/registry/host-rules';

describe('ruleRatingForHost', () => {
  it.each(['shahr-nemouneh-news.ir', 'news.ostan-nemouneh.ir', 'daneshgah-nemouneh.ac.ir', 'nemouneh.co.ir', 'NEMOUNEH-KHABAR.IR.'])(
    '%s is rated critical by the .ir rule',
    (host) => {
      const r = ruleRatingForHost(host);
      expect(r?.stance).toBe('critical');
      expect(r?.rationale).toMatch(/by rule/);
      expect(isRuleSource(r?.source)).toBe(true);
    },
  );
  it.each([
    ['a personal zone', 'maryam.id.ir'],
    ['a blog platform', 'yaddasht-ha.blog.ir'],
    ['another blog platform', 'nemouneh.persianblog.ir'],
    ['a blog platform met in the pages corpus', 'basiratzohur.kowsarblog.ir'],
    ['a messenger channel view met in the pages corpus', 'eitaa.ir'],
    ['another country', 'nemouneh-news.com'],
    ['a name, not a host', 'خبرگزاری نمونه'],
    ['a name with a space', 'Nemouneh news.ir'],
    ['a domain that only contains "ir"', 'irnemouneh.org'],
  ])('%s (%s) gets no rule', (_what, host) => {
    expect(ruleRatingForHost(host)).toBeNull();
  });
});

describe('an import meeting an unlisted outlet', () => {
  const page = (url: string, lines: string[]) => {
    const [article] = parseFile('page.txt', Buffer.from(lines.join('\n'), 'utf8'), { url });
    return resolveSource(article!.publisherName, article!.via);
  };
  const body = [
    'سالگرد عملیات مرصاد در شهر نمونه برگزار شد',
    '۵ مرداد ۱۴۰۲',
    'مراسمی برای یادبود کشته‌شدگان عملیات مرصاد امروز با حضور خانواده‌ها در سالن شهر برگزار شد و سخنرانان از رویدادهای تابستان ۱۳۶۷ گفتند.',
    'برگزارکنندگان گفتند که این مراسم هر سال در همین روز برگزار می‌شود و امسال جمعیت بیشتری از سال‌های پیش آمده بودند.',
  ];

  it('rates an unlisted .ir site critical by rule, on its own host', () => {
    const { publisher } = page('https://www.shahr-nemouneh-news.ir/news/1234', body);
    expect(publisher.registry).toBeNull();
    expect(publisher.name).toBe('shahr-nemouneh-news.ir');
    expect(publisher.stance).toBe('critical');
    expect(publisher.rule?.rule).toBe('iran-national-domain');
  });

  it('leaves an unlisted site elsewhere unrated', () => {
    const { publisher } = page('https://shahr-nemouneh-news.com/news/1234', body);
    expect(publisher.stance).toBe('unrated');
    expect(publisher.rule).toBeUndefined();
  });

  it('gives a credited registry outlet the article, not the rule', () => {
    const { publisher } = page('https://shahr-nemouneh-news.ir/news/99', [body[0]!, body[1]!, `به گزارش خبرگزاری تسنیم، ${body[2]!}`, body[3]!]);
    expect(publisher.registry?.slug).toBe('tasnim');
  });

  it('never overrides a registry outlet on .ir', () => {
    const known = resolveName('tasnimnews.ir');
    expect(known.registry?.slug).toBe('tasnim');
    expect(known.rule).toBeUndefined();
  });
});
