// A page made of lines written for the parse rule tests, and the prose they put under a head:
// paragraphs long enough to be a lead and not a headline, in Persian and in English. Written for
// these tests; no article's text.
import { parseText } from '@/lib/parse/text';

/** The first article parsed from `lines`, as copied from `url` when one is given. */
export const page = (url: string | undefined, ...lines: string[]) => parseText('x.txt', lines.join('\n'), url ? { url } : {})[0]!;

export const PROSE =
  'نشست سالانه این گروه امسال چند ساعت پس از دیدار یک وزیر با همتای اروپایی خود برگزار شد و چند نماینده پارلمان در آن سخنرانی کردند، در حالی که دولت میزبان می‌گوید با این گروه ارتباطی ندارد.';
export const MORE = 'سخنرانان از دولت‌های غربی خواستند سیاست خود را تغییر دهند و رسانه‌های داخلی این سخنان را بی‌اعتبار خواندند.';
export const EN_PROSE =
  'Several hundred people gathered outside the town hall on Saturday to hear speakers from the exile group, while a smaller crowd across the square held banners that called the group a danger to its own members.';
export const EN_MORE = 'Police said the two events passed without incident, and the organisers said they would return next year with a larger programme of speeches.';
