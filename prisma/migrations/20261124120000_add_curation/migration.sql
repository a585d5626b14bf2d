-- Curation (issue 6): corrections made in the app with an audit trail, and browser uploads
-- imported by the background worker.

-- AlterTable
ALTER TABLE "publishers" ADD COLUMN "curated_at" TIMESTAMPTZ(3),
ADD COLUMN "stance_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Existing ratings date from when their row was created, not from this migration.
UPDATE "publishers" SET "stance_changed_at" = "created_at";

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "stance_override" "Stance",
ADD COLUMN "stance_override_reason" TEXT,
ADD COLUMN "reprint_of_id" INTEGER;

-- AlterTable
ALTER TABLE "events" ADD COLUMN "curated_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "article_event_overrides" (
    "article_id" INTEGER NOT NULL,
    "event_id" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_event_overrides_pkey" PRIMARY KEY ("article_id","event_id")
);

-- CreateTable
CREATE TABLE "publisher_redirects" (
    "slug" TEXT NOT NULL,
    "publisher_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "publisher_redirects_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity_type" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "entity_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "uploads" (
    "id" SERIAL NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "job_id" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "import_batch_id" INTEGER,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "uploads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "upload_files" (
    "id" SERIAL NOT NULL,
    "upload_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "parsed" INTEGER NOT NULL DEFAULT 0,
    "new_count" INTEGER NOT NULL DEFAULT 0,
    "duplicate_count" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "upload_files_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "articles_reprint_of_id_idx" ON "articles"("reprint_of_id");

-- CreateIndex
CREATE INDEX "article_event_overrides_event_id_idx" ON "article_event_overrides"("event_id");

-- CreateIndex
CREATE INDEX "publisher_redirects_publisher_id_idx" ON "publisher_redirects"("publisher_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_at_idx" ON "audit_log"("entity_type", "entity_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts"("ip", "at");

-- CreateIndex
CREATE INDEX "login_attempts_username_at_idx" ON "login_attempts"("username", "at");

-- CreateIndex
CREATE INDEX "uploads_created_at_idx" ON "uploads"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "upload_files_upload_id_position_key" ON "upload_files"("upload_id", "position");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_reprint_of_id_fkey" FOREIGN KEY ("reprint_of_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_event_overrides" ADD CONSTRAINT "article_event_overrides_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_event_overrides" ADD CONSTRAINT "article_event_overrides_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publisher_redirects" ADD CONSTRAINT "publisher_redirects_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "publishers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "upload_files" ADD CONSTRAINT "upload_files_upload_id_fkey" FOREIGN KEY ("upload_id") REFERENCES "uploads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What Prisma cannot express (CHECK constraints), as in the first migration:
-- an override says why; an article is not a reprint of itself; the closed vocabularies.
ALTER TABLE "articles" ADD CONSTRAINT "articles_override_needs_reason"
    CHECK ("stance_override" IS NULL OR length(btrim(coalesce("stance_override_reason", ''))) > 0);
ALTER TABLE "articles" ADD CONSTRAINT "articles_reprint_not_self"
    CHECK ("reprint_of_id" IS NULL OR "reprint_of_id" <> "id");
ALTER TABLE "article_event_overrides" ADD CONSTRAINT "article_event_overrides_action_known"
    CHECK ("action" IN ('suppress'));
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_type_known"
    CHECK ("entity_type" IN ('publisher', 'article', 'event'));
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_status_known"
    CHECK ("status" IN ('queued', 'running', 'done', 'failed'));
ALTER TABLE "upload_files" ADD CONSTRAINT "upload_files_status_known"
    CHECK ("status" IN ('queued', 'running', 'imported', 'failed'));
