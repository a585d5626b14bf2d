// English head lines the fifth English test set showed after its blind run (not blind): an
// outlet and its day as a carried copy's credit, the day before its author, and an agency's time
// before the day under a label. Pages written for the test; the carrier's host is made up.
import { describe, expect, it } from 'vitest';
import { dateOfLine } from '@/lib/parse/page-head';
import { parseText } from '@/lib/parse/text';

const LEAD =
  'On a hot afternoon in the summer of that year, a former member of the group met an old friend at its camp north of the capital and asked him whether he wanted to leave.';
const MORE = 'The two men spoke for an hour; the friend said later that he had been afraid to answer in front of the others.';
const page = (head: string, url = 'https://archive-nemouneh.example/item/1') => parseText('x.txt', ['Former members describe life inside the camp', '', head, '', LEAD, '', MORE].join('\n'), { url })[0]!;

describe('head lines that date a page', () => {
  it('"Outlet/day" credits the outlet, with its day', () => {
    expect(page('The Intercept/March 22, 2020')).toMatchObject({ publisherName: 'The Intercept', via: 'archive-nemouneh.example', publishedAt: '2020-03-22', author: null });
  });
  it('"day - Author": the day and its writer', () => {
    expect(page('28/09/2022 -  Jana Kovac')).toMatchObject({ publishedAt: '2022-09-28', author: 'Jana Kovac' });
  });
  it('a single capitalised word before the day is no author', () => {
    expect(page('Analysis / March 22, 2020').author).toBeNull();
  });
  it('an agency’s time before the day under a label', () => {
    expect(dateOfLine('Published: 0354 GMT August 16, 2022')).toEqual({ date: '2022-08-16', precision: 'day' });
  });
});
