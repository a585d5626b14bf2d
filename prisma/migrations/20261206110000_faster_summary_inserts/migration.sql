-- The summary triggers, cheaper on the importer's path (measured with track_functions on an
-- import of 2,000 synthetic articles: the triggers took 1.7 ms of database time per article on a
-- loaded machine, half of it in these two functions): nothing is looked up for removal when a
-- statement only adds, and whether an article already cited an entity is one grouped pass over
-- the changed articles' attributions instead of a lookup per attribution. Same results
-- (tests/integration/summaries.test.ts).

CREATE OR REPLACE FUNCTION stance_lens_summary_apply(
    arts stance_lens_article_cell[], evs stance_lens_event_cell[], terms stance_lens_term_cell[], srcs stance_lens_source_cell[]
) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    touched INT[];
    -- Rows only reach zero, and a first day or attribution only goes, when something is taken away.
    removing BOOLEAN := EXISTS (SELECT 1 FROM unnest(arts) WHERE sign < 0) OR EXISTS (SELECT 1 FROM unnest(evs) WHERE sign < 0)
                        OR EXISTS (SELECT 1 FROM unnest(terms) WHERE sign < 0) OR EXISTS (SELECT 1 FROM unnest(srcs) WHERE mentions < 0 OR articles < 0);
BEGIN
    IF cardinality(arts) > 0 THEN
        INSERT INTO summary_articles AS s (publisher_id, stance, language, year, counted, articles, words)
        SELECT publisher_id, stance, language, year, counted, sum(sign), sum(sign * words::bigint)
        FROM unnest(arts) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (publisher_id, stance, language, year, counted)
        DO UPDATE SET articles = s.articles + excluded.articles, words = s.words + excluded.words;
        IF removing THEN
            DELETE FROM summary_articles s USING (SELECT DISTINCT publisher_id, stance, language, year, counted FROM unnest(arts)) k
            WHERE s.articles = 0 AND s.publisher_id = k.publisher_id AND s.stance = k.stance AND s.language = k.language
              AND s.year = k.year AND s.counted = k.counted;
        END IF;
    END IF;

    IF cardinality(evs) > 0 THEN
        INSERT INTO summary_events AS s (event_id, publisher_id, stance, language, year, articles, about, words, first_day, last_day)
        SELECT event_id, publisher_id, stance, language, year, sum(sign), coalesce(sum(sign) FILTER (WHERE about), 0),
               sum(sign * words::bigint), min(day) FILTER (WHERE sign > 0), max(day) FILTER (WHERE sign > 0)
        FROM unnest(evs) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (event_id, publisher_id, stance, language, year)
        DO UPDATE SET articles = s.articles + excluded.articles, about = s.about + excluded.about, words = s.words + excluded.words,
                      first_day = least(s.first_day, excluded.first_day), last_day = greatest(s.last_day, excluded.last_day);
        IF removing THEN
            DELETE FROM summary_events s USING (SELECT DISTINCT event_id, publisher_id, stance, language, year FROM unnest(evs)) k
            WHERE s.articles = 0 AND s.event_id = k.event_id AND s.publisher_id = k.publisher_id AND s.stance = k.stance
              AND s.language = k.language AND s.year = k.year;
        END IF;
        IF removing THEN
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
    END IF;

    IF cardinality(terms) > 0 THEN
        INSERT INTO summary_terms AS s (stance, language, year, term, category, count, articles)
        SELECT stance, language, year, term, category, sum(sign * count::bigint), sum(sign)
        FROM unnest(terms) WHERE event_id IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (stance, language, year, term, category)
        DO UPDATE SET count = s.count + excluded.count, articles = s.articles + excluded.articles;
        IF removing THEN
            DELETE FROM summary_terms s USING (SELECT DISTINCT stance, language, year, term, category FROM unnest(terms) WHERE event_id IS NULL) k
            WHERE s.articles = 0 AND s.stance = k.stance AND s.language = k.language AND s.year = k.year AND s.term = k.term AND s.category = k.category;
        END IF;

        INSERT INTO summary_event_terms AS s (event_id, stance, language, term, category, count, articles)
        SELECT event_id, stance, language, term, category, sum(sign * count::bigint), sum(sign)
        FROM unnest(terms) WHERE event_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (event_id, stance, language, term, category)
        DO UPDATE SET count = s.count + excluded.count, articles = s.articles + excluded.articles;
        IF removing THEN
            DELETE FROM summary_event_terms s USING (SELECT DISTINCT event_id, stance, language, term, category FROM unnest(terms) WHERE event_id IS NOT NULL) k
            WHERE s.articles = 0 AND s.event_id = k.event_id AND s.stance = k.stance AND s.language = k.language AND s.term = k.term AND s.category = k.category;
        END IF;
    END IF;

    IF cardinality(srcs) > 0 THEN
        INSERT INTO summary_event_sources AS s (event_id, stance, language, entity, mentions, articles, first_id)
        SELECT event_id, stance, language, entity, sum(mentions), sum(articles), min(attribution_id) FILTER (WHERE mentions > 0)
        FROM unnest(srcs) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (event_id, stance, language, entity)
        DO UPDATE SET mentions = s.mentions + excluded.mentions, articles = s.articles + excluded.articles,
                      first_id = least(s.first_id, excluded.first_id);
        IF removing THEN
            DELETE FROM summary_event_sources s USING (SELECT DISTINCT event_id, stance, language, entity FROM unnest(srcs)) k
            WHERE s.mentions = 0 AND s.event_id = k.event_id AND s.stance = k.stance AND s.language = k.language AND s.entity = k.entity;
        END IF;
        IF removing THEN
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
        END IF;

        INSERT INTO summary_event_source_types AS s (event_id, stance, language, entity, entity_type, mentions)
        SELECT event_id, stance, language, entity, entity_type, sum(mentions)
        FROM unnest(srcs) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (event_id, stance, language, entity, entity_type) DO UPDATE SET mentions = s.mentions + excluded.mentions;
        IF removing THEN
            DELETE FROM summary_event_source_types s USING (SELECT DISTINCT event_id, stance, language, entity, entity_type FROM unnest(srcs)) k
            WHERE s.mentions = 0 AND s.event_id = k.event_id AND s.stance = k.stance AND s.language = k.language AND s.entity = k.entity
              AND s.entity_type = k.entity_type;
        END IF;
    END IF;

    SELECT array_agg(DISTINCT e) INTO touched FROM (
        SELECT event_id AS e FROM unnest(evs) UNION SELECT event_id FROM unnest(terms) WHERE event_id IS NOT NULL
        UNION SELECT event_id FROM unnest(srcs)) x;
    IF cardinality(arts) > 0 OR touched IS NOT NULL THEN
        PERFORM stance_lens_bump(ARRAY['corpus'] || coalesce((SELECT array_agg('event:' || e) FROM unnest(touched) e), '{}'));
    END IF;
