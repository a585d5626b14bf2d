-- Summary tables the views read instead of aggregating every article (issue 15), kept exact by
-- statement-level triggers in the writing transaction: whatever writes articles, publishers,
-- article_events, article_terms or attributions (the importer, `npm run analyze`, every curation
-- action, a psql session, the benchmark's COPY loader) updates the summaries in the same
-- transaction. docs/summaries.md explains the rules; tests/integration/summaries.test.ts checks
-- after random sequences of writes that every summary equals its recomputation
-- (stance_lens_summary_check()).
--
-- The counting rules are the views' own (lib/queries/counting-rules.ts): an article's group is
-- coalesce(a.stance_override, p.stance); a reprint (reprint_of_id set) is counted once, as its
-- original: it appears only in summary_articles, with counted = false. year 0: undated.

CREATE TABLE "summary_articles" (
    "publisher_id" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,
    "language" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "counted" BOOLEAN NOT NULL,
    "articles" INTEGER NOT NULL,
    "words" BIGINT NOT NULL,
    CONSTRAINT "summary_articles_pkey" PRIMARY KEY ("publisher_id", "stance", "language", "year", "counted")
);

-- Links of counted articles per event, outlet, group, language and year; first and last day of
-- publication among them.
CREATE TABLE "summary_events" (
    "event_id" INTEGER NOT NULL,
    "publisher_id" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,
    "language" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "about" INTEGER NOT NULL,
    "words" BIGINT NOT NULL,
    "first_day" DATE,
    "last_day" DATE,
    CONSTRAINT "summary_events_pkey" PRIMARY KEY ("event_id", "publisher_id", "stance", "language", "year")
);

-- Loaded terms of counted articles, corpus-wide per group, language and year.
CREATE TABLE "summary_terms" (
    "stance" "Stance" NOT NULL,
    "language" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "count" BIGINT NOT NULL,
    "articles" INTEGER NOT NULL,
    CONSTRAINT "summary_terms_pkey" PRIMARY KEY ("stance", "language", "year", "term", "category")
);

-- Loaded terms of counted articles per linked event, group and language.
CREATE TABLE "summary_event_terms" (
    "event_id" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,
    "language" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "count" BIGINT NOT NULL,
    "articles" INTEGER NOT NULL,
    CONSTRAINT "summary_event_terms_pkey" PRIMARY KEY ("event_id", "stance", "language", "term", "category")
);

-- Who is quoted or cited in counted articles per linked event, group and language: mentions,
-- articles (distinct), and the first attribution by id (the views' example sentence).
CREATE TABLE "summary_event_sources" (
    "event_id" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,
    "language" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "mentions" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "first_id" INTEGER,
    CONSTRAINT "summary_event_sources_pkey" PRIMARY KEY ("event_id", "stance", "language", "entity")
);

-- The same mentions by entity type (an entity's type is the smallest with mentions).
CREATE TABLE "summary_event_source_types" (
    "event_id" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,
    "language" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "mentions" INTEGER NOT NULL,
    CONSTRAINT "summary_event_source_types_pkey" PRIMARY KEY ("event_id", "stance", "language", "entity", "entity_type")
);

-- Versions of the data, bumped in the writing transaction (so a new version is visible exactly
-- when its data is): 'corpus' by every change the summaries see and by claims, events and
-- publishers; 'event:<id>' by a change to that event, its links, its linked articles' analysis
-- or its claims. The render cache keys pages on them (lib/queries/data-version.ts).
CREATE TABLE "data_versions" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "data_versions_pkey" PRIMARY KEY ("scope")
);

-- What one change adds to (sign 1) or takes from (sign -1) the summaries, one row per cell.
CREATE TYPE stance_lens_article_cell AS (publisher_id INT, stance "Stance", language TEXT, year INT, counted BOOLEAN, words INT, sign INT);
CREATE TYPE stance_lens_event_cell AS (event_id INT, publisher_id INT, stance "Stance", language TEXT, year INT, about BOOLEAN, words INT, day DATE, sign INT);
-- event_id NULL: the corpus-wide term summary (by year); else the event's (years together).
CREATE TYPE stance_lens_term_cell AS (event_id INT, stance "Stance", language TEXT, year INT, term TEXT, category TEXT, count INT, sign INT);
-- mentions: ±1 per attribution row; articles: ±1 when an article starts or stops citing the entity.
CREATE TYPE stance_lens_source_cell AS (event_id INT, stance "Stance", language TEXT, entity TEXT, entity_type TEXT, attribution_id INT, mentions INT, articles INT);
-- An article as the summaries see it.
CREATE TYPE stance_lens_article_row AS (id INT, publisher_id INT, stance "Stance", language TEXT, year INT, counted BOOLEAN, words INT, day DATE);

CREATE FUNCTION stance_lens_year(d DATE) RETURNS INT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce(extract(year FROM d)::int, 0);

-- Summary writers take this lock before reading anything, and keep it until they commit: two
-- writing transactions never compute a change against each other's uncommitted rows (a term
-- inserted while its outlet's group changes is moved by whichever commits second), and summary
-- rows are never locked in two orders (no deadlock between two importers). Readers never wait.
-- Writers must run at READ COMMITTED (each statement after the lock sees what the holder
-- committed); the lock refuses any other level rather than count wrongly.
CREATE FUNCTION stance_lens_summary_lock() RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'stance-lens summaries are maintained at READ COMMITTED; this transaction is %', current_setting('transaction_isolation');
    END IF;
    PERFORM pg_advisory_xact_lock(727274015);
END $$;

CREATE FUNCTION stance_lens_bump(scopes TEXT[]) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO data_versions AS v (scope, version, changed_at)
    SELECT s, 1, now() FROM (SELECT DISTINCT unnest(scopes) AS s) x ORDER BY s
    ON CONFLICT (scope) DO UPDATE SET version = v.version + 1, changed_at = now();
$$;

-- Adds the cells to the summaries: one upsert per table in key order, rows that reach zero
-- removed, the non-additive columns (first and last day, an entity's first attribution)
-- recomputed for the keys that lost the row holding them, then the versions bumped.
CREATE FUNCTION stance_lens_summary_apply(
    arts stance_lens_article_cell[], evs stance_lens_event_cell[], terms stance_lens_term_cell[], srcs stance_lens_source_cell[]
) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    touched INT[];
BEGIN
    IF cardinality(arts) > 0 THEN
        INSERT INTO summary_articles AS s (publisher_id, stance, language, year, counted, articles, words)
        SELECT publisher_id, stance, language, year, counted, sum(sign), sum(sign * words::bigint)
        FROM unnest(arts) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (publisher_id, stance, language, year, counted)
        DO UPDATE SET articles = s.articles + excluded.articles, words = s.words + excluded.words;
        DELETE FROM summary_articles s USING (SELECT DISTINCT publisher_id, stance, language, year, counted FROM unnest(arts)) k
        WHERE s.articles = 0 AND s.publisher_id = k.publisher_id AND s.stance = k.stance AND s.language = k.language
          AND s.year = k.year AND s.counted = k.counted;
    END IF;

    IF cardinality(evs) > 0 THEN
        INSERT INTO summary_events AS s (event_id, publisher_id, stance, language, year, articles, about, words, first_day, last_day)
        SELECT event_id, publisher_id, stance, language, year, sum(sign), coalesce(sum(sign) FILTER (WHERE about), 0),
               sum(sign * words::bigint), min(day) FILTER (WHERE sign > 0), max(day) FILTER (WHERE sign > 0)
        FROM unnest(evs) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (event_id, publisher_id, stance, language, year)
        DO UPDATE SET articles = s.articles + excluded.articles, about = s.about + excluded.about, words = s.words + excluded.words,
                      first_day = least(s.first_day, excluded.first_day), last_day = greatest(s.last_day, excluded.last_day);
        DELETE FROM summary_events s USING (SELECT DISTINCT event_id, publisher_id, stance, language, year FROM unnest(evs)) k
        WHERE s.articles = 0 AND s.event_id = k.event_id AND s.publisher_id = k.publisher_id AND s.stance = k.stance
          AND s.language = k.language AND s.year = k.year;
        -- A key that lost an article on its first or last day: those days again, from the key's
        -- outlet and year (the covering index on articles (publisher_id, published_at)).
        UPDATE summary_events s SET first_day = r.f, last_day = r.l
        FROM (SELECT event_id, publisher_id, stance, language, year, min(day) AS lo, max(day) AS hi
              FROM unnest(evs) WHERE sign < 0 AND day IS NOT NULL GROUP BY 1, 2, 3, 4, 5) k
        CROSS JOIN LATERAL (
            SELECT min(a.published_at) AS f, max(a.published_at) AS l
            FROM articles a JOIN publishers p ON p.id = a.publisher_id
            WHERE a.publisher_id = k.publisher_id AND a.published_at >= make_date(k.year, 1, 1) AND a.published_at < make_date(k.year + 1, 1, 1)
              AND a.language = k.language AND coalesce(a.stance_override, p.stance) = k.stance AND a.reprint_of_id IS NULL
              AND EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id AND ae.event_id = k.event_id)) r
        WHERE k.year > 0 AND s.event_id = k.event_id AND s.publisher_id = k.publisher_id AND s.stance = k.stance
          AND s.language = k.language AND s.year = k.year AND (k.lo <= s.first_day OR k.hi >= s.last_day);
    END IF;

    IF cardinality(terms) > 0 THEN
        INSERT INTO summary_terms AS s (stance, language, year, term, category, count, articles)
        SELECT stance, language, year, term, category, sum(sign * count::bigint), sum(sign)
        FROM unnest(terms) WHERE event_id IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (stance, language, year, term, category)
        DO UPDATE SET count = s.count + excluded.count, articles = s.articles + excluded.articles;
        DELETE FROM summary_terms s USING (SELECT DISTINCT stance, language, year, term, category FROM unnest(terms) WHERE event_id IS NULL) k
        WHERE s.articles = 0 AND s.stance = k.stance AND s.language = k.language AND s.year = k.year AND s.term = k.term AND s.category = k.category;

        INSERT INTO summary_event_terms AS s (event_id, stance, language, term, category, count, articles)
        SELECT event_id, stance, language, term, category, sum(sign * count::bigint), sum(sign)
        FROM unnest(terms) WHERE event_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (event_id, stance, language, term, category)
        DO UPDATE SET count = s.count + excluded.count, articles = s.articles + excluded.articles;
        DELETE FROM summary_event_terms s USING (SELECT DISTINCT event_id, stance, language, term, category FROM unnest(terms) WHERE event_id IS NOT NULL) k
        WHERE s.articles = 0 AND s.event_id = k.event_id AND s.stance = k.stance AND s.language = k.language AND s.term = k.term AND s.category = k.category;
    END IF;

    IF cardinality(srcs) > 0 THEN
        INSERT INTO summary_event_sources AS s (event_id, stance, language, entity, mentions, articles, first_id)
        SELECT event_id, stance, language, entity, sum(mentions), sum(articles), min(attribution_id) FILTER (WHERE mentions > 0)
        FROM unnest(srcs) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (event_id, stance, language, entity)
        DO UPDATE SET mentions = s.mentions + excluded.mentions, articles = s.articles + excluded.articles,
                      first_id = least(s.first_id, excluded.first_id);
        DELETE FROM summary_event_sources s USING (SELECT DISTINCT event_id, stance, language, entity FROM unnest(srcs)) k
        WHERE s.mentions = 0 AND s.event_id = k.event_id AND s.stance = k.stance AND s.language = k.language AND s.entity = k.entity;
        UPDATE summary_event_sources s SET first_id = r.f
        FROM (SELECT event_id, stance, language, entity, min(attribution_id) AS lo
              FROM unnest(srcs) WHERE mentions < 0 GROUP BY 1, 2, 3, 4) k
        CROSS JOIN LATERAL (
            SELECT min(q.id) AS f
            FROM attributions q JOIN articles a ON a.id = q.article_id JOIN publishers p ON p.id = a.publisher_id
            WHERE q.entity = k.entity AND a.language = k.language AND coalesce(a.stance_override, p.stance) = k.stance
              AND a.reprint_of_id IS NULL
              AND EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id AND ae.event_id = k.event_id)) r
        WHERE s.event_id = k.event_id AND s.stance = k.stance AND s.language = k.language AND s.entity = k.entity AND k.lo <= s.first_id;

        INSERT INTO summary_event_source_types AS s (event_id, stance, language, entity, entity_type, mentions)
        SELECT event_id, stance, language, entity, entity_type, sum(mentions)
        FROM unnest(srcs) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (event_id, stance, language, entity, entity_type) DO UPDATE SET mentions = s.mentions + excluded.mentions;
        DELETE FROM summary_event_source_types s USING (SELECT DISTINCT event_id, stance, language, entity, entity_type FROM unnest(srcs)) k
        WHERE s.mentions = 0 AND s.event_id = k.event_id AND s.stance = k.stance AND s.language = k.language AND s.entity = k.entity
          AND s.entity_type = k.entity_type;
    END IF;

    SELECT array_agg(DISTINCT e) INTO touched FROM (
        SELECT event_id AS e FROM unnest(evs) UNION SELECT event_id FROM unnest(terms) WHERE event_id IS NOT NULL
        UNION SELECT event_id FROM unnest(srcs)) x;
    IF cardinality(arts) > 0 OR touched IS NOT NULL THEN
        PERFORM stance_lens_bump(ARRAY['corpus'] || coalesce((SELECT array_agg('event:' || e) FROM unnest(touched) e), '{}'));
    END IF;
END $$;


-- Changed rows of the analysis tables, with the sign of the change (-1: as they were; 1: as they are).
CREATE TYPE stance_lens_link_row AS (article_id INT, event_id INT, role TEXT, sign INT);
CREATE TYPE stance_lens_term_row AS (article_id INT, term TEXT, category TEXT, count INT, sign INT);
CREATE TYPE stance_lens_attribution_row AS (id INT, article_id INT, entity TEXT, entity_type TEXT, sign INT);

-- Articles as the summaries see them, with their outlet's group now.
CREATE FUNCTION stance_lens_article_rows(ids INT[]) RETURNS stance_lens_article_row[]
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(ROW(a.id, a.publisher_id, coalesce(a.stance_override, p.stance), a.language,
                                  stance_lens_year(a.published_at), a.reprint_of_id IS NULL, a.word_count, a.published_at)::stance_lens_article_row), '{}')
    FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE a.id = ANY(ids);
