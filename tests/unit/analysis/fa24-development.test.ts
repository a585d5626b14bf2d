// Changes made after the twenty-fourth Persian test set's blind run (events-9; its misses read, not
// blind): a rally in Stockholm is not the Stockholm trial, and arrest plus prosecutor is not the
// Afrasiabi case without its name. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';

describe('Sweden and Stockholm say one thing', () => {
  it.each([
    'امروز هواداران سازمان مجاهدین خلق در چند شهر سوئد، از جمله استکهلم و مالمو، در حمایت از معترضان در ایران تظاهرات کردند.',
    'Supporters of the MEK rallied in several cities in Sweden today, among them Stockholm and Malmö, to back the protesters in Iran.',
  ])('a rally: %s', (text) => {
    expect(slugs(text)).not.toContain('hamid-nouri-trial');
  });
  it.each([
    'دادگاهی در استکهلم سوئد یک مقام سابق زندان را به حبس ابد محکوم کرد؛ شاکیان از اعدام‌های سال ۱۳۶۷ گفته بودند.',
    'A court in Stockholm sentenced a former prison official to life imprisonment over the 1988 executions of MEK prisoners.',
  ])('the trial still: %s', (text) => {
    expect(slugs(text)).toContain('hamid-nouri-trial');
  });
});

describe('the Afrasiabi case needs its name or its law', () => {
  it('not an arrest and a prosecutor of another story', () => {
    expect(slugs('او پس از انقلاب به دادستانی منصوب شد و پیش از آن چند بار بازداشت شده بود؛ منافقین او را ترور کردند.')).not.toContain('afrasiabi-fara-2021');
  });
  it.each([
    'کاوه افراسیابی در نیویورک بازداشت شد و دادستانی او را به فعالیت به عنوان مامور ثبت نشده متهم کرد.',
    'Prosecutors in New York charged Kaveh Afrasiabi with acting as an unregistered agent under FARA.',
  ])('still: %s', (text) => {
    expect(slugs(text)).toContain('afrasiabi-fara-2021');
  });
});

// After the thirteenth English set's blind run (events-9): support cues alone ("political prisoners",
// "executions", "Khomeini") in a text that names only earlier years tell of those years.
describe('support cues in a text about an earlier year', () => {
  it.each([
    'On June 20, 1981, the MEK called a march; Khomeini ordered the crackdown, and thousands of political prisoners were executed in the months after.',
    'در ۳۰ خرداد ۱۳۶۰ مجاهدین به خیابان آمدند و به فرمان خمینی هزاران زندانی سیاسی در ماه‌های بعد اعدام شدند.',
  ])('not the 1988 executions: %s', (text) => {
    expect(slugs(text)).not.toContain('1988-massacre');
  });
  it.each([
    // The same cues with no year, with the event's year, or with a later year (the time of writing).
    'Khomeini ordered that MEK political prisoners who would not recant be executed, and thousands were.',
    'In 1988 Khomeini ordered that MEK political prisoners who would not recant be executed, and thousands were.',
    'In 2020 families recalled how Khomeini ordered that MEK political prisoners who would not recant be executed.',
  ])('still the 1988 executions: %s', (text) => {
    expect(slugs(text)).toContain('1988-massacre');
  });
});
