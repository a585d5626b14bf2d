-- The event page while an import commits (issue 15): each commit changes the data version, so
-- every view runs the page's SQL, and two of its lists read every row of a large event to keep a
-- few per group (the 1988 massacre at 1M articles: headlines over 67,000 links, 0.6–0.9 s; who is
-- quoted over 157,000 summary rows, 1–1.5 s). Both now read only the rows that can rank
-- (lib/queries/event-headlines.ts, lib/queries/event-sources.ts), in index order:
--
-- 1. Links by (event, role, score), with the article: the headlines' bound and the links above it
--    as index-only ranges. It replaces (event_id, role), whose every query it serves with the same
--    prefix, so a link insert still writes one index entry for it: nothing added to the import.
CREATE INDEX "article_events_event_id_role_score_article_id_idx" ON "article_events"("event_id", "role", "score", "article_id");
DROP INDEX "article_events_event_id_role_idx";

-- 2. Source summary rows by (event, group, mentions): a group's largest rows, and those above the
--    pruning bound. Its cost: a summary row's mentions change with each import, so those updates
--    are no longer HOT and also write this index and the primary key (measured on a copy of the
--    1M rows with 2,933 upserts, an import of 1,000 articles: +20–35% on that one statement, about
--    +25 ms of a file's 2–3 s transaction).
CREATE INDEX "summary_event_sources_event_id_stance_mentions_idx" ON "summary_event_sources"("event_id", "stance", "mentions" DESC);