$$;

-- Everything a set of articles contributes (each as it was or is now, times sign), with their
-- current links, terms and attributions.
CREATE FUNCTION stance_lens_summary_articles(rows stance_lens_article_row[], sign INT) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(cardinality(rows), 0) = 0 THEN RETURN; END IF;
    PERFORM stance_lens_summary_apply(
        (SELECT coalesce(array_agg(ROW(r.publisher_id, r.stance, r.language, r.year, r.counted, r.words, sign)::stance_lens_article_cell), '{}')
         FROM unnest(rows) r),
        (SELECT coalesce(array_agg(ROW(ae.event_id, r.publisher_id, r.stance, r.language, r.year, ae.role = 'about', r.words, r.day, sign)::stance_lens_event_cell), '{}')
         FROM unnest(rows) r JOIN article_events ae ON ae.article_id = r.id WHERE r.counted),
        (SELECT coalesce(array_agg(ROW(e.event_id, r.stance, r.language, r.year, t.term, t.category, t.count, sign)::stance_lens_term_cell), '{}')
         FROM unnest(rows) r JOIN article_terms t ON t.article_id = r.id
         CROSS JOIN LATERAL (SELECT NULL::int AS event_id UNION ALL SELECT ae.event_id FROM article_events ae WHERE ae.article_id = r.id) e
         WHERE r.counted),
        (SELECT coalesce(array_agg(ROW(x.event_id, x.stance, x.language, x.entity, x.entity_type, x.id, sign, CASE WHEN x.k = 1 THEN sign ELSE 0 END)::stance_lens_source_cell), '{}')
         FROM (SELECT ae.event_id, r.stance, r.language, q.entity, q.entity_type, q.id,
                      row_number() OVER (PARTITION BY r.id, ae.event_id, q.entity ORDER BY q.id) AS k
               FROM unnest(rows) r JOIN article_events ae ON ae.article_id = r.id JOIN attributions q ON q.article_id = r.id
               WHERE r.counted) x));
