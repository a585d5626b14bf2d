// Dates read after the eighteenth Persian test set's blind run (its misses read, not blind): a Solar
// day as one path segment (/1403-05-08/), Joomla's item alias made from its creation time in the
// query (id=39554:2013-02-14-10-09-33, not the category's catid=…), and a day, a Persian month name
// and a year joined by hyphens («10-آگوست-2021»). Addresses and lines written for these tests.
import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '@/lib/parse/dates';
import { dateOfLine } from '@/lib/parse/page-head';

describe('days in addresses', () => {
  it('reads a Solar day as one path segment', () => {
    expect(dateFromUrl('https://khabar-nemouneh.ir/1403-05-08/news=1000')).toEqual({ date: '2024-07-29', precision: 'day' });
  });
  it('reads a Joomla item’s creation day from its id, not its category’s', () => {
    expect(dateFromUrl('https://site-nemouneh.com/index.php?option=com_content&view=article&id=123:2013-02-14-10-09-33&catid=21:2010-01-17-21-49-36')).toEqual({ date: '2013-02-14', precision: 'day' });
    expect(dateFromUrl('https://site-nemouneh.com/index.php?option=com_content&view=category&catid=21:2010-01-17-21-49-36').precision).not.toBe('day');
  });
  it('keeps a Gregorian day segment Gregorian', () => {
    expect(dateFromUrl('https://site-nemouneh.com/2020-05-08/item')).toEqual({ date: '2020-05-08', precision: 'day' });
  });
});

describe('a day line joined by hyphens', () => {
  it('reads «10-آگوست-2021»', () => {
    expect(dateOfLine('10-آگوست-2021', { dayFirst: true })).toEqual({ date: '2021-08-10', precision: 'day' });
  });
});
