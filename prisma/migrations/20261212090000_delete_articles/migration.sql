-- Deleting many articles at once (an import removed on /import, or a caller in psql): the
-- referencing rows first, one statement per table, then the articles. A plain
-- `DELETE FROM articles` runs the foreign keys' ON DELETE CASCADE / SET NULL and the BEFORE DELETE
-- trigger once per article, and with them every child table's statement triggers (summaries,
-- render versions) once per article: 25-44 s for 5,000 of a 100k corpus against ~4 s here
-- (BENCHMARKS.md, "Deleting articles"). The summaries stay exact either way; the triggers do it.
-- Copies of a deleted original count on their own afterwards (as ON DELETE SET NULL would make
-- them); a caller that wants a surviving copy to take the cluster over re-points it first.
CREATE FUNCTION stance_lens_delete_articles(ids INT[]) RETURNS INT
    LANGUAGE plpgsql AS $$
DECLARE
    n INT;
BEGIN
    DELETE FROM attributions WHERE article_id = ANY(ids);
    DELETE FROM article_terms WHERE article_id = ANY(ids);
    DELETE FROM article_events WHERE article_id = ANY(ids);
    DELETE FROM claims WHERE article_id = ANY(ids);
    DELETE FROM article_event_overrides WHERE article_id = ANY(ids);
    DELETE FROM article_analysis WHERE article_id = ANY(ids);
    DELETE FROM article_fingerprints WHERE article_id = ANY(ids);
    -- No foreign key: band keys of a deleted article would otherwise stay as candidates.
    DELETE FROM reprint_bands WHERE article_id = ANY(ids);
    DELETE FROM article_quotes WHERE article_id = ANY(ids) OR quoted_id = ANY(ids);
    DELETE FROM article_quote_overrides WHERE article_id = ANY(ids) OR quoted_id = ANY(ids);
    UPDATE web_fetches SET article_id = NULL WHERE article_id = ANY(ids);
    -- No foreign key either: a URL list's row keeps its outcome but no longer links to the article.
    UPDATE url_import_items SET article_id = NULL WHERE article_id = ANY(ids);
    UPDATE articles SET reprint_of_id = NULL, reprint_similarity = NULL WHERE reprint_of_id = ANY(ids);
    DELETE FROM articles WHERE id = ANY(ids);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

-- Removing an import is a curator's change like any other, recorded in the trail.
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_entity_type_known";
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_type_known"
    CHECK ("entity_type" IN ('publisher', 'article', 'event', 'import'));