END $$;

-- articles ---------------------------------------------------------------------------------

CREATE FUNCTION stance_lens_articles_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stance_lens_summary_lock();
    PERFORM stance_lens_summary_articles(stance_lens_article_rows(ARRAY(SELECT id FROM new_rows)), 1);
    RETURN NULL;
END $$;

-- Their links, terms and attributions went first (stance_lens_articles_deleting), so only the
-- article counts remain to take away.
CREATE FUNCTION stance_lens_articles_deleted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stance_lens_summary_lock();
    PERFORM stance_lens_summary_articles((
        SELECT coalesce(array_agg(ROW(o.id, o.publisher_id, coalesce(o.stance_override, p.stance), o.language,
                                      stance_lens_year(o.published_at), o.reprint_of_id IS NULL, o.word_count, o.published_at)::stance_lens_article_row), '{}')
        FROM old_rows o JOIN publishers p ON p.id = o.publisher_id), -1);
    RETURN NULL;
END $$;

-- Before an article goes, its analysis goes through the triggers below while the article is
-- still there to say which group it counted in (the foreign keys' cascade would run after the
-- article is gone).
CREATE FUNCTION stance_lens_articles_deleting() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM attributions WHERE article_id = OLD.id;
    DELETE FROM article_terms WHERE article_id = OLD.id;
    DELETE FROM article_events WHERE article_id = OLD.id;
    RETURN OLD;
