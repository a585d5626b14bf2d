// On a messenger or social platform the outlet is the channel (lib/registry/channels.ts): two
// channels of one platform are two publishers, never the platform's one. Pages written for these
// tests; the channel names are invented.
import { describe, expect, it } from 'vitest';
import { extractWebPage } from '@/lib/parse/web-page';
import { parseFile } from '@/lib/parse/parse-file';
import { resolveSource } from '@/lib/parse/resolve';
import { channelOf, siteOf } from '@/lib/registry/channels';
import { ruleRatingForHost } from '@/lib/registry/host-rules';
import { articlePage } from '../../helpers/web-fixture';

describe('siteOf', () => {
  it.each([
    ['https://t.me/s/sample_watch/1234', 't.me/sample_watch'],
    ['https://t.me/Sample_Watch/1234?single', 't.me/sample_watch'],
    ['https://telegram.me/sample_watch', 't.me/sample_watch'],
    ['https://eitaa.com/nemouneh313', 'eitaa.com/nemouneh313'],
    ['https://eitaa.ir/nemouneh313/?q=%23tag', 'eitaa.com/nemouneh313'],
    ['https://eitaa.org/s/nemouneh_iran/702?embed=1', 'eitaa.com/nemouneh_iran'],
    ['https://ble.ir/nemouneh_channel/123', 'ble.ir/nemouneh_channel'],
    ['https://x.com/SampleDesk/status/1800000000000000000', 'x.com/sampledesk'],
    ['https://twitter.com/SampleDesk/status/1', 'x.com/sampledesk'],
    ['https://www.youtube.com/@SampleTV/videos', 'youtube.com/@sampletv'],
    ['https://www.youtube.com/channel/UCabcdefgh', 'youtube.com/channel/ucabcdefgh'],
    ['https://www.aparat.com/nemouneh_tv', 'aparat.com/nemouneh_tv'],
    ['https://medium.com/@sample.writer/a-post-1a2b3c', 'medium.com/@sample.writer'],
    ['https://www.facebook.com/SamplePage/posts/123', 'facebook.com/samplepage'],
    // Through an archive, the channel inside it.
    ['https://web.archive.org/web/2023/https://t.me/s/sample_watch/99', 't.me/sample_watch'],
  ])('%s is the channel %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
    expect(channelOf(url)).toBe(site);
  });

  it.each([
    ['a video link, which names no channel', 'https://www.youtube.com/watch?v=abc123'],
    ['a Telegram invite', 'https://t.me/joinchat/AbCdEf'],
    ['an X search', 'https://x.com/search?q=sample'],
    ['a Facebook story link', 'https://www.facebook.com/story.php?story_fbid=1&id=2'],
    ['an Aparat video', 'https://www.aparat.com/v/abc12'],
    ['a platform home page', 'https://t.me/'],
  ])('%s is the platform itself', (_what, url) => {
    expect(channelOf(url)).toBeNull();
    expect(siteOf(url)).toBe(new URL(url).hostname.replace(/^www\./, ''));
  });

  it('leaves other sites at their host', () => {
    expect(siteOf('https://www.nemouneh-news.org/a/b/c')).toBe('nemouneh-news.org');
    expect(siteOf('not a url at all')).toBeNull();
  });
});

describe('an import meeting posts of two channels on one platform', () => {
  const body = [
    'Sample channel post about the Ashraf camp anniversary',
    'The channel wrote that families of former members gathered outside the camp gates for a third year and asked to see their relatives.',
    'Organisers said the meeting would be repeated next month, and that letters had been sent to the camp administration again.',
  ];
  const resolvedFor = (url: string) => {
    const [article] = parseFile('post.txt', Buffer.from(body.join('\n'), 'utf8'), { url });
    return resolveSource(article!.publisherName, article!.via).publisher;
  };

  it('files each channel as its own unrated publisher', () => {
    const a = resolvedFor('https://eitaa.com/nemouneh313/5120');
    const b = resolvedFor('https://eitaa.ir/another_sample/88');
    expect(a.name).toBe('eitaa.com/nemouneh313');
    expect(b.name).toBe('eitaa.com/another_sample');
    expect(a.slug).not.toBe(b.slug);
    // Anyone's channel on an Iranian messenger: the .ir rule does not rate it.
    expect([a.stance, b.stance]).toEqual(['unrated', 'unrated']);
  });

  it('gives no rule rating to Iranian messengers’ hosts themselves', () => {
    for (const host of ['eitaa.ir', 'ble.ir', 'rubika.ir', 'splus.ir']) expect(ruleRatingForHost(host)).toBeNull();
  });

  it('names a fetched channel page by its channel, not by the platform’s site name', () => {
    const url = 'https://t.me/s/sample_watch/1234';
    const page = extractWebPage({
      requestedUrl: url,
      pageUrl: url,
      contentType: 'text/html',
      text: articlePage({ title: 'Sample Watch – Telegram', meta: '<meta property="og:site_name" content="Telegram">', paragraphs: body }),
    });
    expect(page.article?.publisherName).toBe('t.me/sample_watch');
    expect(page.fields.outlet).toMatchObject({ from: 'url', value: 't.me/sample_watch' });
  });
});
