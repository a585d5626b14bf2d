-- Each automatic event link keeps why it was made: the signals of the event model with their
-- contributions (lib/analysis/events.ts), shown in the article reader beside the evidence.
ALTER TABLE "article_events" ADD COLUMN "signals" JSONB NOT NULL DEFAULT '[]';

-- Where an article's title came from: its title line, the page's metadata, a title field, or the
-- first sentence of the text when the source had no title (the reader says so). NULL for
-- articles imported before this was recorded.
ALTER TABLE "articles" ADD COLUMN "title_source" TEXT;