END $$;

-- A change of outlet, override, language, date, words or reprint mark: the rows as they were go
-- out and as they are come in. Other edits (title, author, text, via) change no summary. This is
-- the one path of every reprint mark, a curator's or detection's, set or cleared.
CREATE FUNCTION stance_lens_articles_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed INT[];
BEGIN
    SELECT array_agg(n.id) INTO changed FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o.publisher_id, o.stance_override, o.language, o.published_at, o.word_count, o.reprint_of_id IS NULL)
          IS DISTINCT FROM (n.publisher_id, n.stance_override, n.language, n.published_at, n.word_count, n.reprint_of_id IS NULL);
    IF changed IS NULL THEN RETURN NULL; END IF;
    PERFORM stance_lens_summary_lock();
    PERFORM stance_lens_summary_articles((
        SELECT coalesce(array_agg(ROW(o.id, o.publisher_id, coalesce(o.stance_override, p.stance), o.language,
                                      stance_lens_year(o.published_at), o.reprint_of_id IS NULL, o.word_count, o.published_at)::stance_lens_article_row), '{}')
        FROM old_rows o JOIN publishers p ON p.id = o.publisher_id WHERE o.id = ANY(changed)), -1);
    PERFORM stance_lens_summary_articles(stance_lens_article_rows(changed), 1);
    RETURN NULL;
