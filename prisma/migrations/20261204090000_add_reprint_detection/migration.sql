-- Reprint detection (issue 18): near-duplicate texts found at import and linked to their
-- original, texts that quote another in full linked to it, and the fingerprints that find them.
-- Additive: new columns on articles, new tables.

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "reprint_similarity" REAL,
ADD COLUMN "reprint_decision" TEXT;

-- A curator's decision, which detection never overrides: 'reprint' (the link was set by hand) or
-- 'own' (not a reprint of anything). Reprint links set before detection existed were all a curator's.
ALTER TABLE "articles" ADD CONSTRAINT "articles_reprint_decision_check" CHECK ("reprint_decision" IN ('reprint', 'own'));
ALTER TABLE "articles" ADD CONSTRAINT "articles_reprint_own_check" CHECK ("reprint_decision" IS DISTINCT FROM 'own' OR "reprint_of_id" IS NULL);
UPDATE "articles" SET "reprint_decision" = 'reprint' WHERE "reprint_of_id" IS NOT NULL;

-- CreateTable
CREATE TABLE "article_fingerprints" (
    "article_id" INTEGER NOT NULL,
    "shingles" INTEGER NOT NULL,
    "signature" BYTEA NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "article_fingerprints_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable: one row per (band key, article). No foreign key on purpose: it is an index of
-- article_fingerprints' bands, read by key only and rebuilt by `npm run analyze`; a foreign key
-- would cost an index probe of articles for each of the ~20 rows an import writes per article.
CREATE TABLE "reprint_bands" (
    "band_key" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,

    CONSTRAINT "reprint_bands_pkey" PRIMARY KEY ("band_key","article_id")
);

-- CreateTable
CREATE TABLE "article_quotes" (
    "article_id" INTEGER NOT NULL,
    "quoted_id" INTEGER NOT NULL,
    "containment" REAL,
    "spans" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[],
    "method" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_quotes_pkey" PRIMARY KEY ("article_id","quoted_id"),
    CONSTRAINT "article_quotes_not_self" CHECK ("article_id" <> "quoted_id"),
    CONSTRAINT "article_quotes_method_check" CHECK ("method" IN ('detected', 'manual'))
);

-- CreateTable
CREATE TABLE "article_quote_overrides" (
    "article_id" INTEGER NOT NULL,
    "quoted_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_quote_overrides_pkey" PRIMARY KEY ("article_id","quoted_id")
);

-- CreateIndex
CREATE INDEX "article_quotes_quoted_id_idx" ON "article_quotes"("quoted_id");

-- CreateIndex
CREATE INDEX "article_quote_overrides_quoted_id_idx" ON "article_quote_overrides"("quoted_id");

-- AddForeignKey
ALTER TABLE "article_fingerprints" ADD CONSTRAINT "article_fingerprints_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_quotes" ADD CONSTRAINT "article_quotes_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_quotes" ADD CONSTRAINT "article_quotes_quoted_id_fkey" FOREIGN KEY ("quoted_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_quote_overrides" ADD CONSTRAINT "article_quote_overrides_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_quote_overrides" ADD CONSTRAINT "article_quote_overrides_quoted_id_fkey" FOREIGN KEY ("quoted_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
