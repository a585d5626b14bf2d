-- The render cache (lib/http/render-cache.ts) keys pages on data_versions' 'corpus' row, so it
-- must move with any change to a table the cached pages read: besides what the summary triggers
-- already bump (articles' counted fields, links, terms, attributions, claims, events, an
-- outlet's group), an article's title, author or via, any publisher change, publishers added or
-- merged away, import batches, the audit log, article analysis, event overrides and candidates.
-- Every bump takes the summary lock first (stance_lens_summary_lock), so version rows are always
-- locked after it and two writers cannot deadlock on them.

CREATE OR REPLACE FUNCTION stance_lens_articles_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed INT[];
BEGIN
    SELECT array_agg(n.id) INTO changed FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o.publisher_id, o.stance_override, o.language, o.published_at, o.word_count, o.reprint_of_id IS NULL)
          IS DISTINCT FROM (n.publisher_id, n.stance_override, n.language, n.published_at, n.word_count, n.reprint_of_id IS NULL);
    PERFORM stance_lens_summary_lock();
    IF changed IS NULL THEN
        -- A title, author or via: pages print them.
        PERFORM stance_lens_bump(ARRAY['corpus']);
        RETURN NULL;
    END IF;
    PERFORM stance_lens_summary_articles((
        SELECT coalesce(array_agg(ROW(o.id, o.publisher_id, coalesce(o.stance_override, p.stance), o.language,
                                      stance_lens_year(o.published_at), o.reprint_of_id IS NULL, o.word_count, o.published_at)::stance_lens_article_row), '{}')
        FROM old_rows o JOIN publishers p ON p.id = o.publisher_id WHERE o.id = ANY(changed)), -1);
    PERFORM stance_lens_summary_articles(stance_lens_article_rows(changed), 1);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stance_lens_publishers_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    moved INT[];
BEGIN
    SELECT array_agg(n.id) INTO moved FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.stance IS DISTINCT FROM n.stance;
    PERFORM stance_lens_summary_lock();
    IF moved IS NOT NULL THEN
        PERFORM stance_lens_summary_articles((
            SELECT coalesce(array_agg(ROW(a.id, a.publisher_id, o.stance, a.language,
                                          stance_lens_year(a.published_at), a.reprint_of_id IS NULL, a.word_count, a.published_at)::stance_lens_article_row), '{}')
            FROM articles a JOIN old_rows o ON o.id = a.publisher_id
            WHERE a.publisher_id = ANY(moved) AND a.stance_override IS NULL), -1);
        PERFORM stance_lens_summary_articles(stance_lens_article_rows(ARRAY(
            SELECT a.id FROM articles a WHERE a.publisher_id = ANY(moved) AND a.stance_override IS NULL)), 1);
    END IF;
    PERFORM stance_lens_bump(ARRAY['corpus']);
    RETURN NULL;
END $$;

-- Tables the cached pages read besides those above: any change is a new version.
CREATE FUNCTION stance_lens_corpus_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stance_lens_summary_lock();
    PERFORM stance_lens_bump(ARRAY['corpus']);
    RETURN NULL;
END $$;

CREATE TRIGGER stance_lens_publishers_added AFTER INSERT OR DELETE OR TRUNCATE ON publishers
    FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_corpus_changed();
CREATE TRIGGER stance_lens_import_batches_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON import_batches
    FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_corpus_changed();
CREATE TRIGGER stance_lens_audit_log_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_corpus_changed();
CREATE TRIGGER stance_lens_article_analysis_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON article_analysis
    FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_corpus_changed();
CREATE TRIGGER stance_lens_event_overrides_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON article_event_overrides
    FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_corpus_changed();
CREATE TRIGGER stance_lens_event_candidates_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_candidates
    FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_corpus_changed();

