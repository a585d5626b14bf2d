// A credit changed after the sixth English test set's blind run (its misses read, not blind): a
// carried article's closing credit, its writers and their outlet after a dash, names the outlet
// whose copy the page is (rule 1). Pages written for this test.
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/parse/text';

const page = (signOff: string) =>
  [
    'Exiled group’s stay in a small country turns sour',
    'The host country welcomed several thousand members of the exiled group a decade ago, on the understanding that they would stay out of politics.',
    'Prosecutors now say they are investigating the group’s compound on suspicion of running online campaigns from it, which its spokesmen deny.',
    signOff,
    'Related posts',
    'Another story about the compound – Sample Site',
  ].join('\n\n');

describe('a closing credit of writers and their outlet', () => {
  it('credits the outlet the registry knows, by its name or its site’s', () => {
    expect(parseText('x.txt', page('Jane Roe and John Doe – balkaninsight'), { url: 'https://carrier-sample.org/posts/1' })[0]!.publisherName).toBe('Balkan Insight (BIRN)');
    expect(parseText('x.txt', page('Jane Roe – Balkan Insight'), { url: 'https://carrier-sample.org/posts/1' })[0]!.publisherName).toBe('Balkan Insight (BIRN)');
  });
  it('leaves a line that is not writers’ names before the dash', () => {
    expect(parseText('x.txt', page('More on this story – balkaninsight'), { url: 'https://carrier-sample.org/posts/1' })[0]!.publisherName).toBe('carrier-sample.org');
  });
});
