-- The web as a source (issue 13): fetched responses kept whole, URL lists imported one URL per
-- job, feed subscriptions with their polls and the items they have listed.

-- CreateTable
CREATE TABLE "web_fetches" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "final_url" TEXT,
    "canonical_url" TEXT,
    "status" INTEGER,
    "content_type" TEXT,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "body" BYTEA,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "redirects" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "archive_url" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "error" TEXT,
    "fields" JSONB,
    "article_id" INTEGER,

    CONSTRAINT "web_fetches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "url_imports" (
    "id" SERIAL NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "publisher" TEXT,
    "via" TEXT,
    "feed_id" INTEGER,
    "import_batch_id" INTEGER,

    CONSTRAINT "url_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "url_import_items" (
    "id" SERIAL NOT NULL,
    "url_import_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "hints" JSONB NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'queued',
    "reason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "job_id" TEXT,
    "article_id" INTEGER,
    "fetch_id" INTEGER,
    "archived_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "url_import_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feeds" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "publisher_id" INTEGER,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT,
    "last_modified" TEXT,
    "last_polled_at" TIMESTAMPTZ(3),
    "next_poll_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feeds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feed_polls" (
    "id" SERIAL NOT NULL,
    "feed_id" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "http_status" INTEGER,
    "item_count" INTEGER NOT NULL DEFAULT 0,
    "new_count" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "url_import_id" INTEGER,

    CONSTRAINT "feed_polls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feed_items" (
    "id" SERIAL NOT NULL,
    "feed_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "url_import_item_id" INTEGER,

    CONSTRAINT "feed_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "web_fetches_url_idx" ON "web_fetches"("url");
CREATE INDEX "web_fetches_canonical_url_idx" ON "web_fetches"("canonical_url");
CREATE INDEX "web_fetches_article_id_idx" ON "web_fetches"("article_id");
CREATE INDEX "url_imports_created_at_idx" ON "url_imports"("created_at");
CREATE INDEX "url_imports_feed_id_idx" ON "url_imports"("feed_id");
CREATE UNIQUE INDEX "url_import_items_url_import_id_position_key" ON "url_import_items"("url_import_id", "position");
CREATE INDEX "url_import_items_status_idx" ON "url_import_items"("status");
CREATE UNIQUE INDEX "feeds_url_key" ON "feeds"("url");
CREATE INDEX "feeds_next_poll_at_idx" ON "feeds"("next_poll_at");
CREATE INDEX "feed_polls_feed_id_started_at_idx" ON "feed_polls"("feed_id", "started_at");
CREATE UNIQUE INDEX "feed_items_feed_id_url_key" ON "feed_items"("feed_id", "url");

-- An article found again under its canonical URL is a duplicate (lib/ingest/web-import.ts).
CREATE INDEX "articles_url_idx" ON "articles"("url");

-- AddForeignKey
ALTER TABLE "web_fetches" ADD CONSTRAINT "web_fetches_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "url_imports" ADD CONSTRAINT "url_imports_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "url_imports" ADD CONSTRAINT "url_imports_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "url_import_items" ADD CONSTRAINT "url_import_items_url_import_id_fkey" FOREIGN KEY ("url_import_id") REFERENCES "url_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feeds" ADD CONSTRAINT "feeds_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "publishers"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "feed_polls" ADD CONSTRAINT "feed_polls_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feed_polls" ADD CONSTRAINT "feed_polls_url_import_id_fkey" FOREIGN KEY ("url_import_id") REFERENCES "url_imports"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_url_import_item_id_fkey" FOREIGN KEY ("url_import_item_id") REFERENCES "url_import_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;
