-- Taking articles out of the counts (a reprint mark, a deletion, a new group) at 1M articles: the
-- summaries' first day and first attribution of a key were recomputed for every key the change
-- touched, before the keys whose first or last row actually went were picked out, each as a
-- min() over all of the key's rows. Marking 1,000 early articles as reprints took 83 s, 81 s of
-- it in summary_event_sources (an entity's attributions across the corpus), with the summaries'
-- lock held all along. Now only the keys whose first or last row went are recomputed, each by
-- walking an index in order and stopping at the first row that still counts: attributions by
-- (entity, id), articles by (publisher_id, published_at).

CREATE INDEX "attributions_entity_id_idx" ON "attributions"("entity", "id");
DROP INDEX "attributions_entity_idx";

CREATE OR REPLACE FUNCTION stance_lens_summary_apply(
    arts stance_lens_article_cell[], evs stance_lens_event_cell[], terms stance_lens_term_cell[], srcs stance_lens_source_cell[]
) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    touched INT[];
    bitmapscan TEXT := current_setting('enable_bitmapscan');
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
            -- The same walk along (publisher_id, published_at), from each end.
            PERFORM set_config('enable_bitmapscan', 'off', true);
            UPDATE summary_events s
            SET first_day = (SELECT a.published_at FROM articles a JOIN publishers p ON p.id = a.publisher_id
                             WHERE a.publisher_id = s.publisher_id AND a.published_at >= make_date(s.year, 1, 1) AND a.published_at < make_date(s.year + 1, 1, 1)
                               AND a.language = s.language AND coalesce(a.stance_override, p.stance) = s.stance AND a.reprint_of_id IS NULL
                               AND EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id AND ae.event_id = s.event_id)
                             ORDER BY a.published_at LIMIT 1),
                last_day = (SELECT a.published_at FROM articles a JOIN publishers p ON p.id = a.publisher_id
                            WHERE a.publisher_id = s.publisher_id AND a.published_at >= make_date(s.year, 1, 1) AND a.published_at < make_date(s.year + 1, 1, 1)
                              AND a.language = s.language AND coalesce(a.stance_override, p.stance) = s.stance AND a.reprint_of_id IS NULL
                              AND EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id AND ae.event_id = s.event_id)
                            ORDER BY a.published_at DESC LIMIT 1)
            FROM (SELECT event_id, publisher_id, stance, language, year, min(day) AS lo, max(day) AS hi
                  FROM unnest(evs) WHERE sign < 0 AND day IS NOT NULL GROUP BY 1, 2, 3, 4, 5) k
            WHERE k.year > 0 AND s.event_id = k.event_id AND s.publisher_id = k.publisher_id AND s.stance = k.stance
              AND s.language = k.language AND s.year = k.year AND (k.lo <= s.first_day OR k.hi >= s.last_day);
            PERFORM set_config('enable_bitmapscan', bitmapscan, true);
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
            -- The entity's attributions in id order until one still counts: the (entity, id) index walked
            -- and left at the first hit. The planner, which cannot know how soon that comes, prefers a
            -- bitmap of all of them and a sort (26 ms a key at 1M articles, 81 s for 1,000 reprint
            -- marks), so bitmap scans are off for this one statement (1.2 s for the same marks).
            PERFORM set_config('enable_bitmapscan', 'off', true);
            UPDATE summary_event_sources s
            SET first_id = (SELECT q.id FROM attributions q
                            WHERE q.entity = s.entity
                              AND EXISTS (SELECT 1 FROM articles a JOIN publishers p ON p.id = a.publisher_id
                                          WHERE a.id = q.article_id AND a.language = s.language AND a.reprint_of_id IS NULL
                                            AND coalesce(a.stance_override, p.stance) = s.stance
                                            AND EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id AND ae.event_id = s.event_id))
                            ORDER BY q.id LIMIT 1)
            FROM (SELECT event_id, stance, language, entity, min(attribution_id) AS lo
                  FROM unnest(srcs) WHERE mentions < 0 GROUP BY 1, 2, 3, 4) k
            WHERE s.event_id = k.event_id AND s.stance = k.stance AND s.language = k.language AND s.entity = k.entity AND k.lo <= s.first_id;
            PERFORM set_config('enable_bitmapscan', bitmapscan, true);
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
    -- 'corpus' whatever the cells: a change that counts nowhere (a reprint's links or terms) still
    -- changes what a page lists.
    PERFORM stance_lens_bump(ARRAY['corpus'] || coalesce((SELECT array_agg('event:' || e) FROM unnest(touched) e), '{}'));
END $$;
