// Event vocabulary changed after the fourteenth and fifteenth Persian test sets' blind runs (their misses
// read, not blind): the Aban 1398 protests named without their year — «حوادث آبان» (the events
// of Aban, the state press), «شهیدان آبان» (the martyrs of Aban, the opposition) and the like.
// Sentences written for these tests, with the false friends the change must leave alone.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';

describe('the Aban protests named without their year', () => {
  it.each([
    'یک نماینده گفت آمار کشته‌شدگان حوادث آبان را باید دولت اعلام کند و نه رسانه‌های خارجی.',
    'خانواده شهیدان آبان در سالگرد قیام بار دیگر خواستار محاکمه آمران کشتار شدند.',
    'روزنامه دولتی نوشت فتنه آبان با برنامه‌ریزی از خارج کشور شکل گرفت.',
    // Added after the fifteenth set: the Mahshahr marshes, and «سراسری» inside the name.
    'هفت ماه پس از کشتار نیزار ماهشهر، استاندار گفت چنین رویدادی رخ نداده است.',
    'خانواده‌ها یاد کشته‌شدگان اعتراضات سراسری آبان را گرامی داشتند.',
  ])('%s', (text) => {
    expect(slugs(text)).toContain('november-2019-protests');
  });
  it('leaves the month in other senses', () => {
    expect(slugs('راهپیمایی ۱۳ آبان امسال با حضور دانش‌آموزان در تهران برگزار شد.')).not.toContain('november-2019-protests');
    expect(slugs('در آبان ماه قرارداد تازه‌ای برای ساخت پل امضا شد.')).not.toContain('november-2019-protests');
  });
});

// Added after the fifteenth Persian test set's blind run (its misses read, not blind): the 2022
// uprising's massacre in Zahedan and its executed protesters, named without the uprising's name.
describe('the 2022 uprising named by its massacre in Zahedan or its executed protesters', () => {
  it.each([
    'دو سال پس از جمعه خونین زاهدان هنوز هیچ مأموری محاکمه نشده است.',
    'سازمان‌های حقوق بشری اعدام مجیدرضا رهنورد را محکوم کردند.',
    'Rights groups said the execution of Mohsen Shekari was meant to frighten other protesters.',
  ])('%s', (text) => {
    expect(slugs(text)).toContain('mahsa-amini-protests-2022');
  });
  it('leaves Zahedan alone', () => {
    expect(slugs('نماز جمعه زاهدان امروز با حضور امام جمعه اهل سنت برگزار شد.')).not.toContain('mahsa-amini-protests-2022');
  });
});
