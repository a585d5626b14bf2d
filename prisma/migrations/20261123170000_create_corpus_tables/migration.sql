-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('advocacy', 'critical', 'mainstream', 'unrated');

-- CreateEnum
CREATE TYPE "PublisherKind" AS ENUM ('news_outlet', 'human_rights_ngo', 'state_media', 'advocacy_org', 'blog_aggregator', 'other');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year', 'unknown');

-- CreateTable
CREATE TABLE "publishers" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "PublisherKind" NOT NULL DEFAULT 'other',
    "stance" "Stance" NOT NULL DEFAULT 'unrated',
    "stance_rationale" TEXT,
    "country" TEXT,
    "in_registry" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "publishers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_batches" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "files" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "new_count" INTEGER NOT NULL DEFAULT 0,
    "duplicate_count" INTEGER NOT NULL DEFAULT 0,
    "failed_count" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "publisher_id" INTEGER NOT NULL,
    "via_id" INTEGER,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "published_at" DATE,
    "date_precision" "DatePrecision" NOT NULL DEFAULT 'unknown',
    "url" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "body" TEXT NOT NULL,
    "word_count" INTEGER NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "source_file" TEXT NOT NULL,
    "source_index" INTEGER NOT NULL,
    "import_batch_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- Full-text search over title (weight A) and body (weight B). Prisma cannot express a generated
-- column, so the schema declares it as Unsupported("tsvector") and this SQL defines it. English
-- stemming for English text; the language-neutral 'simple' configuration for everything else
-- (Persian and other languages are coming).
ALTER TABLE "articles" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN "language" = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce("title", '')), 'A') ||
    setweight(to_tsvector(CASE WHEN "language" = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce("body", '')), 'B')
) STORED;

-- A rated publisher must say why (Prisma cannot express CHECK constraints).
ALTER TABLE "publishers" ADD CONSTRAINT "publishers_rated_needs_rationale"
    CHECK ("stance" = 'unrated' OR length(btrim(coalesce("stance_rationale", ''))) > 0);

-- A date's precision says how much of it is known; no precision without a date and vice versa.
ALTER TABLE "articles" ADD CONSTRAINT "articles_date_precision_consistent"
    CHECK (("published_at" IS NULL) = ("date_precision" = 'unknown'));

-- CreateIndex
CREATE UNIQUE INDEX "publishers_slug_key" ON "publishers"("slug");

-- CreateIndex
CREATE INDEX "publishers_stance_idx" ON "publishers"("stance");

-- CreateIndex
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_publisher_id_published_at_idx" ON "articles"("publisher_id", "published_at");

-- CreateIndex
CREATE INDEX "articles_via_id_idx" ON "articles"("via_id");

-- CreateIndex
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateIndex
CREATE INDEX "articles_search_idx" ON "articles" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "publishers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_via_id_fkey" FOREIGN KEY ("via_id") REFERENCES "publishers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
