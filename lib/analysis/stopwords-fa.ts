// Persian stop words from the maintained stopwords-iso list (its "fa" entry), in the analysis
// spelling: folded letters (lib/analysis/persian.ts) and without ZWNJ, as the distinctive-words
// counts and the event similarity see words. Punctuation entries of the list are dropped.
import stopwordsIso from 'stopwords-iso/stopwords-iso.json';
import { foldPersian, ZWNJ } from './persian';

const list = (stopwordsIso as Record<string, string[]>).fa ?? [];

export const STOPWORDS_FA: ReadonlySet<string> = new Set(
  list
    .map((w) => foldPersian(w).split(ZWNJ).join('').trim())
    .filter((w) => /\p{L}/u.test(w)),
);
