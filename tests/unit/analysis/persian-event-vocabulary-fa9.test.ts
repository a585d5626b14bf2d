// Persian event vocabulary added after the ninth Persian test set's blind run (its misses read,
// not blind): the terror-list cases as Persian names them (a government's list, struck off, the
// list published with the group on it), Ashraf as a place and its residents, attacks on the
// group's people under Maliki, the group's presence in Iraq as a place (not Iraq's army), words
// that say one thing counted once for the 1988 executions, and «مرز» left out of the 1988
// incursion's places (it is also the idiom «مرز و بوم», the homeland). Sentences written for these
// tests, with the false friends each change must leave alone.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';
import eventsData from '@/data/events.json';
import { loadCatalog } from '@/lib/analysis/catalog';

describe('the group taken off, or kept on, a government’s list', () => {
  it('links the group’s name coming off the American list (no word for terror in the sentence)', () => {
    expect(slugs('تهران نگران است که نام سازمان مجاهدین خلق به زودی از لیست آمریکا بیرون بیاید و حذف شود.')).toContain('us-delisting-2012');
  });
  it('links a court saying that keeping the group on the State Department’s list was wrong', () => {
    expect(slugs('قاضی گفت نگه داشتن مجاهدین در فهرست وزارت خارجه بدون دلیل تازه پذیرفتنی نیست.')).toContain('us-delisting-2012');
  });
  it('links the group struck off the British list, with «از» glued to the list as scraped text writes it', () => {
    expect(slugs('اعضای سازمان مجاهدین پس از رأی دادگاه ازفهرست بریتانیا خط خوردند و اموالشان آزاد شد.')).toContain('us-delisting-2012');
  });
  it('links the group struck off a terror list («خط خورد» as the removal verb)', () => {
    expect(slugs('نام مجاهدین خلق سال گذشته از فهرست گروه‌های تروریستی کانادا خط خورد.')).toContain('us-delisting-2012');
  });
  it('leaves a sanctions list alone when the group is not named in the paragraph', () => {
    expect(slugs('وزارت خزانه داری نام سه شرکت کشتیرانی را از فهرست آمریکا حذف کرد.')).not.toContain('us-delisting-2012');
  });
  it('leaves the group’s own list of candidates, removed from a European website, alone', () => {
    expect(slugs('سازمان مجاهدین خلق فهرست نامزدهای خود را از یک سایت اروپایی حذف کرد.')).not.toContain('us-delisting-2012');
  });
});

describe('a terror list published with the group on it', () => {
  it('links a government announcing its list of terrorist organisations with the group on it', () => {
    expect(slugs('دولت ژاپن فهرست سازمان‌های تروریستی را اعلام کرد و سازمان مجاهدین خلق همچنان در آن بود.')).toContain('us-delisting-2012');
  });
  it('leaves the group publishing a list of the regime’s terrorist operations alone', () => {
    expect(slugs('شورای ملی مقاومت فهرست عملیات تروریستی رژیم در اروپا را منتشر کرد.')).not.toContain('us-delisting-2012');
  });
});

describe('Ashraf as a place and its residents', () => {
  it('links families staying in Ashraf, the group named elsewhere in the text', () => {
    const text = 'خانواده‌ها هر سال چند هفته در اشرف می‌ماندند.\n\nمسئولان سازمان مجاهدین از این دیدارها برای عضوگیری استفاده می‌کردند.';
    expect(slugs(text)).toContain('mek-camps');
  });
  it('links the Ashraf base and the residents of Ashraf, «ساکنین» spelt either way', () => {
    expect(slugs('خبرنگاری که به پایگاه اشرف رفته بود از زندگی ساکنین آن نوشت؛ آنجا مقر مجاهدین بود.')).toContain('mek-camps');
  });
  it('links the massacre and the siege of Ashraf', () => {
    expect(slugs('سخنگوی مجاهدین کشتار اشرف را محکوم کرد و گفت محاصره اشرف ادامه دارد.')).toContain('mek-camps');
  });
  it('leaves Ashraf Rabiei, Rajavi’s first wife, alone', () => {
    expect(slugs('مسعود رجوی از اشرف ربیعی پسری داشت؛ اشرف ربیعی در سال ۱۳۶۰ در تهران کشته شد.')).not.toContain('mek-camps');
  });
  it('leaves a village called Ashrafabad alone when the group is not named', () => {
    expect(slugs('در اشرف‌آباد باران شدید راه‌ها را بست و اهالی به مدرسه پناه بردند.')).not.toContain('mek-camps');
  });
});

describe('attacks on the group’s people under Maliki’s government', () => {
  it('links an attack by Maliki’s forces on the group', () => {
    expect(slugs('روزنامه نوشت پس از حمله نیروهای نوری مالکی به مجاهدین، فشار بر دولت عراق بیشتر شد.')).toContain('mek-camps');
  });
  it('leaves Maliki’s words on another attack alone when the group is not named', () => {
    expect(slugs('نوری مالکی حمله به سفارت را محکوم کرد و خواستار آرامش شد.')).not.toContain('mek-camps');
  });
  it('leaves Maliki and the group in one sentence without an attack alone', () => {
    expect(slugs('رجوی در پیامی از نوری مالکی به خاطر سخنانش درباره انتخابات انتقاد کرد.')).not.toContain('mek-camps');
  });
});

describe('the group’s presence in Iraq is presence in the country', () => {
  it('still links the group’s presence in Iraq', () => {
    expect(slugs('سه دهه از حضور سازمان مجاهدین خلق در عراق می‌گذرد.')).toContain('mek-camps');
  });
  it('leaves the group fighting alongside Iraq’s army in the war alone', () => {
    expect(slugs('منافقین در سال‌های جنگ با حضور در کنار ارتش عراق برای آن جاسوسی می‌کردند.')).not.toContain('mek-camps');
  });
});

describe('synonyms count once for the 1988 executions', () => {
  it('leaves a paragraph with two words for a massacre alone («کشتار», «قتل عام»)', () => {
    expect(slugs('نیروهای دولتی ساکنان روستا را قتل عام کردند و خبر این کشتار دیر رسید.', '2015-06-01')).not.toContain('1988-massacre');
  });
  it('leaves a paragraph with two forms of one word for executions alone («اعدام», «اعدام شدند»)', () => {
    expect(slugs('سه مرد در زندان شهر اعدام شدند؛ وکیلشان گفت این اعدام بی‌دادرسی بود.', '2015-06-01')).not.toContain('1988-massacre');
  });
  it('still links a killing word with what places it in 1988 (political prisoners, the fatwa)', () => {
    expect(slugs('صدها زندانی سیاسی پس از فتوای خمینی اعدام شدند.', '2018-08-01')).toContain('1988-massacre');
  });
});

describe('alike lists in the catalog', () => {
  it('rejects an alike cue that is not one of the event’s support cues', () => {
    const data = structuredClone(eventsData) as { events: Array<{ cues: { alike?: string[][] } }> };
    data.events[0]!.cues.alike = [['اعدام', 'a word nowhere in the support list']];
    expect(() => loadCatalog(data)).toThrow(/alike cue/);
  });
});

describe('the 1988 incursion across the border', () => {
  it('links the group’s forces attacking across the western border', () => {
    expect(slugs('نیروهای سازمان مجاهدین از مرزهای غربی به خاک ایران حمله کردند.')).toContain('operation-mersad');
  });
  it('leaves the idiom «مرز و بوم» (the homeland) alone', () => {
    expect(slugs('منافقین با دشمنی که به این مرز و بوم هجوم آورده بود همراهی کردند.')).not.toContain('operation-mersad');
  });
});
