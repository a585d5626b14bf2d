// Full-text search over articles.search (built by stance_lens_tsvector in the
// add_language_source_and_persian_search migration). English text is stemmed by Postgres'
// English configuration; Persian and every other language are indexed with 'simple' over the
// folded text, since Postgres has no Persian stemmer. The query goes through the same folding
// (searchText: Arabic letters, digits, vowel marks) and is matched three ways, OR-ed:
//  - English stemming (websearch syntax: "exact phrase", or, -exclude);
//  - plain words;
//  - plain words as prefixes, three letters and longer: Persian inflects by suffix, so اعدام finds
//    اعدام‌ها, اعدامها and اعدامی, and منافق finds منافقین and منافقان.
// A ZWNJ in the query is tried removed (the joined spelling, as scraped text writes it) and as a
// space (the word's parts, as the index also holds them).
import { Prisma } from '@/lib/generated/prisma/client';
import { searchText, ZWNJ } from '@/lib/analysis/persian';

/** The query's folded spellings: ZWNJ removed, and (when it has one) ZWNJ as a space. */
export function searchQueries(q: string): string[] {
  const folded = searchText(q).trim();
  const joined = folded.split(ZWNJ).join('');
  const parts = folded.split(ZWNJ).join(' ');
  return joined === parts ? [joined] : [joined, parts];
}

/** `a.search` matches the query (alias a = articles). */
export function searchCondition(q: string): Prisma.Sql {
  const alternatives = searchQueries(q).map(
    (s) => Prisma.sql`(websearch_to_tsquery('english', ${s}) || websearch_to_tsquery('simple', ${s})
      || to_tsquery('simple', regexp_replace(websearch_to_tsquery('simple', ${s})::text, '''([^'']{3,})''', '''\\1'':*', 'g')))`,
  );
  return Prisma.sql`a.search @@ (${Prisma.join(alternatives, ' || ')})`;
}
