-- The event page while an import commits (issue 15): each commit changes the data version, so
-- every view runs the page's SQL, and two of its lists read every row of a large event to keep a
-- few per group (the 1988 massacre at 1M articles: headlines over 67,000 links, 0.6–0.9 s; who is
-- quoted over 157,000 summary rows, 1–1.5 s). Both now read only the rows that can rank
-- (lib/queries/event-headlines.ts, lib/queries/event-sources.ts), in index order:
--
-- 1. Links by (event, role, score), with the article: the headlines' bound and the links above it
--    as index-only ranges. It replaces (event_id, role), whose every query it serves with the same
--    prefix, so a link insert still writes one entry for it; the entries deduplicate less (38 MB
--    instead of 7 MB at 1M articles), and 1,000 links took 17 ms to insert instead of 12.
CREATE INDEX "article_events_event_id_role_score_article_id_idx" ON "article_events"("event_id", "role", "score", "article_id");
DROP INDEX "article_events_event_id_role_idx";

-- 2. Source summary rows by (event, group, mentions): a group's largest rows, and those above the
--    pruning bound. Its cost: a summary row's mentions change with each import, so those updates
--    are no longer HOT and also write this index and the primary key. On a copy of the 1M rows,
--    the upsert of an import of 1,000 articles (2,933 source rows) took a median 50–94 ms with it
--    and 43–62 ms without (four alternations on the loaded 2-core machine): about +30 ms of a
--    file's 2–3 s transaction.
CREATE INDEX "summary_event_sources_event_id_stance_mentions_idx" ON "summary_event_sources"("event_id", "stance", "mentions" DESC);
