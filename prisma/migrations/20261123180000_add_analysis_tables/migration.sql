-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "period" TEXT NOT NULL DEFAULT '',
    "date_start" DATE,
    "date_end" DATE,
    "description" TEXT NOT NULL,
    "cues" JSONB NOT NULL DEFAULT '{}',
    "origin" TEXT NOT NULL DEFAULT 'catalog',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_events" (
    "article_id" INTEGER NOT NULL,
    "event_id" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "method" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "article_events_pkey" PRIMARY KEY ("article_id","event_id")
);

-- CreateTable
CREATE TABLE "article_terms" (
    "article_id" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "offsets" INTEGER[],

    CONSTRAINT "article_terms_pkey" PRIMARY KEY ("article_id","term")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "event_id" INTEGER,
    "value" DOUBLE PRECISION,
    "value_text" TEXT NOT NULL,
    "vague" BOOLEAN NOT NULL,
    "qualifier" TEXT,
    "kind" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "span_start" INTEGER NOT NULL,
    "span_end" INTEGER NOT NULL,
    "source" TEXT,
    "source_text" TEXT,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attributions" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "span_start" INTEGER NOT NULL,
    "span_end" INTEGER NOT NULL,
    "quoted" BOOLEAN NOT NULL,

    CONSTRAINT "attributions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_analysis" (
    "article_id" INTEGER NOT NULL,
    "stance_score" REAL NOT NULL,
    "stance_leaning" TEXT NOT NULL,
    "suggested_stance" "Stance",
    "inferred" BOOLEAN NOT NULL,
    "divergent" BOOLEAN NOT NULL,
    "fallback_from_via" BOOLEAN NOT NULL,
    "cues" JSONB NOT NULL DEFAULT '[]',
    "lexicon_version" TEXT NOT NULL,
    "events_version" TEXT NOT NULL,
    "method_version" TEXT NOT NULL,
    "analysed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_analysis_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "event_candidates" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "top_terms" TEXT[],
    "article_ids" INTEGER[],
    "cohesion" REAL NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "events_slug_key" ON "events"("slug");

-- CreateIndex
CREATE INDEX "article_events_event_id_role_idx" ON "article_events"("event_id", "role");

-- CreateIndex
CREATE INDEX "article_terms_term_idx" ON "article_terms"("term");

-- CreateIndex
CREATE INDEX "claims_article_id_idx" ON "claims"("article_id");

-- CreateIndex
CREATE INDEX "claims_event_id_kind_idx" ON "claims"("event_id", "kind");

-- CreateIndex
CREATE INDEX "attributions_article_id_idx" ON "attributions"("article_id");

-- CreateIndex
CREATE INDEX "attributions_entity_idx" ON "attributions"("entity");

-- CreateIndex
CREATE INDEX "article_analysis_divergent_idx" ON "article_analysis"("divergent");

-- AddForeignKey
ALTER TABLE "article_events" ADD CONSTRAINT "article_events_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_events" ADD CONSTRAINT "article_events_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_terms" ADD CONSTRAINT "article_terms_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attributions" ADD CONSTRAINT "attributions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_analysis" ADD CONSTRAINT "article_analysis_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