END $$;

CREATE OR REPLACE FUNCTION stance_lens_attributions_apply(changed stance_lens_attribution_row[]) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    arts stance_lens_article_row[];
BEGIN
    IF coalesce(cardinality(changed), 0) = 0 THEN RETURN; END IF;
    arts := stance_lens_article_rows(ARRAY(SELECT DISTINCT article_id FROM unnest(changed)));
    PERFORM stance_lens_summary_apply('{}', '{}', '{}', (
        WITH c AS (SELECT * FROM unnest(changed)),
        pairs AS (
            -- Whether the article cited the entity before the statement, and whether it does now:
            -- one grouped pass over the changed articles' attributions.
            SELECT d.article_id, d.entity, (coalesce(n.now, 0) > 0)::int - ((coalesce(n.now, 0) - d.delta) > 0)::int AS articles
            FROM (SELECT article_id, entity, sum(sign) AS delta FROM c GROUP BY 1, 2) d
            LEFT JOIN (SELECT q.article_id, q.entity, count(*) AS now FROM attributions q
                       WHERE q.article_id = ANY(ARRAY(SELECT DISTINCT article_id FROM c)) GROUP BY 1, 2) n
              ON n.article_id = d.article_id AND n.entity = d.entity
        ),
        numbered AS (SELECT c.*, row_number() OVER (PARTITION BY c.article_id, c.entity ORDER BY c.id, c.sign) AS k FROM c)
        SELECT coalesce(array_agg(ROW(ae.event_id, r.stance, r.language, x.entity, x.entity_type, x.id, x.sign,
                    CASE WHEN x.k = 1 THEN p.articles ELSE 0 END)::stance_lens_source_cell), '{}')
        FROM numbered x JOIN unnest(arts) r ON r.id = x.article_id JOIN pairs p ON p.article_id = x.article_id AND p.entity = x.entity
        JOIN article_events ae ON ae.article_id = x.article_id
        WHERE r.counted));
END $$;
