-- Articles by their import (issue 15, "the list's count"). /import's list of the imports in the
-- corpus counted each import's articles by reading every article (2.5 s at 1M), and removing an
-- import found its articles the same way, under the lock that makes the removal wait for edits.
-- With this index both read one import's entries. Its cost falls on every imported article: one
-- entry of an int4 that only grows within a run, so nearly always in the rightmost leaf
-- (BENCHMARKS.md, "Articles by their import").
CREATE INDEX "articles_import_batch_id_idx" ON "articles"("import_batch_id");
