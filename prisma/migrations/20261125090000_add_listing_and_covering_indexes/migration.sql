-- Indexes chosen from EXPLAIN ANALYZE on the 100k-article benchmark corpus (BENCHMARKS.md).
-- Prisma cannot express INCLUDE columns or NULLS LAST: schema.prisma declares the key columns
-- and says so, as it does for the generated search column.

-- /articles lists newest first with undated articles last (ORDER BY published_at DESC NULLS
-- LAST, id DESC, the default sort, also of the export): read in that order straight off this
-- index and stop after one page, instead of sorting every matching article (115 ms → 1 ms at 100k).
CREATE INDEX "articles_published_at_id_idx" ON "articles"("published_at" DESC NULLS LAST, "id" DESC);

-- Corpus aggregates (the overview's counts by group, year and outlet, the filter choices, event
-- coverage) read these few columns of every article: as an index-only scan they skip the wide
-- heap rows (titles, URLs, file names), about 5× less to read.
DROP INDEX "articles_publisher_id_published_at_idx";
CREATE INDEX "articles_publisher_id_published_at_idx" ON "articles"("publisher_id", "published_at")
    INCLUDE ("id", "word_count", "stance_override", "reprint_of_id");

-- Term counts of a set of articles (an event's, on the event page): one index-only lookup per
-- article instead of a scan of the whole table (termRates: 530 → 250 ms at 100k).
CREATE INDEX "article_terms_article_id_idx" ON "article_terms"("article_id") INCLUDE ("term", "category", "count");
