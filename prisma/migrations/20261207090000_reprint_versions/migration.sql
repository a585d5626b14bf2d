-- Reprint detection's tables and the render cache (issue 18 with issue 15): the event page and
-- the reader list 'quotes' links, so a change to article_quotes is a new 'corpus' version like
-- any other table the cached pages read (migration add_render_versions). Every write path that
-- changes a quotes link also re-stores the quoting article's analysis, which bumps already; this
-- makes the version follow the table itself, whoever writes it (psql, a later code path).
-- article_quote_overrides, article_fingerprints and reprint_bands are read by no page.
--
-- No summary reads article_quotes: a quoting article counts as itself (reprint_of_id IS NULL),
-- with its own words, terms and attributions stored in the tables the summary triggers follow.

CREATE TRIGGER stance_lens_article_quotes_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON article_quotes
    FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_corpus_changed();
