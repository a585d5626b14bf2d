// The Assadi trial recounts the 2018 Villepinte plot it tried, as the Nouri trial recounts the 1988
// executions: where the trial is the subject, the plot is at most mentioned (en-test2's four role
// errors, read after its blind run; 21 labelled rows across the sets mention the plot under a trial
// they are about, none is about both). Texts written for the test.
import { describe, expect, it } from 'vitest';
import { matchEvents } from '@/lib/analysis/events';

const roles = (text: string, publishedAt: string) =>
  Object.fromEntries(matchEvents(text, { publishedAt, datePrecision: 'day', titleLength: text.indexOf('\n') }).map((m) => [m.slug, m.role]));

describe('the 2018 plot under the Assadi trial', () => {
  it('is a mention where the Antwerp trial is the subject', () => {
    const text =
      'Antwerp court hears the case of the Iranian diplomat\n\n' +
      'The trial of Assadollah Assadi, the Iranian diplomat accused of supplying the explosives, opened in Antwerp with three co-defendants. Prosecutors told the court that the bomb was meant for the opposition rally at Villepinte near Paris in June 2018, where the couple carrying it were stopped by Belgian police.\n\n' +
      'Assadi did not attend, claiming diplomatic immunity. His lawyers asked the Antwerp court to drop the case; the verdict on the four defendants is expected in the new year.';
    const got = roles(text, '2020-11-28');
    expect(got['assadi-trial-2021']).toBe('about');
    expect(got['villepinte-2018-plot']).toBe('mention');
  });
  it('stays the subject where the text covers the plot itself', () => {
    const text =
      'Bomb plot against opposition rally near Paris foiled\n\n' +
      'Belgian police stopped a couple carrying explosives in their car on Saturday, hours before the opposition rally at Villepinte near Paris. Prosecutors said the bomb plot targeted the gathering of the Iranian opposition, where thousands were expected.\n\n' +
      'An Iranian diplomat based in Vienna was arrested in Germany in connection with the foiled plot, the prosecutors added.';
    expect(roles(text, '2018-07-02')['villepinte-2018-plot']).toBe('about');
  });
});