END $$;

CREATE TRIGGER stance_lens_articles_inserted AFTER INSERT ON articles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_articles_inserted();
CREATE TRIGGER stance_lens_articles_updated AFTER UPDATE ON articles
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_articles_updated();
CREATE TRIGGER stance_lens_articles_deleted AFTER DELETE ON articles
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_articles_deleted();
CREATE TRIGGER stance_lens_articles_deleting BEFORE DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION stance_lens_articles_deleting();

-- publishers: a new group moves every article of the outlet without an override of its own;
-- a new name or slug changes what pages print ---------------------------------------------

CREATE FUNCTION stance_lens_publishers_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    moved INT[];
    renamed BOOLEAN;
BEGIN
    SELECT array_agg(n.id) INTO moved FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.stance IS DISTINCT FROM n.stance;
    SELECT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (o.slug, o.name) IS DISTINCT FROM (n.slug, n.name)) INTO renamed;
    IF moved IS NULL AND NOT renamed THEN RETURN NULL; END IF;
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

CREATE TRIGGER stance_lens_publishers_updated AFTER UPDATE ON publishers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_publishers_updated();

-- article_events: a link's article, times the article's terms and attributions ---------------

CREATE FUNCTION stance_lens_links_apply(links stance_lens_link_row[]) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    arts stance_lens_article_row[];
BEGIN
    IF coalesce(cardinality(links), 0) = 0 THEN RETURN; END IF;
    arts := stance_lens_article_rows(ARRAY(SELECT DISTINCT article_id FROM unnest(links)));
    PERFORM stance_lens_summary_apply(
        '{}',
        (SELECT coalesce(array_agg(ROW(l.event_id, r.publisher_id, r.stance, r.language, r.year, l.role = 'about', r.words, r.day, l.sign)::stance_lens_event_cell), '{}')
         FROM unnest(links) l JOIN unnest(arts) r ON r.id = l.article_id WHERE r.counted),
        (SELECT coalesce(array_agg(ROW(l.event_id, r.stance, r.language, r.year, t.term, t.category, t.count, l.sign)::stance_lens_term_cell), '{}')
         FROM unnest(links) l JOIN unnest(arts) r ON r.id = l.article_id JOIN article_terms t ON t.article_id = l.article_id WHERE r.counted),
        (SELECT coalesce(array_agg(ROW(x.event_id, x.stance, x.language, x.entity, x.entity_type, x.id, x.sign, CASE WHEN x.k = 1 THEN x.sign ELSE 0 END)::stance_lens_source_cell), '{}')
         FROM (SELECT l.event_id, r.stance, r.language, q.entity, q.entity_type, q.id, l.sign,
                      row_number() OVER (PARTITION BY l.article_id, l.event_id, l.sign, q.entity ORDER BY q.id) AS k
               FROM unnest(links) l JOIN unnest(arts) r ON r.id = l.article_id JOIN attributions q ON q.article_id = l.article_id
               WHERE r.counted) x));
