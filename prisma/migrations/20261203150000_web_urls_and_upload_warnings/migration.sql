-- Only web URLs are URLs (issue 14): an article's url is an absolute http(s) address or null.
-- The importer and curation refuse anything else (lib/parse/web-url.ts); this constraint keeps
-- every other writer (psql, a future importer) to the same rule. URLs stored before the rule
-- that break it (javascript:, data:, relative paths…) are cleared, each with an audit_log row
-- that keeps the value, so nothing disappears without a trace.
INSERT INTO "audit_log" ("actor", "entity_type", "entity_id", "entity_label", "action", "before", "after", "reason")
SELECT 'migration', 'article', "id", left("title", 300), 'clear-url', jsonb_build_object('url', "url"), jsonb_build_object('url', NULL),
       'only http and https URLs are kept; this one was stored before the rule'
FROM "articles"
WHERE "url" IS NOT NULL AND "url" !~* '^https?://[^/?#]';

UPDATE "articles" SET "url" = NULL WHERE "url" IS NOT NULL AND "url" !~* '^https?://[^/?#]';

ALTER TABLE "articles" ADD CONSTRAINT "articles_url_is_web" CHECK ("url" IS NULL OR "url" ~* '^https?://[^/?#]');

-- What an import left out of a file that went in (a refused URL…), shown with the file's result
-- on /import.
ALTER TABLE "upload_files" ADD COLUMN "warnings" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
