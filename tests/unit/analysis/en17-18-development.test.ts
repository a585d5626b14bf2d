// Changes made after the seventeenth and eighteenth English test sets' blind runs (their misses
// read, not blind): the catalog's delisting event "also covers debate over the designation", and
// the Persian cues already had the group's place on the list; English gets the US designation as
// a Foreign Terrorist Organization. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';

describe("the MEK's designation as a Foreign Terrorist Organization", () => {
  it.each([
    'In October 1997 the Secretary of State designated the MEK a Foreign Terrorist Organization, along with some thirty other groups.',
    'The State Department redesignated the Mojahedin-e Khalq as an FTO two years later, and the group went to court over it.',
  ])('is the delisting event: %s', (text) => {
    expect(slugs(text)).toContain('us-delisting-2012');
  });
  it.each([
    // Another country's list, or a list that is not the group's.
    'A court in Luxembourg annulled the decision that kept the PMOI on the EU terrorist list, the council said.',
    'The State Department designated another armed group a Foreign Terrorist Organization on Monday.',
  ])('not: %s', (text) => {
    expect(slugs(text)).not.toContain('us-delisting-2012');
  });
});
