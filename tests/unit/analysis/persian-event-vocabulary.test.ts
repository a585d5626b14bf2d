// Persian event vocabulary added after the eighth Persian test set's blind run (its misses read,
// not blind): the 2022 uprising as NCRI bulletins name it, the group's bombings under the Shah,
// its presence in Iraq and the calls to end it, the November 2019 protests in officials' words.
// Sentences written for these tests, with the false friends each addition must leave alone.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';

describe('the 2022 uprising counted by its days', () => {
  const bulletin = 'در سی‌امین روز قیام سراسری، تظاهرات دانش آموزان و اعتصاب کسبه در چند شهر ادامه داشت و اعتراض‌ها به شب کشید.';
  it('links a bulletin dated inside the uprising', () => {
    expect(slugs(bulletin, '2022-10-15')).toContain('mahsa-amini-protests-2022');
  });
  it('leaves the same words alone in a bulletin of another year', () => {
    expect(slugs(bulletin, '2018-01-05')).not.toContain('mahsa-amini-protests-2022');
  });
});

describe("the group's bombings under the Shah", () => {
  it('links a bomb placed by the organisation in 1351', () => {
    expect(slugs('سازمان مجاهدین خلق در اردیبهشت ۱۳۵۱ در دفتر یک شرکت خارجی در تهران بمب گذاشت.')).toContain('mek-1970s-attacks');
  });
  it('links the explosives its members made for the 2500-year celebrations', () => {
    expect(slugs('اعضای سازمان مجاهدین برای انفجار دکل برق در جشن‌های ۲۵۰۰ ساله مواد منفجره ساختند.')).toContain('mek-1970s-attacks');
  });
  it('leaves a bombing of the 1360s alone', () => {
    expect(slugs('منافقین در تیر ۱۳۶۰ دفتر حزب را با بمب منفجر کردند.')).not.toContain('mek-1970s-attacks');
  });
});

describe('the group in Iraq and the calls to end its presence', () => {
  it("links a government's call to end the group's presence in Iraq", () => {
    expect(slugs('دولت بغداد گفت ادامه حضور سازمان مجاهدین خلق در عراق با قانون اساسی این کشور مغایر است.')).toContain('mek-camps');
  });
  it('links the expulsion of the group from Iraq', () => {
    expect(slugs('نمایندگان پارلمان خواستار اخراج منافقین از خاک عراق شدند.')).toContain('mek-camps');
  });
  it('leaves a passing note that the group was once based in Iraq alone', () => {
    expect(slugs('سازمان مجاهدین خلق در دوره‌ای که در عراق مستقر بود توان سیاسی چندانی نداشت.')).not.toContain('mek-camps');
  });
  it("leaves Iraq's presence elsewhere alone when the group is not named", () => {
    expect(slugs('حضور نیروهای آمریکایی در عراق ادامه دارد و خروج آن‌ها به تعویق افتاد.')).not.toContain('mek-camps');
  });
});

describe('the November 2019 protests in officials’ words', () => {
  const statement = 'وزارت اطلاعات درباره اغتشاشات پس از اجرای طرح مدیریت مصرف سوخت گفت عوامل اصلی شناسایی شده‌اند.';
  it('links a statement dated in the days after the fuel-price rise', () => {
    expect(slugs(statement, '2019-11-18')).toContain('november-2019-protests');
  });
  it('leaves the same statement dated years before alone', () => {
    expect(slugs(statement, '2009-07-01')).not.toContain('november-2019-protests');
  });
});

describe('the debate over the group’s place on a terror list', () => {
  it('links a court case over the group’s designation', () => {
    expect(slugs('وکلای سازمان مجاهدین خلق از شورای اتحادیه اروپا به دلیل نامگذاری این سازمان در لیست تروریستی شکایت کردند.')).toContain('us-delisting-2012');
  });
  it('leaves another body’s designation alone when the group is not named in the paragraph', () => {
    expect(slugs('پارلمان اروپا خواستار قرار دادن سپاه پاسداران در فهرست تروریستی شد.')).not.toContain('us-delisting-2012');
  });
});