END $$;

CREATE FUNCTION stance_lens_links_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    links stance_lens_link_row[] := '{}';
BEGIN
    PERFORM stance_lens_summary_lock();
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        links := links || ARRAY(SELECT ROW(article_id, event_id, role, -1)::stance_lens_link_row FROM old_rows);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        links := links || ARRAY(SELECT ROW(article_id, event_id, role, 1)::stance_lens_link_row FROM new_rows);
    END IF;
    PERFORM stance_lens_links_apply(links);
    RETURN NULL;
END $$;

CREATE TRIGGER stance_lens_links_inserted AFTER INSERT ON article_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_links_changed();
CREATE TRIGGER stance_lens_links_updated AFTER UPDATE ON article_events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_links_changed();
CREATE TRIGGER stance_lens_links_deleted AFTER DELETE ON article_events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_links_changed();

-- article_terms: corpus-wide, and once per event the article is linked to -------------------

CREATE FUNCTION stance_lens_terms_apply(changed stance_lens_term_row[]) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    arts stance_lens_article_row[];
BEGIN
    IF coalesce(cardinality(changed), 0) = 0 THEN RETURN; END IF;
    arts := stance_lens_article_rows(ARRAY(SELECT DISTINCT article_id FROM unnest(changed)));
    PERFORM stance_lens_summary_apply('{}', '{}', (
        SELECT coalesce(array_agg(ROW(e.event_id, r.stance, r.language, r.year, c.term, c.category, c.count, c.sign)::stance_lens_term_cell), '{}')
        FROM unnest(changed) c JOIN unnest(arts) r ON r.id = c.article_id
        CROSS JOIN LATERAL (SELECT NULL::int AS event_id UNION ALL SELECT ae.event_id FROM article_events ae WHERE ae.article_id = c.article_id) e
        WHERE r.counted), '{}');
END $$;

CREATE FUNCTION stance_lens_terms_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed stance_lens_term_row[] := '{}';
BEGIN
    PERFORM stance_lens_summary_lock();
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        changed := changed || ARRAY(SELECT ROW(article_id, term, category, count, -1)::stance_lens_term_row FROM old_rows);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        changed := changed || ARRAY(SELECT ROW(article_id, term, category, count, 1)::stance_lens_term_row FROM new_rows);
    END IF;
    PERFORM stance_lens_terms_apply(changed);
    RETURN NULL;
END $$;

CREATE TRIGGER stance_lens_terms_inserted AFTER INSERT ON article_terms
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_terms_changed();
CREATE TRIGGER stance_lens_terms_updated AFTER UPDATE ON article_terms
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_terms_changed();
CREATE TRIGGER stance_lens_terms_deleted AFTER DELETE ON article_terms
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_terms_changed();

-- attributions: once per event the article is linked to; an article counts for an entity while
-- it has at least one attribution to it -----------------------------------------------------

