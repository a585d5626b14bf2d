// Persian event vocabulary changed after the eleventh Persian test set's blind run (its misses
// read, not blind): court words and place names that say one thing counted once, the 1988
// executions only where the text places them in that year, plaintiffs heard over Gohardasht as
// the Nouri trial, the 1988 incursion under its short name and as an entry into the country (and
// not every operation of the Solar year 1367), and the EU's freeze of the group's assets as the
// designation debate. Sentences written for these tests, with the false friends each change must
// leave alone.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';

describe('court words count once for the Nouri trial', () => {
  it('leaves a death sentence from a court in Tehran, upheld by the supreme court, alone', () => {
    const text = 'دادگاه انقلاب تهران دو عضو سازمان مجاهدین خلق را به اعدام محکوم کرد و دیوان عالی کشور هفته گذشته این حکم را تایید کرد.';
    expect(slugs(text, '2025-01-20')).not.toContain('hamid-nouri-trial');
  });
  it('still links a court in Stockholm with the prison official’s name', () => {
    expect(slugs('دادگاه استکهلم حمید نوری را به حبس ابد محکوم کرد.', '2022-07-14')).toContain('hamid-nouri-trial');
  });
});

describe('plaintiffs heard over Gohardasht', () => {
  it('links a hearing where a plaintiff, arrested as a supporter of the group, recounts Gohardasht', () => {
    const text = 'در این جلسه شاکی بعدی که در نوجوانی به اتهام هواداری از مجاهدین خلق بازداشت شده بود گفت سال‌ها در گوهردشت زندانی بود.';
    expect(slugs(text)).toContain('hamid-nouri-trial');
  });
  it('leaves a plaintiff in a Tehran case against the group alone when no 1988 prison is named', () => {
    const text = 'در جلسه دادگاه شاکیان از خانواده‌های قربانیان ترور خواستار مجازات سران مجاهدین خلق شدند.';
    expect(slugs(text, '2023-12-10')).not.toContain('hamid-nouri-trial');
  });
  it('leaves a former prisoner who was tried in a few minutes and sent to Gohardasht alone', () => {
    const text = 'او را به جرم هواداری از مجاهدین در دادگاهی چند دقیقه‌ای محاکمه کردند و به گوهردشت فرستادند.';
    expect(slugs(text)).not.toContain('hamid-nouri-trial');
  });
});

describe('the 1988 executions need the text to place them in that year', () => {
  it('leaves political prisoners sentenced to death and moved out of Evin today alone', () => {
    const text = 'دو زندانی سیاسی محکوم به اعدام که به هواداری از مجاهدین متهم‌اند این هفته از اوین به زندان دیگری منتقل شدند و خانواده‌هایشان از اجرای حکم اعدام بیم دارند.';
    expect(slugs(text, '2025-01-26')).not.toContain('1988-massacre');
  });
  it('still links political prisoners executed in 1367', () => {
    expect(slugs('در سال ۱۳۶۷ هزاران زندانی سیاسی در زندان‌های کشور اعدام شدند.')).toContain('1988-massacre');
  });
  it('still links the executions under Khomeini’s decree without a year', () => {
    expect(slugs('به دنبال فتوای خمینی، زندانیان سیاسی دسته دسته اعدام شدند.')).toContain('1988-massacre');
  });
});

describe('names of places where the group lives count once for the camps', () => {
  it('leaves a court that sat in a city of Albania alone', () => {
    const text = 'جلسات دادگاه این هفته از شهر دورس (Durres) در آلبانی پخش شد و وکیل یکی از مجاهدین سخن گفت.';
    expect(slugs(text)).not.toContain('mek-camps');
  });
  it('leaves a passing line that the group ended up in Ashraf and then Albania alone', () => {
    expect(slugs('سرانجام مجاهدین خلق آواره اشرف و آلبانی شدند.')).not.toContain('mek-camps');
  });
  it('still links a place with what is there: the residents of the camp in Albania', () => {
    expect(slugs('ساکنان اردوگاه مجاهدین در آلبانی از ورود خبرنگاران جلوگیری کردند.')).toContain('mek-camps');
  });
});

describe('the 1988 incursion', () => {
  it('links its short name, the Forough operation, in a defector’s memoir', () => {
    expect(slugs('پس از عملیات فروغ، رجوی شکست را به گردن اعضای سازمان انداخت.')).toContain('operation-mersad');
  });
  it('links the group’s entry into the country after the ceasefire resolution', () => {
    const text = 'چند روز پس از پذیرش قطعنامه، ورود منافقین به خاک کشور از سمت مرز غربی آغاز شد.';
    expect(slugs(text)).toContain('operation-mersad');
  });
  it('leaves another operation of the same Solar year, in early spring, alone', () => {
    const text = 'در فروردین ۱۳۶۷ ارتش آزادیبخش در جنوب به یک لشکر ارتش ایران حمله کرد و این عملیات را آفتاب نامید.';
    expect(slugs(text)).not.toContain('operation-mersad');
  });
  it('leaves a woman called Forough alone', () => {
    expect(slugs('فروغ از اعضای قدیمی مجاهدین بود و در پاریس زندگی می‌کرد.')).not.toContain('operation-mersad');
  });
});

describe('the freeze of the group’s assets as a listed organisation', () => {
  it('links a European court ruling on the freeze of the group’s assets', () => {
    expect(slugs('دادگاه اروپایی علیه تصمیم اتحادیه اروپا در مسدود کردن اموال سازمان مجاهدین خلق رای داد.', '2008-12-04')).toContain('us-delisting-2012');
  });
  it('links a plan to keep the group on the terrorist list', () => {
    expect(slugs('اتحادیه اروپا در نظر دارد مجاهدین خلق را همچنان در فهرست سازمان‌های تروریستی باقی بگذارد.', '2008-10-23')).toContain('us-delisting-2012');
  });
  it('leaves a freeze of other people’s assets alone', () => {
    expect(slugs('دولت آمریکا با مسدود کردن اموال چند مقام ایرانی موافقت کرد.', '2019-05-01')).not.toContain('us-delisting-2012');
  });
});
