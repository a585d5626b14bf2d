// English date forms the second English test set's pages print (read after its blind run; not
// blind). Every line is written for the test; the outlets and places are invented or generic.
import { describe, expect, it } from 'vitest';
import { dateOfLine } from '@/lib/parse/page-head';
import { parseText } from '@/lib/parse/text';
import { resolvePublisher } from '@/lib/registry/publishers';

const url = 'https://news.example.com/world/item-1';
const page = (...lines: string[]) => parseText('x.txt', lines.join('\n'), { url })[0]!;
const BODY =
  'Residents of the camp said the new rules on visits had been announced without warning, and a lawyer for several families said they would ask the court to review them before the end of the month.';
const HEADLINE = 'Court weighs new limits on visits to the camp';

describe('labelled English date lines', () => {
  it('reads the day under a "Publish Date", "Published on" or "Updated" label', () => {
    expect(dateOfLine('Publish Date: 3 March 2014 - 09:40')).toEqual({ date: '2014-03-03', precision: 'day' });
    expect(dateOfLine('Published on: June 2, 2017')).toEqual({ date: '2017-06-02', precision: 'day' });
    expect(dateOfLine('Updated 14 October 2021')).toEqual({ date: '2021-10-14', precision: 'day' });
    expect(dateOfLine('Updated daily by our desk')).toEqual({ date: null, precision: 'unknown' });
  });
  it('takes an update only when nothing else dates the page', () => {
    expect(page(HEADLINE, 'Updated 14 October 2021', '', BODY, BODY).publishedAt).toBe('2021-10-14');
    expect(page(HEADLINE, 'Updated 14 October 2021', 'June 2, 2017', '', BODY, BODY).publishedAt).toBe('2017-06-02');
    expect(page(HEADLINE, 'Publish Date: 3 March 2014 - 09:40', '', BODY, BODY).publishedAt).toBe('2014-03-03');
  });
});

describe('an English lead that opens with its dateline', () => {
  it('dates the story by a place and a day before a dash', () => {
    expect(page(HEADLINE, '', `Albania, March 4, 2022—${BODY}`, BODY).publishedAt).toBe('2022-03-04');
    expect(page(HEADLINE, '', `LONDON, UNITED KINGDOM, 9 May 2019 /SomeWire.example/ -- ${BODY}`, BODY).publishedAt).toBe('2019-05-09');
  });
  it('beats an unlabelled day above the headline, the site’s clock, but not a labelled one', () => {
    expect(page('Monday, January 8, 2024', HEADLINE, '', `Albania, March 4, 2022—${BODY}`, BODY).publishedAt).toBe('2022-03-04');
    expect(page('Published: January 8, 2024', HEADLINE, '', `Albania, March 4, 2022—${BODY}`, BODY).publishedAt).toBe('2024-01-08');
  });
  it('names the outlet the dateline credits when the registry knows it', () => {
    const a = page(HEADLINE, '', `News Blaze, July 1, 2015 - ${BODY}`, BODY);
    expect(a.publishedAt).toBe('2015-07-01');
    expect(a.publisherName).toBe(resolvePublisher('News Blaze')!.name);
    const b = page(`A writer, Mehr News, August 3 2018:… ${BODY}`);
    expect(b.publishedAt).toBe('2018-08-03');
    expect(b.publisherName).toBe(resolvePublisher('Mehr News')!.name);
  });
  it('leaves a lead whose day comes later in the sentence, or without a dash after it', () => {
    expect(page(HEADLINE, '', `The families met the minister on March 4, 2022 and asked for a review. ${BODY}`).publishedAt).toBeNull();
    expect(page(HEADLINE, '', `Albania, March 4, 2022 was a cold day for the families who waited outside. ${BODY}`).publishedAt).toBeNull();
  });
});

describe('more English datelines (read after the re-fetched en-test texts ran; not blind)', () => {
  it('reads a release’s day in brackets before its dash', () => {
    expect(page(HEADLINE, '', `(June 3, 2013) – ${BODY}`, BODY).publishedAt).toBe('2013-06-03');
  });
  it('credits the agency of a wire dateline that gives the day before it', () => {
    const a = page(HEADLINE, '', `GENEVA, Mar 2 (Reuters) - ${BODY}`, BODY);
    expect(a.publisherName).toBe(resolvePublisher('Reuters')!.name);
    expect(page(HEADLINE, '', `GENEVA (AP) — ${BODY}`, BODY).publisherName).toBe(resolvePublisher('AP')!.name);
    // A place and a day with no agency in brackets credit nobody: the page's own site stands.
    expect(page(HEADLINE, '', `GENEVA, Mar 2 - ${BODY}`, BODY).publisherName).toBe(page(HEADLINE, '', BODY, BODY).publisherName);
  });
});

describe('an author and a day on one line, and a lone day under the standfirst', () => {
  it('reads "Name / day" as the byline and the date, never as the headline', () => {
    const a = page(HEADLINE, ' Jo Martens / February 5, 2021', '', BODY, BODY);
    expect(a.publishedAt).toBe('2021-02-05');
    expect(a.author).toBe('Jo Martens');
    expect(a.title).toBe(HEADLINE);
  });
  it('reads a line that is only a day and its time among the first lines of the text', () => {
    expect(page(HEADLINE, '', `${BODY}`, 'Mar 11, 2024 - 05:51', BODY).publishedAt).toBe('2024-03-11');
    // A teaser's stamp with words around it is not the page's date.
    expect(page(HEADLINE, '', `${BODY}`, 'Read next: March 11, 2024 rally', BODY).publishedAt).toBeNull();
  });
});