CREATE FUNCTION stance_lens_attributions_apply(changed stance_lens_attribution_row[]) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    arts stance_lens_article_row[];
BEGIN
    IF coalesce(cardinality(changed), 0) = 0 THEN RETURN; END IF;
    arts := stance_lens_article_rows(ARRAY(SELECT DISTINCT article_id FROM unnest(changed)));
    PERFORM stance_lens_summary_apply('{}', '{}', '{}', (
        WITH c AS (SELECT * FROM unnest(changed)),
        pairs AS (
            -- Whether the article cited the entity before the statement, and whether it does now.
            SELECT c.article_id, c.entity, (n.now > 0)::int - ((n.now - sum(c.sign)) > 0)::int AS articles
            FROM c CROSS JOIN LATERAL (SELECT count(*) AS now FROM attributions q WHERE q.article_id = c.article_id AND q.entity = c.entity) n
            GROUP BY c.article_id, c.entity, n.now
        ),
        numbered AS (SELECT c.*, row_number() OVER (PARTITION BY c.article_id, c.entity ORDER BY c.id, c.sign) AS k FROM c)
        SELECT coalesce(array_agg(ROW(ae.event_id, r.stance, r.language, x.entity, x.entity_type, x.id, x.sign,
                    CASE WHEN x.k = 1 THEN p.articles ELSE 0 END)::stance_lens_source_cell), '{}')
        FROM numbered x JOIN unnest(arts) r ON r.id = x.article_id JOIN pairs p ON p.article_id = x.article_id AND p.entity = x.entity
        JOIN article_events ae ON ae.article_id = x.article_id
        WHERE r.counted));
END $$;

CREATE FUNCTION stance_lens_attributions_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed stance_lens_attribution_row[] := '{}';
BEGIN
    PERFORM stance_lens_summary_lock();
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        changed := changed || ARRAY(SELECT ROW(id, article_id, entity, entity_type, -1)::stance_lens_attribution_row FROM old_rows);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        changed := changed || ARRAY(SELECT ROW(id, article_id, entity, entity_type, 1)::stance_lens_attribution_row FROM new_rows);
    END IF;
    PERFORM stance_lens_attributions_apply(changed);
    RETURN NULL;
END $$;

CREATE TRIGGER stance_lens_attributions_inserted AFTER INSERT ON attributions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_attributions_changed();
CREATE TRIGGER stance_lens_attributions_updated AFTER UPDATE ON attributions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_attributions_changed();
CREATE TRIGGER stance_lens_attributions_deleted AFTER DELETE ON attributions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_attributions_changed();

-- claims and events change pages, not summaries: their versions only ------------------------

CREATE FUNCTION stance_lens_versions_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    ids INT[] := '{}';
    col TEXT := CASE WHEN TG_TABLE_NAME = 'events' THEN 'id' ELSE 'event_id' END;
BEGIN
    PERFORM stance_lens_summary_lock();
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows WHERE %I IS NOT NULL', col, col) INTO ids;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        EXECUTE format('SELECT coalesce($1, ''{}'') || coalesce(array_agg(DISTINCT %I), ''{}'') FROM new_rows WHERE %I IS NOT NULL', col, col) INTO ids USING ids;
    END IF;
    PERFORM stance_lens_bump(ARRAY['corpus'] || coalesce((SELECT array_agg('event:' || e) FROM unnest(ids) e), '{}'));
    RETURN NULL;
END $$;

CREATE TRIGGER stance_lens_claims_inserted AFTER INSERT ON claims
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_versions_changed();
CREATE TRIGGER stance_lens_claims_updated AFTER UPDATE ON claims
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_versions_changed();
CREATE TRIGGER stance_lens_claims_deleted AFTER DELETE ON claims
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_versions_changed();
CREATE TRIGGER stance_lens_events_inserted AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_versions_changed();
CREATE TRIGGER stance_lens_events_updated AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_versions_changed();
CREATE TRIGGER stance_lens_events_deleted AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stance_lens_versions_changed();

-- What each summary must hold: its definition over the base tables. stance_lens_summary_check()
-- compares (the property test), stance_lens_summary_rebuild() refills from them (this migration,
-- and a bulk load that ran with the triggers off).

