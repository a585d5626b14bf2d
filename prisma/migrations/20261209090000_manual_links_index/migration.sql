-- Curators' confirmed links (article_events.method = 'manual') are the event matcher's examples,
-- loaded at the start of every import run and of every re-analysis (lib/ingest/event-examples.ts).
-- Without an index that read is a scan of every link: 0.3 s at 1M articles, paid by each file
-- the upload worker or a benchmark imports on its own, and again whenever an import finds a stored
-- article that quotes a new one. Confirmed links are few; a partial index holds only them.
-- (Prisma's schema cannot state a partial index; it lives here and in schema.prisma's comment.)
CREATE INDEX "article_events_manual_idx" ON "article_events"("event_id", "article_id" DESC) WHERE "method" = 'manual';
