-- The registry (data/publishers.json) now records where each outlet's affiliation is documented,
-- the languages it publishes in and reviewers' notes (hard calls); the publisher pages show them.
-- Domains may carry a path ("bbc.com/persian"): they stay in the text[] "domains" column.
ALTER TABLE "publishers" ADD COLUMN "source" TEXT,
ADD COLUMN "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "notes" TEXT;