CREATE VIEW summary_articles_expected AS
    SELECT a.publisher_id, coalesce(a.stance_override, p.stance) AS stance, a.language, stance_lens_year(a.published_at) AS year,
           a.reprint_of_id IS NULL AS counted, count(*)::int AS articles, sum(a.word_count)::bigint AS words
    FROM articles a JOIN publishers p ON p.id = a.publisher_id
    GROUP BY 1, 2, 3, 4, 5;

CREATE VIEW summary_events_expected AS
    SELECT ae.event_id, a.publisher_id, coalesce(a.stance_override, p.stance) AS stance, a.language, stance_lens_year(a.published_at) AS year,
           count(*)::int AS articles, (count(*) FILTER (WHERE ae.role = 'about'))::int AS about, sum(a.word_count)::bigint AS words,
           min(a.published_at) AS first_day, max(a.published_at) AS last_day
    FROM article_events ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
    WHERE a.reprint_of_id IS NULL
    GROUP BY 1, 2, 3, 4, 5;

CREATE VIEW summary_terms_expected AS
    SELECT coalesce(a.stance_override, p.stance) AS stance, a.language, stance_lens_year(a.published_at) AS year, t.term, t.category,
           sum(t.count)::bigint AS count, count(*)::int AS articles
    FROM article_terms t JOIN articles a ON a.id = t.article_id JOIN publishers p ON p.id = a.publisher_id
    WHERE a.reprint_of_id IS NULL
    GROUP BY 1, 2, 3, 4, 5;

CREATE VIEW summary_event_terms_expected AS
    SELECT ae.event_id, coalesce(a.stance_override, p.stance) AS stance, a.language, t.term, t.category,
           sum(t.count)::bigint AS count, count(*)::int AS articles
    FROM article_events ae JOIN article_terms t ON t.article_id = ae.article_id
    JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
    WHERE a.reprint_of_id IS NULL
    GROUP BY 1, 2, 3, 4, 5;

CREATE VIEW summary_event_sources_expected AS
    SELECT ae.event_id, coalesce(a.stance_override, p.stance) AS stance, a.language, q.entity,
           count(*)::int AS mentions, count(DISTINCT q.article_id)::int AS articles, min(q.id) AS first_id
    FROM article_events ae JOIN attributions q ON q.article_id = ae.article_id
    JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
    WHERE a.reprint_of_id IS NULL
    GROUP BY 1, 2, 3, 4;

CREATE VIEW summary_event_source_types_expected AS
    SELECT ae.event_id, coalesce(a.stance_override, p.stance) AS stance, a.language, q.entity, q.entity_type, count(*)::int AS mentions
    FROM article_events ae JOIN attributions q ON q.article_id = ae.article_id
    JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
    WHERE a.reprint_of_id IS NULL
    GROUP BY 1, 2, 3, 4, 5;

-- Rows where a summary and its definition differ (none when the summaries are right).
CREATE FUNCTION stance_lens_summary_check() RETURNS TABLE (summary TEXT, stored JSONB, expected JSONB)
    LANGUAGE plpgsql AS $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['summary_articles', 'summary_events', 'summary_terms', 'summary_event_terms', 'summary_event_sources', 'summary_event_source_types'] LOOP
        RETURN QUERY EXECUTE format(
            'SELECT %L, to_jsonb(s), to_jsonb(e) FROM (SELECT * FROM %I EXCEPT SELECT * FROM %I) s FULL JOIN (SELECT * FROM %I EXCEPT SELECT * FROM %I) e ON false',
            t, t, t || '_expected', t || '_expected', t);
    END LOOP;
END $$;

CREATE FUNCTION stance_lens_summary_rebuild() RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    t TEXT;
BEGIN
    PERFORM stance_lens_summary_lock();
    FOREACH t IN ARRAY ARRAY['summary_articles', 'summary_events', 'summary_terms', 'summary_event_terms', 'summary_event_sources', 'summary_event_source_types'] LOOP
        EXECUTE format('DELETE FROM %I', t);
        EXECUTE format('INSERT INTO %I SELECT * FROM %I', t, t || '_expected');
    END LOOP;
    PERFORM stance_lens_bump(ARRAY['corpus'] || coalesce((SELECT array_agg('event:' || id) FROM events), '{}'));
END $$;

SELECT stance_lens_summary_rebuild();
