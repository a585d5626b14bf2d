// Event vocabulary changed after the sixth English test set's blind run (its misses read, not
// blind): the 2018 Villepinte rally named by its own title, "Free Iran 2018" (#FreeIran2018), in
// both languages. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';

describe('the 2018 rally named by its title', () => {
  it.each([
    'Speakers from several parliaments addressed the Free Iran 2018 Grand Gathering outside the French capital.',
    'Supporters at the rally posted photos with the hashtag #FreeIran2018 throughout the day.',
    'سخنرانان در گردهمایی ایران آزاد ۲۰۱۸ از نمایندگان چند پارلمان بودند.',
  ])('%s', (text) => {
    expect(slugs(text)).toContain('villepinte-2018-plot');
  });
  it('leaves the later summits alone', () => {
    expect(slugs('The Free Iran 2020 summit was held online over three days.')).not.toContain('villepinte-2018-plot');
  });
});
